package uk.mashline.nlu;

import java.time.LocalDate;

/**
 * Port: reads the facts a message states (who is writing, the child's age, the place, the decision
 * disagreed with, the stage reached and when, whether 999 has been called...), so that a flow asks
 * only for what is missing. Implementations are thread-safe and never throw on odd input: a message
 * they cannot read yields {@link Slots#NONE}. Extraction never decides risk; that stays with the
 * {@link IntentClassifier} and its immediate-risk override.
 */
public interface SlotExtractor {

    /** Finds nothing: for tests, and until a real extractor is wired. */
    SlotExtractor NONE = (text, today) -> Slots.NONE;

    /**
     * @param today the caller's date in London, against which "yesterday" or "last Tuesday" is read
     */
    Slots extract(String text, LocalDate today);
}
