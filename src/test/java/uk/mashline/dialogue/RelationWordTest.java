package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.Slots;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one whose harm a young person tells of is named as they named them (care-41: "my big brother cuts his arms" was
 * answered "you are looking out for your friend").
 */
class RelationWordTest {

    private static final Wording WORDING = wording();

    private static Wording wording() {
        try {
            return Wording.from(new StringReader("friend.noun=your friend\nfriend.noun.as=your {whom}\n"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Turn turn(Map<String, String> slots) {
        ConversationState state = new ConversationState("c", "medway", Channel.WEB, "k", "s", CallerRole.CHILD,
                DialogueState.NONE.withSlots(new Slots(slots)), 0, Route.REPORT_CONCERN, java.time.Instant.EPOCH, 0, null);
        Advice advice = new Advice().add("Thank you for looking out for your friend.")
                .add("Your friend can talk to Childline too.");
        return new Turn(advice, state, Route.REPORT_CONCERN, "report_concern", 1.0, null);
    }

    @Test
    void aBrothersHarmNamesTheBrother() {
        Turn named = new RelationWord(WORDING).named(turn(Map.of(WhoseHarm.ABOUT_A_FRIEND, Slots.YES,
                WhoseHarm.ABOUT_WHOM, "brother")));
        assertEquals(List.of("Thank you for looking out for your brother.", "Your brother can talk to Childline too."),
                named.advice().paragraphs());
    }

    @Test
    void aFriendOrNoOneNamedIsLeftAlone() {
        List<String> asWritten = List.of("Thank you for looking out for your friend.", "Your friend can talk to Childline too.");
        assertEquals(asWritten, new RelationWord(WORDING).named(turn(Map.of(WhoseHarm.ABOUT_A_FRIEND, Slots.YES,
                WhoseHarm.ABOUT_WHOM, "friend"))).advice().paragraphs());
        assertEquals(asWritten, new RelationWord(WORDING).named(turn(Map.of())).advice().paragraphs());
    }

    // the writer's own harm told since ("he hits me too"): the replies are theirs, no one else is named
    @Test
    void theWritersOwnHarmToldSinceIsLeftAlone() {
        assertEquals("Thank you for looking out for your friend.", new RelationWord(WORDING).named(turn(Map.of(
                WhoseHarm.ABOUT_A_FRIEND, Slots.NO, WhoseHarm.ABOUT_WHOM, "sister"))).advice().paragraphs().get(0));
    }
}
