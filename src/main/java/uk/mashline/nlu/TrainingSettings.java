package uk.mashline.nlu;

/**
 * How the intent model is trained. Part of the model version: changing any of these is a new model.
 *
 * @param algorithm  OpenNLP trainer: MAXENT (GIS), MAXENT_QN (L-BFGS with L2 regularisation), MAXENT_QN_CONVERGED
 *                   (the same, restarted until it has converged: {@code ConvergedQnTrainer}) or NAIVEBAYES
 * @param cutoff     minimum times a feature must occur in training to be kept
 * @param iterations training iterations
 * @param maxNgram   longest word n-gram used as a feature (1 = words only, 2 = plus word pairs)
 * @param stems      also use word stems as features, so "referring" teaches "referral"
 * @param l2         L2 regularisation cost (MAXENT_QN only)
 */
public record TrainingSettings(String algorithm, int cutoff, int iterations, int maxNgram, boolean stems, double l2) {

    public TrainingSettings {
        if (cutoff < 0 || iterations < 1 || maxNgram < 1) {
            throw new IllegalArgumentException("bad training settings: " + cutoff + "/" + iterations + "/" + maxNgram);
        }
    }

    /** Stable text form, hashed into the model version. */
    public String describe() {
        return algorithm + " cutoff=" + cutoff + " iterations=" + iterations + " l2=" + l2
                + " features=bow" + (maxNgram >= 2 ? "+ngram(2.." + maxNgram + ")" : "") + (stems ? "+stems" : "");
    }
}
