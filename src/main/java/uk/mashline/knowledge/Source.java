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
 * <p>
 * Or, where the partnership's document is silent and its council publishes the fact (North Tyneside's policy prints
 * no Front Door number; the council's page does), the public page it was read from, as national.yml cites its
 * helplines: then {@code page} is set, {@code document} is its address and {@code section} its title, and there are no
 * lines ({@link #of(PublicSource)}).
 *
 * @param lines line numbers of the document file (first line is 1), e.g. "27-32" or "114, 124"; null for a page
 * @param page  the public page the fact was read from, or null for a seed document
 */
public record Source(String document, String section, String lines, String documentTitle, PublicSource page) {

    /** "27-32", "241" or "114, 124-126": numbers and ranges separated by commas. */
    public static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?(\\s*,\\s*\\d+(-\\d+)?)*");

    public Source(String document, String section, String lines, String documentTitle) {
        this(document, section, lines, documentTitle, null);
    }

    /** A fact read from a public page, not a seed document: its address, title and the day it was read. */
    public static Source of(PublicSource page) {
        Objects.requireNonNull(page, "page");
        return new Source(page.url(), page.title(), null, page.title(), page);
    }

    public Source {
        requireText(document, "document");
        requireText(section, "section");
        if (page != null && lines != null) {
            throw new IllegalArgumentException("a page has no lines: cite the page or the seed's lines, not both");
        }
        if (page == null) {
            requireLines(lines);
        }
    }

    private static void requireLines(String lines) {
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

    /** True when the fact was read from a public page rather than a seed document. */
    public boolean fromPage() {
        return page != null;
    }

    /** Every line number the source cites, in order (none for a page). */
    public SortedSet<Integer> lineNumbers() {
        SortedSet<Integer> numbers = new TreeSet<>();
        if (page != null) {
            return numbers;
        }
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
        if (page != null) {
            return page.url();
        }
        return document + ":" + lines.replace(" ", "");
    }

    /** A citation such as "West Sussex Threshold Document, section Consent, lines 239-249". */
    public String label() {
        if (page != null) {
            return page.label();
        }
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
