package uk.mashline.knowledge;

import java.util.List;

/**
 * When a professional needs a parent's (or a Gillick-competent child's) agreement before contacting
 * the MASH, and the exceptions where consent is not needed (risk of significant harm, crime, FII...).
 * {@code notStated} explains, with its source, where the document says nothing on consent.
 */
public record ConsentRules(List<SourcedText> rules,
                           List<SourcedText> exceptions,
                           SourcedText gillickCompetence,
                           SourcedText notStated) {

    public ConsentRules {
        rules = List.copyOf(rules == null ? List.of() : rules);
        exceptions = List.copyOf(exceptions == null ? List.of() : exceptions);
    }

    public boolean stated() {
        return !rules.isEmpty() || !exceptions.isEmpty();
    }
}
