package uk.mashline.language;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One way to compare words however they were typed: lower case, and without accents, because a
 * writer on an English phone keyboard types "pomocy, on bije dziecko" for "bije dziecko" and
 * "sotia" for "şotia". Letters that are not a base letter with a mark (ł, ı, ß) are mapped by hand.
 */
public final class Folding {

    private Folding() {
    }

    /** Lower case, compatibility forms unified (full-width letters, ligatures), accents kept. */
    public static String lower(String text) {
        return ascii(text) ? text.toLowerCase(Locale.ROOT) : lowerNormalised(text);
    }

    // What lower() gives for plain ASCII is its lower case: the normalising is for everything else
    static String lowerNormalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u02bc', '\'');
    }

    /** {@link #lower} without accents; for Latin and Cyrillic only, where marks are optional on a keyboard. */
    public static String fold(String text) {
        // plain ASCII has no compatibility form, no accent, no letter mapped by hand: folding it is lower-casing
        return ascii(text) ? text.toLowerCase(Locale.ROOT) : foldNormalised(text);
    }

    static String foldNormalised(String text) {
        String lower = lowerNormalised(text).replace('ł', 'l').replace('ı', 'i').replace("ß", "ss").replace('ø', 'o')
                .replace('đ', 'd').replace('ħ', 'h');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            boolean mark = MARK.test(cp);
            if (!mark) {
                base = Character.UnicodeScript.of(cp);
            } else if (OPTIONAL_MARKS.contains(base)) {
                continue; // an accent a keyboard may leave out; Indic vowel signs are letters' own parts and stay
            }
            out.appendCodePoint(cp);
        }
        // Arabic keyboards type ي and ك where Persian and Urdu ones type ی and ک: one form for comparing
        return Normalizer.normalize(out, Normalizer.Form.NFC).replace('\u064A', '\u06CC').replace('\u0649', '\u06CC')
                .replace('\u0643', '\u06A9');
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<Character.UnicodeScript> OPTIONAL_MARKS = java.util.EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARABIC);

    private static final java.util.function.IntPredicate MARK = cp -> {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    };

    /** The words of a text, folded: runs of letters and marks (an apostrophe inside a word is kept). */
    public static java.util.List<String> words(String text) {
        String folded = fold(text);
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean inWord = Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || (cp == '\'' && word.length() > 0);
            if (inWord) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(trimApostrophe(word));
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            words.add(trimApostrophe(word));
        }
        return words;
    }

    private static String trimApostrophe(StringBuilder word) {
        String w = word.toString();
        return w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
    }
}
