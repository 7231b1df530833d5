package uk.mashline.nlu.opennlp;

import opennlp.tools.stemmer.PorterStemmer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the intent model knows of each word, looked up once and remembered: its own weights, the n-gram trie's
 * node for the grams that start with it, and its Porter stem's weights. A message's words were each looked up
 * in three maps and stemmed (the stems remembered in a fourth); under load those look-ups into the model's
 * large maps were the turn's largest single cost. People use the same few thousand words. Bounded, so that a
 * flood of made-up words cannot grow it without end: once full, new words are looked up every time. Thread-safe.
 */
final class WordFeatures {

    static final int MAX_WORDS = 50_000;

    /** One word's weights: each null where the model has none (it then adds nothing). */
    record Known(double[] word, NGrams.Node grams, double[] stem) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Function<String, Known> lookUp;

    /**
     * @param words the model's weights by word ({@code bow=})
     * @param grams its n-gram weights
     * @param stems its weights by stem ({@code stem=})
     */
    WordFeatures(Map<String, double[]> words, NGrams grams, Map<String, double[]> stems) {
        // a stemmer per word: it is not thread-safe, and it keeps nothing from one word to the next
        this.lookUp = word -> new Known(words.get(word), grams.start(word), stems.get(new PorterStemmer().stem(word)));
    }

    Known of(String word) {
        Known k = known.get(word);
        if (k == null) {
            k = lookUp.apply(word);
            if (known.size() < MAX_WORDS) {
                known.put(word, k);
            }
        }
        return k;
    }
}
