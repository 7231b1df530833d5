package uk.mashline.knowledge;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where a fact comes from: the seed document's file name, the section heading (or number) in it,
 * the lines of that file that state the fact, and the document's human title. Every fact the
 * advice line states carries one, so a reply can tell a worried caller or professional exactly
 * where the advice comes from, and an auditor can open the file at those lines.
 *
 * @param lines line numbers of the document file (first line is 1), e.g. "27-32" or "114, 124"
 */
public record Source(String document, String section, String lines, String documentTitle) {

    /** "27-32", "241" or "114, 124-126": numbers and ranges separated by commas. */
    public static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?(\\s*,\\s*\\d+(-\\d+)?)*");

    public Source {
        requireText(document, "document");
        requireText(section, "section");
        requireText(lines, "lines");
        if (!LINES.matcher(lines).matches()) {
            throw new IllegalArgumentException("lines '" + lines + "' must be numbers or ranges such as 27-32, 44");
        }
        for (String part : lines.split(",")) {
            String[] range = part.strip().split("-");
            int first = Integer.parseInt(range[0]);
            if (first < 1 || (range.length == 2 && Integer.parseInt(range[1]) < first)) {
                throw new IllegalArgumentException("lines '" + lines + "': a range must run forwards from line 1 or later");
            }
        }
    }

    /** Every line number the source cites, in order. */
    public SortedSet<Integer> lineNumbers() {
        SortedSet<Integer> numbers = new TreeSet<>();
        for (String part : lines.split(",")) {
            String[] range = part.strip().split("-");
            int first = Integer.parseInt(range[0]);
            int last = range.length == 2 ? Integer.parseInt(range[1]) : first;
            for (int line = first; line <= last; line++) {
                numbers.add(line);
            }
        }
        return numbers;
    }

    /** The short form an auditor looks up, e.g. "004_e31ea2a3d5567f9b.txt:27-32". */
    public String citation() {
        return document + ":" + lines.replace(" ", "");
    }

    /** A citation such as "West Sussex Threshold Document, section Consent, lines 239-249". */
    public String label() {
        String title = documentTitle == null || documentTitle.isBlank() ? document : documentTitle;
        return title + ", section " + section + ", lines " + lines.replace(" ", "");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
