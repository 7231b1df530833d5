package uk.mashline.wiring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.HandleInboundMessage;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.PatternFile;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.nlu.IntentClassifier;

import java.time.Clock;
import java.util.List;

/**
 * Reads a few made-up messages ({@value #FILE}) through the understanding step when the application starts, before the
 * server takes its first message: the first reading after a start builds what is built lazily, and on a loaded machine
 * it took the first caller's turn past its time limit, so they got the safety reply instead of an answer. Nothing is
 * stored or logged; a failure here is left for the first real turn to meet (and answer safely), never a failed start.
 * The dialogue itself is made here too: its cue files (several hundred regexes, each compiled with its guards) were read
 * on the first turn, outside its time limit, and the first web chat message after a start took 5.3 s on a loaded
 * machine (13.9 s in the blind tester's run, past the client's wait). Then each message is rehearsed as a first turn in
 * every partnership, stored nowhere ({@link HandleInboundMessage#rehearse}): what the dialogue builds on first use for a
 * partnership (its stage holders' regexes) made a long escalation message, the first turn after a start, late.
 */
@Singleton
class UnderstandingWarmUp {

    static final String FILE = "nlu/warm-up.txt";

    private final IntentClassifier classifier;
    private final Clock clock;
    /** Got in the warm-up, not injected: a dialogue that cannot be made must not fail the start. */
    private final BeanProvider<HandleInboundMessage> dialogue;
    private final PartnershipDirectory partnerships;

    UnderstandingWarmUp(IntentClassifier classifier, Clock clock,
                        BeanProvider<HandleInboundMessage> dialogue, PartnershipDirectory partnerships) {
        this.partnerships = partnerships;
        this.classifier = classifier;
        this.clock = clock;
        this.dialogue = dialogue;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<String> messages = PatternFile.templatesFromClasspath(FILE);
        try {
            // the understanding step first, on its own: it warms even where the dialogue cannot be made
            for (String message : messages) {
                classifier.classify(message);
            }
            HandleInboundMessage turns = dialogue.get();
            for (Partnership partnership : partnerships.all()) {
                for (String message : messages) {
                    turns.rehearse(partnership, new InboundMessage(Channel.SMS, partnership.id(), null, "warm-up", null,
                            message, "warm-up", clock.instant()));
                }
            }
        } catch (RuntimeException e) {
            // the same reading fails on a real turn too, which the turn's own error path answers with the 999 line
        }
    }
}
