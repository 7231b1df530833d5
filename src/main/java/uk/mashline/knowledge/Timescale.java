package uk.mashline.knowledge;

import java.util.Objects;

/**
 * A timescale a document promises or expects, e.g. key "written-follow-up": 24 HOURS.
 * {@code amount} is null only where the document gives no figure.
 */
public record Timescale(String key, String description, Integer amount, TimeUnitKind unit, Source source) {

    public Timescale {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }
}
