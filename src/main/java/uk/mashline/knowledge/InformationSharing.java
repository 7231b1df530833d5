package uk.mashline.knowledge;

import java.util.List;

/** Rules for sharing information about a child (a document's guidelines, the necessary/proportionate/relevant test). */
public record InformationSharing(List<SourcedText> rules, SourcedText notStated) {

    public InformationSharing {
        rules = List.copyOf(rules == null ? List.of() : rules);
    }

    public boolean stated() {
        return !rules.isEmpty();
    }
}
