package uk.mashline.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.HandleInboundMessage;
import uk.mashline.dialogue.PatternFile;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.SlotExtractor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a few made-up messages ({@value #FILE}) through the understanding step when the application starts, before the
 * server takes its first message: the first reading after a start builds what is built lazily, and on a loaded machine
 * it took the first caller's turn past its time limit, so they got the safety reply instead of an answer. Nothing is
 * stored or logged; a failure here is left for the first real turn to meet (and answer safely), never a failed start.
 * The dialogue itself is made here too: its cue files (several hundred regexes, each compiled with its guards) were read
 * on the first turn, outside its time limit, and the first web chat message after a start took 5.3 s on a loaded
 * machine (13.9 s in the blind tester's run, past the client's wait).
 */
@Singleton
class UnderstandingWarmUp {

    static final String FILE = "nlu/warm-up.txt";

    private final IntentClassifier classifier;
    private final SlotExtractor slots;
    private final Clock clock;
    /** Got in the warm-up, not injected: a dialogue that cannot be made must not fail the start. */
    private final BeanProvider<HandleInboundMessage> dialogue;

    UnderstandingWarmUp(IntentClassifier classifier, SlotExtractor slots, Clock clock,
                        BeanProvider<HandleInboundMessage> dialogue) {
        this.classifier = classifier;
        this.slots = slots;
        this.clock = clock;
        this.dialogue = dialogue;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        LocalDate today = LocalDate.now(clock);
        List<String> messages = PatternFile.templatesFromClasspath(FILE);
        try {
            for (String message : messages) {
                classifier.classify(message);
                slots.extract(message, today);
            }
            dialogue.get();
        } catch (RuntimeException e) {
            // the same reading fails on a real turn too, which the turn's own error path answers with the 999 line
        }
    }
}
