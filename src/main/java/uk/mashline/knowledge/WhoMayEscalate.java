package uk.mashline.knowledge;

import java.util.Objects;

/** Who may use a partnership's escalation route, with the document's words (paraphrased) and source. */
public record WhoMayEscalate(EscalationAudience audience, String text, Source source) {

    public WhoMayEscalate {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
