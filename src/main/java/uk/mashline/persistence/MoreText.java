package uk.mashline.persistence;

import java.util.Arrays;
import java.util.List;

/** The paragraphs waiting for "more", in one column: blank-line separated, as a reply's text is. */
final class MoreText {

    private static final String SEPARATOR = "\n\n";

    private MoreText() {
    }

    static String encode(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join(SEPARATOR, paragraphs);
    }

    static List<String> decode(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(SEPARATOR)).filter(p -> !p.isBlank()).toList();
    }
}
