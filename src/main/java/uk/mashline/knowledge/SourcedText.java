package uk.mashline.knowledge;

import java.util.Objects;

/** A statement paraphrased from a source document, with where it comes from. */
public record SourcedText(String text, Source source) {

    public SourcedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The data's own record that the document is silent ("Not stated: ..."), which a professional may need
     * to know and the public never reads: they are given a number to ring instead.
     */
    public boolean notStated() {
        return text.regionMatches(true, 0, "Not stated", 0, "Not stated".length());
    }
}
