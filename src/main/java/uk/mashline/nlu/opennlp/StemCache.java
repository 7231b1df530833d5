package uk.mashline.nlu.opennlp;

import opennlp.tools.stemmer.PorterStemmer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each word's Porter stem, remembered: people use the same few thousand words, and stemming one is most of
 * what the stem features cost. Bounded, so that a flood of made-up words cannot grow it without end: once
 * full, new words are stemmed every time. Thread-safe.
 */
final class StemCache {

    static final int MAX_WORDS = 50_000;

    private final Map<String, String> stems = new ConcurrentHashMap<>();

    String stem(String word) {
        String stem = stems.get(word);
        if (stem == null) {
            // a stemmer per word: it is not thread-safe, and it keeps nothing from one word to the next
            stem = new PorterStemmer().stem(word);
            if (stems.size() < MAX_WORDS) {
                stems.put(word, stem);
            }
        }
        return stem;
    }
}
