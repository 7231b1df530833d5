package uk.mashline.nlu.opennlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a word the model has never seen as the word it knows one slip of a key away ("neglet", "refferal", "cheild",
 * "abuese", "hlep"): a letter dropped, doubled, swapped with the next or mistyped. People type fast on phones and a
 * word the model does not know adds nothing to any intent, so "my neighbour is negelcting her kids" was read on
 * "my neighbour is her kids" alone. The known word met in the most training lines wins; words under
 * {@link #SHORTEST} letters, and words with digits, are left as typed (too many short words are one slip apart).
 * Only the model reads the corrected words: the immediate-risk rules read what was typed. Remembered per word,
 * bounded as {@link WordFeatures} is. Thread-safe.
 */
final class Misspellings {

    static final int SHORTEST = 4;
    static final int MAX_WORDS = 50_000;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** How many training lines hold each word the model knows. */
    private final Map<String, Integer> lines;
    private final Map<String, String> read = new ConcurrentHashMap<>();

    Misspellings(Map<String, Integer> linesByWord) {
        this.lines = Map.copyOf(linesByWord);
    }

    boolean knows(String word) {
        return lines.containsKey(word);
    }

    /** The words as the model should read them: the same array when every word is known or has no known neighbour. */
    String[] correct(String[] words) {
        String[] out = words;
        for (int i = 0; i < words.length; i++) {
            String meant = meant(words[i]);
            if (!meant.equals(words[i])) {
                if (out == words) {
                    out = words.clone();
                }
                out[i] = meant;
            }
        }
        return out;
    }

    /** The known word this one was meant to be, or itself. */
    String meant(String word) {
        if (lines.containsKey(word)) {
            return word;
        }
        String meant = read.get(word);
        if (meant == null) {
            meant = closest(word);
            if (read.size() < MAX_WORDS) {
                read.put(word, meant);
            }
        }
        return meant;
    }

    private String closest(String word) {
        if (word.length() < SHORTEST || !lettersOnly(word)) {
            return word;
        }
        Best best = new Best(word);
        char[] c = word.toCharArray();
        StringBuilder b = new StringBuilder(word.length() + 1);
        for (int i = 0; i < c.length; i++) {
            // a letter typed twice or by a slip: without it
            b.setLength(0);
            b.append(c, 0, i).append(c, i + 1, c.length - i - 1);
            best.consider(b.toString());
            if (i + 1 < c.length && c[i] != c[i + 1]) {
                b.setLength(0);
                b.append(c).setCharAt(i, c[i + 1]);
                b.setCharAt(i + 1, c[i]);
                best.consider(b.toString());
            }
            for (int l = 0; l < LETTERS.length(); l++) {
                char letter = LETTERS.charAt(l);
                if (letter != c[i]) {
                    b.setLength(0);
                    b.append(c).setCharAt(i, letter);
                    best.consider(b.toString());
                }
            }
        }
        for (int i = 0; i <= c.length; i++) {
            for (int l = 0; l < LETTERS.length(); l++) {
                b.setLength(0);
                b.append(c, 0, i).append(LETTERS.charAt(l)).append(c, i, c.length - i);
                best.consider(b.toString());
            }
        }
        return best.word;
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch < 'a' || ch > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The most used known candidate so far; ties go to the first in alphabetical order, so the choice never varies. */
    private final class Best {
        private String word;
        private int count;

        Best(String typed) {
            this.word = typed;
        }

        void consider(String candidate) {
            Integer n = lines.get(candidate);
            if (n != null && (n > count || (n == count && candidate.compareTo(word) < 0))) {
                word = candidate;
                count = n;
            }
        }
    }
}
