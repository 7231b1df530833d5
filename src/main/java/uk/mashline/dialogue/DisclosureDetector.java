package uk.mashline.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hears a disclosure - a child hurt, bruises, sexual abuse, self-harm, a weapon - even when nothing says it
 * is happening now, so that no flow ever answers one with its next question. The cues are data
 * ({@code dialogue/disclosures.tsv}), first match wins.
 */
public final class DisclosureDetector {

    public static final String DEFAULT_FILE = "dialogue/disclosures.tsv";

    private record Cue(String kind, GatedPattern pattern) {
    }

    private final List<Cue> cues;
    private final LastAsked<Optional<String>> asked = new LastAsked<>(this::find);

    private DisclosureDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static DisclosureDetector fromClasspath(String resource) {
        return new DisclosureDetector(PatternFile.labelledFromClasspath(resource).stream()
                .map(l -> new Cue(l.label(), GatedPattern.of(l.pattern()))).toList());
    }

    /** The kind of harm disclosed (hurt, sexual, self_harm, weapon), if any. */
    public Optional<String> detect(String text) {
        return asked.of(text);
    }

    private Optional<String> find(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'');
        return cues.stream().filter(c -> c.pattern().foundIn(t)).map(Cue::kind).findFirst();
    }
}
