package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whose harm a message tells of (dialogue/whose-harm.tsv). */
class WhoseHarmTest {

    private static final WhoseHarm WHOSE = WhoseHarm.fromClasspath(WhoseHarm.DEFAULT_FILE);

    // a young person's friend, answered as a friend's worry: Childline for both, a trusted adult
    @Test
    void aFriendsOwnHarm() {
        assertEquals(Optional.of(true), WHOSE.aboutAFriend("my friend said her dad hits her and she has bruises"));
    }

    // a friend who tells of her own partner or her own little boy is an adult's friend (care helper's first set, 28th
    // session: "you and your friend can both talk to Childline", "tell a teacher", to a mother whose friend was at hers)
    @Test
    void aFriendsOwnChildOrPartnerIsAnAdultsFriend() {
        assertEquals(Optional.empty(), WHOSE.aboutAFriend("my friend just told me her partner hit her little boy last week "
                + "and the boy is at home with him tonight"));
        assertEquals(Optional.empty(), WHOSE.aboutAFriend("my mate says her husband hits her son"));
    }

    // hiding under a bed, or told "im next" by the one hurting others: the writer's own danger, so Childline beside 999 when no
    // age is given (risk helper's set, 34th session); hiding a thing under the bed or a brother who is next in a queue is not
    @Test
    void hidingUnderABedOrToldImNextIsTheWritersOwnDanger() {
        org.junit.jupiter.api.Assertions.assertTrue(WHOSE.ownDanger("under my bed now, my uncle is going mad downstairs"));
        org.junit.jupiter.api.Assertions.assertTrue(WHOSE.ownDanger("he hit mum and keeps shouting im next"));
        org.junit.jupiter.api.Assertions.assertFalse(WHOSE.ownDanger("i put the presents under my bed so the kids dont find them"));
    }

    // care-41: a brother's, sister's or cousin's harm to themselves is someone else's, named as the writer named them; the
    // writer's own harm beside it is still theirs, and a friend's brother is the friend's
    @Test
    void aSiblingsHarmToThemselvesIsSomeoneElses() {
        assertEquals(Optional.of(true), WHOSE.aboutAFriend("my big brother cuts his arms and told me not to tell mum"));
        assertEquals(Optional.of(true), WHOSE.aboutAFriend("my sister said she wants to die, she said it last week"));
        assertEquals(Optional.of(false), WHOSE.aboutAFriend("my brother hits me and cuts himself"));
        assertEquals(Optional.empty(), WHOSE.aboutAFriend("my brother took my phone and wont give it back"));
        assertEquals(Optional.of("sister"), WHOSE.relation("my little sister keeps burning her arms"));
        assertEquals(Optional.of("cousin"), WHOSE.relation("my cousin said hes going to kill himself"));
        assertEquals(Optional.of("friend"), WHOSE.relation("my best friends brother cuts himself"));
    }
}
