package uk.mashline.nlu;

/**
 * How the intent model is trained. Part of the model version: changing any of these is a new model.
 *
 * @param cutoff     minimum times a feature must occur in training to be kept
 * @param iterations training iterations
 * @param maxNgram   longest word n-gram used as a feature (1 = words only, 2 = plus word pairs)
 */
public record TrainingSettings(int cutoff, int iterations, int maxNgram) {

    public TrainingSettings {
        if (cutoff < 0 || iterations < 1 || maxNgram < 1) {
            throw new IllegalArgumentException("bad training settings: " + cutoff + "/" + iterations + "/" + maxNgram);
        }
    }

    /** Stable text form, hashed into the model version. */
    public String describe() {
        return "maxent-gis cutoff=" + cutoff + " iterations=" + iterations + " features=bow+ngram(2.." + maxNgram + ")";
    }
}
