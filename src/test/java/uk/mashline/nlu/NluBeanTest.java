package uk.mashline.nlu;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service wires the classifier, trains it from the packaged intents and answers. */
@MicronautTest(transactional = false)
class NluBeanTest {

    @Inject
    IntentClassifier classifier;

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
}
