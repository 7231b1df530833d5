package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a fact against the lines its source cites, where that can be checked mechanically: every
 * phone number, email address, web address and number the fact states must be printed on those
 * lines (a number may be printed as a word, "one working day"). Paraphrased wording is left to review.
 */
final class CitedLines {

    private static final Pattern PHONE = Pattern.compile("(?<![\\d/.+])(0\\d(?:[ \\u00a0]?\\d){8,9}|999|101)(?![\\d/]|\\.\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?!\\d)");
    private static final Map<Integer, String> WORDS = Map.ofEntries(Map.entry(0, "same"), Map.entry(1, "one"),
            Map.entry(2, "two"), Map.entry(3, "three"), Map.entry(4, "four"), Map.entry(5, "five"), Map.entry(6, "six"),
            Map.entry(7, "seven"), Map.entry(8, "eight"), Map.entry(9, "nine"), Map.entry(10, "ten"),
            Map.entry(12, "twelve"));

    private CitedLines() {
    }

    /**
     * The text of the cited lines of the seed file (empty string for lines past its end); for a fact read from a public
     * page, its address and its title, which records what the page states (as national.yml's titles do), so a number
     * in the fact must be in it.
     */
    static String of(Source source) {
        if (source.fromPage()) {
            return source.page().url() + "\n" + source.page().title();
        }
        List<String> lines = SeedDocuments.text(source.document()).lines().toList();
        StringBuilder out = new StringBuilder();
        for (int n : source.lineNumbers()) {
            if (n <= lines.size()) {
                out.append(lines.get(n - 1)).append('\n');
            }
        }
        return out.toString();
    }

    /** Cited lines past the end of the file, or cited lines that are all blank. */
    static List<String> badLines(Source source) {
        if (source.fromPage()) {
            return List.of();
        }
        int length = SeedDocuments.text(source.document()).lines().toList().size();
        List<String> problems = new ArrayList<>();
        if (source.lineNumbers().last() > length) {
            problems.add(source.citation() + ": " + source.document() + " has only " + length + " lines");
        } else if (of(source).isBlank()) {
            problems.add(source.citation() + ": the cited lines are blank");
        }
        return problems;
    }

    /** What the fact states that its cited lines do not print. */
    static List<String> unsupported(String text, Source source) {
        String cited = of(source);
        String squashed = SeedDocuments.squashed(cited);
        List<String> problems = new ArrayList<>();
        String rest = text;
        Matcher url = URL.matcher(rest);
        while (url.find()) {
            String link = url.group().replaceAll("[).,;]+$", "");
            // the document prints some links with spaces where their underscores were
            String printed = SeedDocuments.squashed(link.replace('_', ' ')).replaceFirst("/$", "");
            if (!squashed.replace('_', ' ').replace(" ", "").contains(printed)) {
                problems.add("web address " + link);
            }
        }
        rest = URL.matcher(rest).replaceAll(" ");
        Matcher email = EMAIL.matcher(rest);
        while (email.find()) {
            if (!squashed.contains(email.group().toLowerCase(Locale.UK))) {
                problems.add("email " + email.group());
            }
        }
        rest = EMAIL.matcher(rest).replaceAll(" ");
        Matcher phone = PHONE.matcher(rest);
        String digitsOnly = cited.replaceAll("[ \\u00a0]", "");
        while (phone.find()) {
            if (!digitsOnly.contains(phone.group(1).replaceAll("[ \\u00a0]", ""))) {
                problems.add("phone " + phone.group(1));
            }
        }
        rest = PHONE.matcher(rest).replaceAll(" ");
        Matcher number = NUMBER.matcher(rest);
        while (number.find()) {
            if (!printsNumber(cited, Integer.parseInt(number.group()))) {
                problems.add("number " + number.group());
            }
        }
        return problems;
    }

    /** Whether the cited text prints {@code n} as digits, or as a word ("same" for 0, as in "the same working day"). */
    static boolean printsNumber(String cited, int n) {
        if (Pattern.compile("(?<!\\d)" + n + "(?!\\d)").matcher(cited).find()) {
            return true;
        }
        String word = WORDS.get(n);
        return word != null && Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE).matcher(cited).find();
    }
}
