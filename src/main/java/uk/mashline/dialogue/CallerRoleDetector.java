package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * Infers who is writing from what they say ("I'm a teacher", "my son", "I'm 13"). The cues are
 * data (a rules file, first match wins), so staff can extend them without a code change.
 */
public final class CallerRoleDetector {

    private record Cue(CallerRole role, GatedPattern pattern) {
    }

    private final List<Cue> cues;

    private CallerRoleDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static CallerRoleDetector fromClasspath(String resource) {
        return new CallerRoleDetector(PatternFile.labelledFromClasspath(resource).stream()
                .map(l -> new Cue(CallerRole.valueOf(l.label()), GatedPattern.of(l.pattern()))).toList());
    }

    public Optional<CallerRole> detect(String text) {
        String t = PatternFile.cueText(text);
        return cues.stream().filter(c -> c.pattern().foundIn(t)).map(Cue::role).findFirst();
    }
}
