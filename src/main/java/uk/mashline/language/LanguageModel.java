package uk.mashline.language;

import java.util.List;

/**
 * Port: a statistical language identifier (character n-grams). Reliable on a sentence, not on a
 * word or two, so the detector only asks it once the script and the words have had their say.
 */
public interface LanguageModel {

    /** Languages in order of likelihood; empty while the model is not loaded yet. */
    List<LanguageScore> rank(String text);

    /** @param code ISO 639-3 */
    record LanguageScore(String code, double confidence) {
    }
}
