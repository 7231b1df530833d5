package uk.mashline.nlu.opennlp;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intent model's probabilities for a message, computed as OpenNLP's {@link DocumentCategorizerME} computes
 * them for our features (each word, word n-grams, each word's stem) but without building a feature string per
 * word and looking each up: the model's weights are indexed once by the words they are about, and what the model
 * knows of a word (its weights, its n-grams' start, its stem's weights) is remembered ({@link WordFeatures}). A
 * feature the model has no weight for adds nothing, so leaving it out changes nothing.
 *
 * <p>The same probabilities to the last bit: the weights are added in OpenNLP's feature order (every word, then
 * every n-gram, then every stem) and normalised as {@link QNModel} does. {@link #forModel} builds a scorer only
 * for a quasi-Newton model over exactly these generators, and only when its probabilities for sample messages
 * are the categorizer's own, else the caller keeps OpenNLP's categorizer. Immutable and thread-safe.
 */
final class IntentScorer {

    /** Messages the scorer must score exactly as the categorizer before it is used. */
    private static final String[][] PROBES = {
        "i am a teacher and i want to make a referral about a child".split(" "),
        "he has a knife and he is outside now please help".split(" "),
        "hi".split(" "),
        "the the the referral referral 12 2026 é ß".split(" "),
        "zzqx qqzx".split(" "),
    };

    private final int outcomes;
    private final NGrams grams;
    private final WordFeatures known;

    private IntentScorer(int outcomes, Map<String, Context> weights, int minGram, int maxGram) {
        this.outcomes = outcomes;
        Map<String, double[]> wordIndex = new HashMap<>();
        Map<String, double[]> stemIndex = new HashMap<>();
        NGrams gramIndex = new NGrams(minGram, maxGram);
        for (Map.Entry<String, Context> entry : weights.entrySet()) {
            String feature = entry.getKey();
            // a feature's weights for every outcome in order (see dense): the outcome numbers need not be read
            double[] perOutcome = entry.getValue().getParameters();
            if (feature.startsWith("bow=")) {
                wordIndex.put(feature.substring(4), perOutcome);
            } else if (feature.startsWith("stem=")) {
                stemIndex.put(feature.substring(5), perOutcome);
            } else if (feature.startsWith("ng=:")) {
                gramIndex.add(feature.substring(4).split(":", -1), perOutcome);
            }
        }
        this.grams = gramIndex;
        this.known = new WordFeatures(wordIndex, gramIndex, stemIndex);
    }

    /**
     * A scorer for this model, or empty when the model is not a quasi-Newton model over a bag of words, word
     * n-grams and stems (in that order), or when its probabilities for sample messages differ in any way from
     * the categorizer's.
     */
    static Optional<IntentScorer> forModel(DoccatModel model) {
        if (!(model.getMaxentModel() instanceof QNModel qn)) {
            return Optional.empty();
        }
        FeatureGenerator[] generators = model.getFactory().getFeatureGenerators();
        int[] gramRange = generators.length == 3 && generators[0].getClass() == BagOfWordsFeatureGenerator.class
                && generators[1].getClass() == NGramFeatureGenerator.class
                && generators[2].getClass() == StemFeatureGenerator.class
                ? NGrams.rangeOf(generators[1]) : null;
        if (gramRange == null || !generators[0].extractFeatures(new String[] {"a1", "b"}, Map.of())
                .equals(List.of("bow=a1", "bow=b"))) {
            // only these three generators, and a bag of words that keeps every word (not letters-only ones)
            return Optional.empty();
        }
        Object[] data = qn.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) data[1];
        if (!dense(weights.values(), qn.getNumOutcomes())) {
            return Optional.empty();
        }
        IntentScorer scorer = new IntentScorer(qn.getNumOutcomes(), weights, gramRange[0], gramRange[1]);
        DocumentCategorizerME reference = new DocumentCategorizerME(model);
        for (String[] probe : PROBES) {
            if (!Arrays.equals(reference.categorize(probe), scorer.probabilities(probe))) {
                return Optional.empty();
            }
        }
        return Optional.of(scorer);
    }

    /**
     * The probability of each outcome (in the model's order) for these normalised tokens; null for tokens holding
     * a ':' (never in normalised text), whose n-grams only the categorizer reads as the model was trained.
     */
    double[] probabilities(String[] tokens) {
        for (String token : tokens) {
            if (token.indexOf(':') >= 0) {
                return null;
            }
        }
        WordFeatures.Known[] words = new WordFeatures.Known[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = known.of(tokens[i]);
        }
        double[] scores = new double[outcomes];
        for (WordFeatures.Known word : words) {
            add(scores, word.word());
        }
        grams.addAll(tokens, words, scores);
        for (WordFeatures.Known word : words) {
            add(scores, word.stem());
        }
        // as QNModel.eval: the scores made probabilities through their log-sum-exp
        double logSumExp = ArrayMath.logSumOfExps(scores);
        for (int o = 0; o < outcomes; o++) {
            scores[o] = StrictMath.exp(scores[o] - logSumExp);
        }
        return scores;
    }

    /**
     * Whether every feature has a weight for every outcome, listed in outcome order (as the quasi-Newton trainer makes
     * them): then a feature's weights are its parameters alone, one array read in order, not the parameters, the
     * outcome numbers and the context holding them, three objects apart (the model's weights are read for some 60
     * features a message, and between two messages the rest of a turn has put them out of the cache).
     */
    private static boolean dense(Iterable<Context> contexts, int outcomes) {
        for (Context context : contexts) {
            int[] outcomesOf = context.getOutcomes();
            if (outcomesOf.length != outcomes || context.getParameters().length != outcomes) {
                return false;
            }
            for (int i = 0; i < outcomesOf.length; i++) {
                if (outcomesOf[i] != i) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * One feature's weights (one for each outcome, in order) added to the scores, as QNModel adds them (each times
     * 1.0, exactly itself).
     */
    static void add(double[] scores, double[] weights) {
        if (weights == null) {
            return;
        }
        for (int i = 0; i < weights.length; i++) {
            scores[i] += weights[i];
        }
    }
}
