package uk.mashline.nlu;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.Route;
import uk.mashline.testsupport.SharedService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service wires the classifier, trains it from the packaged intents and answers. */
@SharedService
class NluBeanTest {

    @Inject
    IntentClassifier classifier;

    @Inject
    SlotExtractor slots;

    @Test
    void theBeanClassifiesOnceTrainedAndAlwaysRecognisesDanger() {
        Classification danger = classifier.classify("he's outside with a knife");
        assertEquals(Route.IMMEDIATE_RISK, danger.route());
        Classification hello = classifier.classify("hello");
        assertEquals(Route.GREETING, hello.route());
        assertNotEquals("untrained", classifier.modelVersion());
        assertEquals(classifier.modelVersion(), hello.modelVersion());
        assertTrue(classifier.confidenceThreshold() > 0 && classifier.confidenceThreshold() < 1);
    }

    @Test
    void theSlotExtractorReadsWhatTheCallerSaid() {
        Slots stated = slots.extract("HV here, MASH said NFA on 16/11, we're at stage 2", java.time.LocalDate.of(2026, 11, 18));
        assertEquals("PROFESSIONAL", stated.get(Slots.ROLE).orElse(null));
        assertEquals("health_visitor", stated.get(Slots.PROFESSION).orElse(null));
        assertEquals("mash", stated.get(Slots.DECISION).orElse(null));
        assertEquals("2", stated.get(Slots.STAGE).orElse(null));
        assertEquals("2026-11-16", stated.get(Slots.RAISED_ON).orElse(null));
    }
}
