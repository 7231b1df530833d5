package uk.mashline.knowledge;

import java.util.Objects;

/** A seed document a partnership's facts come from: its file name and its title. */
public record SourceDocument(String file, String title) {

    public SourceDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
    }
}
