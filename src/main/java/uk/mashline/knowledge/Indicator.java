package uk.mashline.knowledge;

import java.util.Objects;

/** One indicator of a level of need, in a domain such as "Family & Environment" (null when the document gives no domain). */
public record Indicator(String domain, String text) {

    public Indicator {
        Objects.requireNonNull(text, "text");
    }
}
