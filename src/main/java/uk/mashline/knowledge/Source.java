package uk.mashline.knowledge;

import java.util.Objects;

/**
 * Where a fact comes from: the seed document's file name, the section heading (or number) in it,
 * and the document's human title. Every fact the advice line states carries one, so a reply can
 * tell a worried caller or professional exactly where the advice comes from.
 */
public record Source(String document, String section, String documentTitle) {

    public Source {
        requireText(document, "document");
        requireText(section, "section");
    }

    public Source(String document, String section) {
        this(document, section, null);
    }

    /** A short citation such as "West Sussex Threshold Document, section Consent". */
    public String label() {
        String title = documentTitle == null || documentTitle.isBlank() ? document : documentTitle;
        return title + ", section " + section;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
