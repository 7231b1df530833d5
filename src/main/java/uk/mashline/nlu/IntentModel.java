package uk.mashline.nlu;

import java.util.List;

/**
 * A trained statistical model of the intents, whatever the technology. Thread-safe.
 */
public interface IntentModel {

    /** Every intent with its probability for these normalised words, most probable first. */
    List<IntentScore> rank(String[] normalisedTokens);

    /**
     * True when at least one of these normalised words occurred in training. A message made
     * only of words the model never saw (gibberish, another language, a product name) gets a
     * near-uniform ranking that means nothing, and is treated as out of scope.
     */
    boolean knowsAnyOf(String[] normalisedTokens);

    /** Hash of the normalised training data and training parameters the model was built from. */
    String version();
}
