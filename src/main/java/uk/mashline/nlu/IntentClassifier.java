package uk.mashline.nlu;

import uk.mashline.dialogue.Route;

/**
 * Port: recognises what someone writing or speaking to the line needs. Implementations
 * are thread-safe and apply the immediate-risk override, so a caller can trust that any
 * sign of danger yields {@link Route#IMMEDIATE_RISK}.
 */
public interface IntentClassifier {

    Classification classify(String text);

    /** Version of the model in use: a hash of its training data. */
    String modelVersion();

    /**
     * Confidence below which the conversation should ask a clarifying question rather than act
     * on the guess. Chosen from the evaluation; 0 (never ask) unless an implementation knows better.
     */
    default double confidenceThreshold() {
        return 0.0;
    }

    /**
     * True when the conversation should ask a clarifying question. Never true for immediate
     * risk: a possible emergency always gets the 999 line first, never a question.
     */
    default boolean isUncertain(Classification classification) {
        return classification.route() != Route.IMMEDIATE_RISK
                && classification.confidence() < confidenceThreshold();
    }
}
