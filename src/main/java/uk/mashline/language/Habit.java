package uk.mashline.language;

import java.util.List;

/**
 * A habit told in one language ("często same w domu wieczorem": the neighbours' children are often alone in the evenings):
 * a worry to pass on, not a child left alone now. The English rules read habits the same way (immediate-risk-rules.txt,
 * "habitual"). Only the cues of being left alone at home are softened, never a child gone or not come back, and never where
 * the message also says now, today or tonight: then it is danger as before.
 *
 * <p>facts-48: the same for a child hit as a habit ("sąsiad bije swoje dzieci, słyszę to prawie codziennie", "o pai bate nele
 * quase todos os dias ... não é agora": own set facts-48-a WS04, MW03, NT04, SS04, the 47th session's leftovers B05, B06 - a
 * report told as danger now, with "this message tells of danger now" in English for a helper): the plain words of hitting
 * ({@code hits}) are softened where a habit is told and nothing says now. Words that say it is not now ("não é agora", "acum e
 * liniște", {@code notNow}) are set aside before now is looked for, so the "agora" inside them keeps nothing. Strangling,
 * kicking, a weapon, sexual abuse are never softened.
 *
 * @param often  words of a habit ("często", "co wieczór"), folded as cues are
 * @param now    words that put it in the present ("teraz", "dziś"), folded
 * @param alone  the file's missing cues that a habit softens (each one of its {@code danger.missing}), folded
 * @param hits   the file's hitting cues that a habit softens (each one of its {@code danger.hitting}), folded
 * @param notNow phrases that say the harm is not happening now, set aside before {@code now} is read, folded
 */
public record Habit(List<String> often, List<String> now, List<String> alone, List<String> hits, List<String> notNow) {

    /** No habit words: nothing is softened (English, whose rules read habits themselves). */
    public static final Habit NONE = new Habit(List.of(), List.of(), List.of(), List.of(), List.of());

    public Habit {
        often = List.copyOf(often);
        now = List.copyOf(now);
        alone = List.copyOf(alone);
        hits = hits == null ? List.of() : List.copyOf(hits);
        notNow = notNow == null ? List.of() : List.copyOf(notNow);
    }

    /** Whether {@code folded} (spaced, with a space at each end) tells a habit and says nothing of now. */
    boolean toldAsHabit(String folded, boolean anywhere) {
        if (often.stream().noneMatch(w -> DangerCues.matches(folded, w, anywhere))) {
            return false;
        }
        String rest = folded;
        for (String phrase : notNow) {
            rest = anywhere ? rest.replace(phrase, " ") : rest.replace(" " + phrase, " ");
        }
        String present = rest;
        return now.stream().noneMatch(w -> DangerCues.matches(present, w, anywhere));
    }

    /** Whether a habit softens {@code cue} of {@code kind} (a danger kind of {@link LanguagePack#DANGER_KINDS}). */
    boolean softens(String kind, String cue) {
        return switch (kind) {
            case "missing" -> alone.contains(cue);
            case "hitting" -> hits.contains(cue);
            default -> false;
        };
    }
}
