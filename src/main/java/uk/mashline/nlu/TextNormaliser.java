package uk.mashline.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what people actually type (text-speak, contractions, emoji, smart quotes, misspellings)
 * into plain lower-case words, so the classifier and the immediate-risk rules see one spelling
 * of "he's outside rn" however it was written. The word table is data
 * ({@code nlu/normalisation.tsv}) so safeguarding staff can extend it without touching code.
 *
 * <p>Never throws: a message that cannot be understood must still reach the 999 advice.
 */
public final class TextNormaliser {

    public static final String DEFAULT_TABLE = "nlu/normalisation.tsv";

    private final Map<String, String> words;
    /** Suffix rules ({@code *n't -> " not"}), longest first so "n't" wins over "'t". */
    private final List<String[]> suffixes;
    /**
     * Words that mean something else typed in capitals, keyed by their lower case: practitioners write "DA" for
     * domestic abuse where text-speak "da" is "the". Only read when the message also holds a small letter, since
     * in a message typed all in capitals the case says nothing.
     */
    private final Map<String, String> capitals;

    /**
     * The text normalised last and what it became: the classifier and then the slot extractor normalise each message
     * (on two threads where the classifier's time is limited), and the second did it again - 2% of the understanding
     * step. One shared entry, replaced whole, so a reader never sees a text with another's result.
     */
    private volatile Normalised last = new Normalised("", "");

    private record Normalised(String text, String result) {
    }

    TextNormaliser(Map<String, String> words, List<String[]> suffixes, Map<String, String> capitals) {
        this.words = Map.copyOf(words);
        this.suffixes = List.copyOf(suffixes);
        this.capitals = Map.copyOf(capitals);
    }

    /** The normaliser with the table shipped on the classpath. */
    public static TextNormaliser standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TextNormaliser STANDARD = fromClasspath(DEFAULT_TABLE);
    }

    public static TextNormaliser fromClasspath(String resource) {
        return parse(RuleFile.classpathLines(resource));
    }

    /**
     * Lines {@code from<TAB>to}; {@code *suffix<TAB>replacement} for suffix rules; a {@code from} written in capitals
     * ({@code DA}) matches only the word typed in capitals; {@code #} comments.
     */
    public static TextNormaliser parse(List<String> lines) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> capitals = new HashMap<>();
        List<String[]> suffixes = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("normalisation line needs exactly one TAB: " + line);
            }
            String typed = parts[0].strip();
            String from = typed.toLowerCase(Locale.ROOT);
            String to = parts[1].strip().toLowerCase(Locale.ROOT);
            if (!typed.equals(from)) {
                if (!typed.equals(typed.toUpperCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("normalisation word is lower case or all capitals: " + line);
                }
                capitals.put(from, to);
            } else if (from.startsWith("*")) {
                suffixes.add(new String[] {from.substring(1), to});
            } else {
                words.put(from, to);
            }
        }
        suffixes.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return new TextNormaliser(words, suffixes, capitals);
    }

    /** Normalised text: lower-case words separated by single spaces; "" for null or nothing useful. */
    public String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Normalised previous = last;
        if (previous.text().equals(text)) {
            return previous.result();
        }
        try {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (String token : splitIntoTokens(text)) {
                appendWords(out, token);
            }
            String result = out.toString();
            last = new Normalised(text, result);
            return result;
        } catch (RuntimeException e) {
            // Defensive: a normaliser bug must not lose a message; fall back to the bare characters.
            return basicFallback(text);
        }
    }

    /** Normalised words as an array, ready for the classifier. */
    public String[] tokens(String text) {
        String normalised = normalise(text);
        return normalised.isEmpty() ? new String[0] : normalised.split(" ");
    }

    private List<String> splitIntoTokens(String text) {
        // NFKD splits accents off their letters (cafe with an accent becomes cafe) and folds
        // full-width and styled letters (fancy fonts people paste from apps) to plain ones.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        boolean caseTells = !capitals.isEmpty() && hasSmallLetter(decomposed);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean capitalsOnly = true;
        int i = 0;
        while (i < decomposed.length()) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                capitalsOnly &= Character.isUpperCase(cp);
                current.appendCodePoint(Character.toLowerCase(cp));
            } else if (isApostrophe(cp) && current.length() > 0) {
                current.append('\'');
            } else if (cp == '&') {
                flush(tokens, current, caseTells && capitalsOnly);
                capitalsOnly = true;
                tokens.add("&");
            } else {
                flush(tokens, current, caseTells && capitalsOnly);
                capitalsOnly = true;
            }
        }
        flush(tokens, current, caseTells && capitalsOnly);
        return tokens;
    }

    private static boolean hasSmallLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02bc' || cp == '`' || cp == '\u00b4';
    }

    /** Ends the word being read; {@code inCapitals} when it was typed in capitals in a message that has small letters. */
    private void flush(List<String> tokens, StringBuilder current, boolean inCapitals) {
        int end = current.length();
        while (end > 0 && current.charAt(end - 1) == '\'') {
            end--;
        }
        if (end > 0) {
            String word = current.substring(0, end);
            String meant = inCapitals ? capitals.get(word) : null;
            tokens.add(meant != null ? meant : word);
        }
        current.setLength(0);
    }

    private void appendWords(StringBuilder out, String token) {
        String replaced = lookup(token);
        if (replaced == null && token.indexOf('\'') >= 0) {
            replaced = expandSuffix(token);
        }
        if (replaced == null) {
            replaced = token;
        }
        if (replaced.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(replaced);
    }

    /** Table lookup, also trying the word with stretched letters squeezed ("pleeease", "helppp"). */
    private String lookup(String token) {
        String hit = words.get(token);
        if (hit != null) {
            return hit;
        }
        String squeezed = squeezeRepeats(token);
        if (!squeezed.equals(token)) {
            hit = words.get(squeezed);
            return hit != null ? hit : squeezed;
        }
        return null;
    }

    private String expandSuffix(String token) {
        for (String[] rule : suffixes) {
            if (token.endsWith(rule[0]) && token.length() > rule[0].length()) {
                String stem = token.substring(0, token.length() - rule[0].length()).replace("'", "");
                String stemWords = words.getOrDefault(stem, stem);
                return rule[1].isEmpty() ? stemWords : stemWords + " " + rule[1];
            }
        }
        String bare = token.replace("'", "");
        return words.getOrDefault(bare, bare);
    }

    /** Runs of three or more of the same letter are emphasis, never English spelling. */
    static String squeezeRepeats(String token) {
        StringBuilder out = new StringBuilder(token.length());
        int run = 0;
        char previous = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run == 3 && Character.isLetter(c)) {
                out.setLength(out.length() - 1);
            } else if (run < 3 || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String basicFallback(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : ' '));
        return out.toString().trim().replaceAll(" +", " ");
    }
}
