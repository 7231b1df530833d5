package uk.mashline.language.opennlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The language model's weights in a few flat arrays, with its n-gram maker: languages ranked as OpenNLP's
 * {@code LanguageDetectorME} ranks them with a {@link GISModel}, to the last bit.
 *
 * <p>Why: OpenNLP keeps each of the model's 145,895 character n-grams as a string key in a linked hash map, pointing
 * to a context object that holds an array of outcome numbers and an array of weights - five objects an n-gram,
 * 37 MB of a 160 MB heap once the first message that needed the model came. Here an n-gram of up to three
 * characters is a {@code long} in an open-addressed table, its outcomes bytes and its weights one {@code double}
 * array for all: about 15 MB, the same numbers, in the same order of addition. Immutable and thread-safe.
 */
final class PackedLanguageWeights {

    // a gram is at most this many UTF-16 chars: each takes 16 bits of the key, its length the 2 bits above them
    private static final int MAX_GRAM = 3;

    private final LanguageDetectorContextGenerator grams;
    private final String[] outcomeNames;
    private final long[] keys;
    private final int[] slots;
    private final int mask;
    private final int[] start;
    private final byte[] outcomes;
    private final double[] weights;
    private final double logPrior;

    private PackedLanguageWeights(LanguageDetectorContextGenerator grams, String[] outcomeNames,
            Map<String, Context> byGram) {
        this.grams = grams;
        this.outcomeNames = outcomeNames;
        // a power of two between 1.5 and 3 times the n-grams: at most two thirds full
        int capacity = Integer.highestOneBit(Math.max(2, byGram.size() * 3 / 2)) << 1;
        this.keys = new long[capacity];
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        int pairs = 0;
        for (Context context : byGram.values()) {
            pairs += context.getOutcomes().length;
        }
        this.start = new int[byGram.size() + 1];
        this.outcomes = new byte[pairs];
        this.weights = new double[pairs];
        int gram = 0;
        int at = 0;
        for (Map.Entry<String, Context> entry : byGram.entrySet()) {
            int[] outcomesOf = entry.getValue().getOutcomes();
            double[] weightsOf = entry.getValue().getParameters();
            start[gram] = at;
            for (int i = 0; i < outcomesOf.length; i++) {
                outcomes[at] = (byte) outcomesOf[i];
                weights[at] = weightsOf[i];
                at++;
            }
            int slot = slotOf(key(entry.getKey()));
            keys[slot] = key(entry.getKey());
            slots[slot] = gram;
            gram++;
        }
        start[gram] = at;
        // as OpenNLP's UniformPrior, which a GISModel read from a file uses
        this.logPrior = StrictMath.log(1.0 / outcomeNames.length);
    }

    /**
     * The weights of {@code model} packed, or empty when it is not a GIS model over n-grams of at most three
     * characters with at most 256 outcomes and weights for distinct n-grams only.
     */
    static Optional<PackedLanguageWeights> of(LanguageDetectorModel model) {
        if (!(model.getMaxentModel() instanceof GISModel gis) || gis.getNumOutcomes() > 256) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures();
        if (!(data[1] instanceof Map<?, ?> raw)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> byGram = (Map<String, Context>) raw;
        for (String gram : byGram.keySet()) {
            if (gram.isEmpty() || gram.length() > MAX_GRAM) {
                return Optional.empty();
            }
        }
        String[] names = new String[gis.getNumOutcomes()];
        Arrays.setAll(names, gis::getOutcome);
        return Optional.of(new PackedLanguageWeights(model.getFactory().getContextGenerator(), names, byGram));
    }

    /**
     * As {@code LanguageDetectorME.predictLanguages}: the text's distinct n-grams, gathered in a HashMap as it gathers
     * them, so the same keys come out in the same order and the weights are added in OpenNLP's order; the languages
     * by confidence, ties in the model's order (a stable sort).
     */
    Language[] predictLanguages(String text) {
        HashMap<CharSequence, Boolean> distinct = new HashMap<>();
        for (CharSequence gram : grams.<CharSequence>getContext(text)) {
            distinct.putIfAbsent(gram, Boolean.TRUE);
        }
        double[] probabilities = eval(distinct.keySet().stream().map(CharSequence::toString).toArray(String[]::new));
        Language[] languages = new Language[probabilities.length];
        for (int o = 0; o < languages.length; o++) {
            languages[o] = new Language(outcomeNames[o], probabilities[o]);
        }
        Arrays.sort(languages, Comparator.comparingDouble(Language::getConfidence).reversed());
        return languages;
    }

    /** Each outcome's probability for these n-grams (each counted once), as {@code GISModel.eval(grams, ones)}. */
    private double[] eval(String[] grams) {
        double[] scores = new double[outcomeNames.length];
        Arrays.fill(scores, logPrior);
        for (String gram : grams) {
            int index = indexOf(gram);
            if (index < 0) {
                continue;
            }
            for (int i = start[index]; i < start[index + 1]; i++) {
                // OpenNLP adds weight * 1.0 for a gram counted as 1: the weight itself, exactly
                scores[outcomes[i] & 0xFF] += weights[i];
            }
        }
        double normal = 0.0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= normal;
        }
        return scores;
    }

    int grams() {
        return start.length - 1;
    }

    private int indexOf(String gram) {
        if (gram.isEmpty() || gram.length() > MAX_GRAM) {
            return -1;
        }
        long key = key(gram);
        int slot = slotOf(key);
        return keys[slot] == key ? slots[slot] : -1;
    }

    // the slot holding key, or the empty one where it would go (linear probing)
    private int slotOf(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    // never 0 (the empty slot's mark): the length is at least 1
    private static long key(String gram) {
        long key = gram.length();
        for (int i = 0; i < gram.length(); i++) {
            key = (key << 16) | gram.charAt(i);
        }
        return key;
    }
}
