package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * Infers who is writing from what they say ("I'm a teacher", "my son", "I'm 13"). The cues are
 * data (a rules file, first match wins), so staff can extend them without a code change.
 */
public final class CallerRoleDetector {

    /** @param overNames a line labelled ROLE! : its role stands over the name finder's reading of the message */
    private record Cue(CallerRole role, GatedPattern pattern, boolean overNames) {
    }

    private final List<Cue> cues;
    /** The cues' patterns, asked of a text in order: only those whose words it holds are tried. */
    private final GatedCues index;

    private CallerRoleDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.index = new GatedCues(this.cues.stream().map(Cue::pattern).toList());
    }

    public static CallerRoleDetector fromClasspath(String resource) {
        return new CallerRoleDetector(PatternFile.labelledFromClasspath(resource).stream()
                .map(l -> new Cue(CallerRole.valueOf(l.label().replace("!", "")), GatedPattern.of(l.pattern()),
                        l.label().endsWith("!"))).toList());
    }

    public Optional<CallerRole> detect(String text) {
        String t = PatternFile.cueText(text);
        return roleOf(index.first(t));
    }

    /**
     * A role the words make plain whatever people the name finder reads in them (lines labelled ROLE!): "year 9 pupil just
     * told me her stepdad hits her" is a teacher's, though the name finder reads a child in it.
     */
    public Optional<CallerRole> plainly(String text) {
        String t = PatternFile.cueText(text);
        return roleOf(index.first(t, i -> cues.get(i).overNames()));
    }

    private Optional<CallerRole> roleOf(int cue) {
        return cue < 0 ? Optional.empty() : Optional.of(cues.get(cue).role());
    }

    /**
     * "youth worker. 13yo at club tonight says shes scared to go home", "teacher - yr 8 girl...": a job signed in the
     * message's own first few words, before its first stop, comma or dash, which the rules read as a professional's and
     * which holds nothing of the writer's own family or self ("my school" is a child's as well). Such a writer is telling
     * of a child, whatever age the rest of the message gives (esc helper's unseen set and leftover, 24th session: the 999
     * reply worded for a child, "are you somewhere safe?", to a youth worker).
     */
    public boolean signedAsProfessional(String text) {
        String t = PatternFile.cueText(text).strip();
        java.util.regex.Matcher end = SIGN_OFF_END.matcher(t);
        if (!end.find()) {
            return false;
        }
        // the stop kept: the rules read "hv -" as a job signed, a bare "hv" as nothing
        String signed = t.substring(0, end.end());
        if (Words.in(signed) > SIGN_OFF_WORDS || AskedCues.foundIn(AskedCues.OWN_WORDS, signed)) {
            return false;
        }
        return detect(signed).filter(CallerRole.PROFESSIONAL::equals).isPresent();
    }

    /**
     * Whether the message holds no word of the writer's own - no I, me, my, we or our - so that it tells only of other
     * people ("her mums boyfriend shouts at her and shes scared to go home").
     */
    public boolean aboutOthersOnly(String text) {
        return !AskedCues.asks(AskedCues.FIRST_PERSON, text);
    }

    /** The most words a job signed first takes ("school nurse here", "im a youth worker"). */
    private static final int SIGN_OFF_WORDS = 4;
    private static final java.util.regex.Pattern SIGN_OFF_END = java.util.regex.Pattern.compile("\\s*[.,;:(\\-\u2013\u2014]");
}
