package uk.mashline.language;

import java.util.List;

/**
 * A habit told in one language ("często same w domu wieczorem": the neighbours' children are often alone in the evenings):
 * a worry to pass on, not a child left alone now. The English rules read habits the same way (immediate-risk-rules.txt,
 * "habitual"). Only the cues of being left alone at home are softened, never a child gone or not come back, and never where
 * the message also says now, today or tonight: then it is danger as before.
 *
 * @param often words of a habit ("często", "co wieczór"), folded as cues are
 * @param now   words that put it in the present ("teraz", "dziś"), folded
 * @param alone the file's missing cues that a habit softens (each one of its {@code danger.missing}), folded
 */
public record Habit(List<String> often, List<String> now, List<String> alone) {

    /** No habit words: nothing is softened (English, whose rules read habits themselves). */
    public static final Habit NONE = new Habit(List.of(), List.of(), List.of());

    public Habit {
        often = List.copyOf(often);
        now = List.copyOf(now);
        alone = List.copyOf(alone);
    }

    /** Whether {@code folded} (spaced, with a space at each end) tells a habit and says nothing of now. */
    boolean toldAsHabit(String folded, boolean anywhere) {
        return often.stream().anyMatch(w -> DangerCues.matches(folded, w, anywhere))
                && now.stream().noneMatch(w -> DangerCues.matches(folded, w, anywhere));
    }
}
