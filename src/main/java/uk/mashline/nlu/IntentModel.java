package uk.mashline.nlu;

import java.util.List;

/**
 * A trained statistical model of the intents, whatever the technology. Thread-safe.
 */
public interface IntentModel {

    /** Every intent with its probability for these normalised words, most probable first. */
    List<IntentScore> rank(String[] normalisedTokens);

    /** Hash of the normalised training data and training parameters the model was built from. */
    String version();
}
