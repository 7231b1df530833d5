package uk.mashline.nlu.slots;

import java.util.HashMap;
import java.util.Map;

/**
 * Small whole numbers as people type or say them: "12", "twelve", "twenty one", "second", "2nd".
 * Shared by the age, stage, date and number readers so each reads "two" the same way.
 */
final class NumberWords {

    private static final String[] CARDINALS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty"};
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth"};
    private static final Map<String, Integer> VALUES = new HashMap<>();

    /** Regex alternatives for a number from 0 to 30 in digits or words (longest first). */
    static final String CARDINAL;
    /** Regex alternatives for "first" to "tenth" and "1st" to "9th". */
    static final String ORDINAL = "(?:[1-9](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth)";

    static {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < CARDINALS.length; i++) {
            VALUES.put(CARDINALS[i], i);
        }
        for (int i = 1; i <= 9; i++) {
            VALUES.put("twenty " + CARDINALS[i], 20 + i);
        }
        VALUES.put("thirty", 30);
        for (int i = 1; i < ORDINALS.length; i++) {
            VALUES.put(ORDINALS[i], i);
        }
        VALUES.put("a", 1);
        VALUES.put("an", 1);
        VALUES.put("couple of", 2);
        VALUES.put("a couple of", 2);
        VALUES.put("a couple", 2);
        // "twenty one" before "twenty", "seventeen" before "seven": the regex takes the first alternative
        VALUES.keySet().stream().filter(k -> !k.equals("a") && !k.equals("an") && !k.contains("couple")
                        && !isOrdinalWord(k))
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .forEach(k -> words.append('|').append(k));
        CARDINAL = "(?:\\d{1,2}" + words + ")";
    }

    private NumberWords() {
    }

    private static boolean isOrdinalWord(String word) {
        for (String ordinal : ORDINALS) {
            if (!ordinal.isEmpty() && ordinal.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a digit: a cheap test before the patterns that need one. */
    static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The value of a number in digits, words or an ordinal ("2nd"), or -1 when it is none of these. */
    static int value(String token) {
        if (token == null || token.isEmpty()) {
            return -1;
        }
        String t = token.strip();
        if (Character.isDigit(t.charAt(0))) {
            int end = 0;
            while (end < t.length() && Character.isDigit(t.charAt(end))) {
                end++;
            }
            if (end > 3) {
                return -1;
            }
            return Integer.parseInt(t.substring(0, end));
        }
        return VALUES.getOrDefault(t, -1);
    }
}
