package uk.mashline.dialogue;

import java.util.Map;
import uk.mashline.nlu.Slots;

/**
 * The one whose harm a young person tells of, named as they named them: "your brother", not "your friend", in the replies
 * written for a friend's harm ("my big brother cuts his arms", "my sister said she wants to die"). The word comes from the
 * writer's message ({@link WhoseHarm#relation}, slot {@link WhoseHarm#ABOUT_WHOM}); the phrase it replaces and the phrase put
 * in its place are wording ({@code friend.noun}, {@code friend.noun.as}), so no reply sentence is written here. A reply that
 * is not about someone else's harm is left alone.
 */
final class RelationWord {

    private static final String NOUN = "friend.noun";
    private static final String NOUN_AS = "friend.noun.as";

    private final Wording wording;

    RelationWord(Wording wording) {
        this.wording = wording;
    }

    /** The turn with "your friend" said as "your brother" where the harm told is a brother's; the turn itself otherwise. */
    Turn named(Turn turn) {
        var slots = turn.state().slots();
        // the writer's own harm told since ("he hits me too") is theirs: no one else is named then
        if (slots.get(WhoseHarm.ABOUT_A_FRIEND).filter(Slots.NO::equals).isPresent() || !wording.has(NOUN)
                || !wording.has(NOUN_AS)) {
            return turn;
        }
        return slots.get(WhoseHarm.ABOUT_WHOM).map(whom -> {
            String from = wording.text(NOUN);
            String to = wording.format(NOUN_AS, Map.of("whom", whom));
            if (from.equals(to)) {
                return turn;
            }
            turn.advice().rewrite(p -> p.replace(from, to).replace(capital(from), capital(to)));
            return turn;
        }).orElse(turn);
    }

    private static String capital(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
