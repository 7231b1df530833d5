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
    /** A child frightened at home with no harm named: heard only from a child, and only against the model's danger. */
    static final String FRIGHTENED = "child_frightened";
    /** The kind told when the writer or someone else is hurting themselves (dialogue/disclosures.tsv). */
    static final String SELF_HARM = "self_harm";
    /** A child telling of her own much older boyfriend (dialogue/disclosures.tsv). */
    public static final String OLDER_PARTNER = "older_partner";

    private record Cue(String kind, GatedPattern pattern) {
    }

    private final List<Cue> cues;
    private final List<Cue> frightened;
    private final LastAsked<Optional<String>> asked = new LastAsked<>(this::find);

    private DisclosureDetector(List<Cue> cues) {
        this.cues = cues.stream().filter(c -> !c.kind().equals(FRIGHTENED)).toList();
        this.frightened = cues.stream().filter(c -> c.kind().equals(FRIGHTENED)).toList();
    }

    public static DisclosureDetector fromClasspath(String resource) {
        return new DisclosureDetector(PatternFile.labelledFromClasspath(resource).stream()
                .map(l -> new Cue(l.label(), GatedPattern.of(l.pattern()))).toList());
    }

    /** The kind of harm disclosed (hurt, sexual, self_harm, weapon), if any. */
    public Optional<String> detect(String text) {
        return asked.of(text);
    }

    /** Whether the words tell of someone hurting themselves, whatever other harm they tell of first. */
    public boolean tellsOfSelfHarm(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'');
        return cues.stream().anyMatch(c -> c.kind().equals(SELF_HARM) && c.pattern().foundIn(t));
    }

    /**
     * "im 9 and my dad shouts at night and im scared": a child telling of fear at home, with no harm or danger named.
     * Not a disclosure by itself (an adult's flow goes on); a child's, placed in danger by the model alone, is answered
     * as a child's disclosure (999 if in danger, believed, Childline, are you safe) rather than with the 999 script.
     */
    public boolean frightenedChild(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'');
        return frightened.stream().anyMatch(c -> c.pattern().foundIn(t));
    }

    private Optional<String> find(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'');
        return cues.stream().filter(c -> c.pattern().foundIn(t)).map(Cue::kind).findFirst();
    }
}
