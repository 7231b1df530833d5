package uk.mashline.nlu;

/**
 * Port: recognises what someone writing or speaking to the line needs. Implementations
 * are thread-safe and apply the immediate-risk override, so a caller can trust that any
 * sign of danger yields {@link Route#IMMEDIATE_RISK}.
 */
public interface IntentClassifier {

    Classification classify(String text);

    /** Version of the model in use: a hash of its training data. */
    String modelVersion();
}
