package uk.mashline.knowledge;

import java.util.Objects;

/** A statement paraphrased from a source document, with where it comes from. */
public record SourcedText(String text, Source source) {

    public SourcedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
