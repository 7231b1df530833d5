package uk.mashline.nlu.opennlp;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The intent model's weights for word n-grams ({@code ng=:a:b}), in a trie of words, so that a message's
 * n-grams are found by walking from each word instead of joining strings: {@link IntentScorer}'s index of
 * OpenNLP's {@code NGramFeatureGenerator}, whose features it lists in the same order.
 */
final class NGrams {

    private final int minGram;
    private final int maxGram;
    private final Node root = new Node();

    NGrams(int minGram, int maxGram) {
        this.minGram = minGram;
        this.maxGram = maxGram;
    }

    /**
     * The shortest and longest n-gram this generator makes, read from what it makes of eight words; null when
     * that is not what an {@code NGramFeatureGenerator(min, max)} with max below 8 would make.
     */
    static int[] rangeOf(FeatureGenerator generator) {
        String[] probe = {"a", "b", "c", "d", "e", "f", "g", "h"};
        List<String> made = new ArrayList<>(generator.extractFeatures(probe, Map.of()));
        for (int min = 1; min < probe.length; min++) {
            for (int max = min; max < probe.length; max++) {
                if (made.equals(features(probe, min, max))) {
                    return new int[] {min, max};
                }
            }
        }
        return null;
    }

    /** The features OpenNLP's generator lists for these words: from each word, its n-grams shortest first. */
    private static List<String> features(String[] words, int min, int max) {
        List<String> features = new ArrayList<>();
        for (int i = 0; i <= words.length - min; i++) {
            StringBuilder feature = new StringBuilder("ng=");
            for (int y = 0; y < max && i + y < words.length; y++) {
                feature.append(':').append(words[i + y]);
                if (y + 1 >= min) {
                    features.add(feature.toString());
                }
            }
        }
        return features;
    }

    /** Indexes one n-gram's weights; one of another length than this generator makes could never be asked for. */
    void add(String[] words, double[] weights) {
        if (words.length < minGram || words.length > maxGram) {
            return;
        }
        Node node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(word, w -> new Node());
        }
        node.weights = weights;
    }

    /** The trie's node for the grams that start with {@code word}; null when the model knows none. */
    Node start(String word) {
        return root.next.get(word);
    }

    /**
     * Adds the weights of each n-gram of the words the model knows, in the generator's order. The words must
     * hold no ':' (OpenNLP joins a gram's words with it, so such a word's grams could be read two ways).
     * {@code known} holds each word's {@link #start}, looked up once for all the grams beginning there.
     */
    void addAll(String[] words, WordFeatures.Known[] known, double[] scores) {
        for (int i = 0; i <= words.length - minGram; i++) {
            Node node = root;
            for (int y = 0; y < maxGram && i + y < words.length; y++) {
                node = y == 0 ? known[i].grams() : node.next.get(words[i + y]);
                if (node == null) {
                    // no longer gram from here is known either: each is indexed under its shorter ones
                    break;
                }
                if (y + 1 >= minGram) {
                    IntentScorer.add(scores, node.weights);
                }
            }
        }
    }

    static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private double[] weights;
    }
}
