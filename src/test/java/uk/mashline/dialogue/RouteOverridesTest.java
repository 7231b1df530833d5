package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue phrases that outweigh the model's route (dialogue/route-cues.tsv), with the trial lines they came from. */
class RouteOverridesTest {

    private static final RouteOverrides OVERRIDES = RouteOverrides.fromClasspath(RouteOverrides.DEFAULT_FILE);
    private static final Slots DECISION = new Slots(Map.of(Slots.DECISION, "mash_nfa"));

    @ParameterizedTest
    @ValueSource(strings = {"will they know it was me", "what happens if they miss it?", "so it's still open?",
            "Am I overreacting", "how long do they have"})
    void questions(String text) {
        assertTrue(OVERRIDES.asks(text));
    }

    // esc helper's unseen set, 29th session: the 999 script from the model alone for each "true"
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ok im going to take it to my manager first, how long have i got|true",
            "thanks im going to take it to my line manager, how long do we have to sort it|true",
            "ill raise it with my dsl|true",
            "i already ran it past my own line manager and she agrees with me|true",
            "i ran this by our dsl and she backs me|true",
            "checked with my own manager, she agrees its wrong|true",
            "my manager said to ring you|false",
            "he ran past my house with a knife|false",
            "he is going to take my son|false"})
    void ownManagerTakesIt(String text, boolean expected) {
        assertEquals(expected, OVERRIDES.toOwnManager(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "im 16 in a childrens home, they have decided im not allowed to move into semi independent yet, i disagree. who can help me|true",
            "its their decision and i dont agree|true",
            "they decided to move me and i want to complain|false",
            "i disagree with my mum|false"})
    void disagreesWithADecision(String text, boolean expected) {
        assertEquals(expected, OVERRIDES.disagreesWithADecision(text));
    }

    // care helper's leftover, 33rd session: West Sussex's "is it level 2 or 3" read as escalation stages; a disagreement that
    // names levels stays the escalation's
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "teacher here. year 4 boy missing loads of school, mum wont engage with us. would that be level 2 or 3|true",
            "school nurse, cant work out if this girl is level 3 or level 4 tbh|true",
            "hv here - family struggling with housing, tier 2/3?|true",
            "cant decide between level 2 and 3 for a year 9 girl|true",
            "and whats the difference between 3 and 4 then|true",
            "would this family be level 3 do you think|true",
            "the mash stepped it down from level 3 to level 2 and i disagree|false",
            "i want to escalate, they said level 2 or 3 at most|false",
            "we are at stage 2 or 3 of the escalation|false",
            "my son is 2 or 3 stone overweight|false"})
    void levelsWhich(String text, boolean expected) {
        assertEquals(expected, OVERRIDES.levelsWhich(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shes asleep upstairs", "no i havent spoken to anyone yet", "no theyre not alone right now"})
    void updatesAreNotQuestions(String text) {
        assertFalse(OVERRIDES.asks(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"do i need to tell the parents before i make a referral? im a nursery manager",
            "can i refer without telling the parents", "should i let mum know first that i’m going to ring the MASH",
            // after it (care helper's first set, 29th session: "I cannot answer that one here")
            "when do i tell mum ive referred", "do we have to let the parents know we have shared it"})
    void consentBeforeAReferral(String text) {
        assertTrue(OVERRIDES.asksConsent(text));
    }

    // care helper's first set, 29th session: the worry's answer, from the injury told with it
    @ParameterizedTest
    @ValueSource(strings = {"i want to make a complaint about my sons primary, nobody phoned me when he cut his chin",
            "how do i complain to the head teacher", "wheres the schools complaints procedure"})
    void aComplaintAboutASchool(String text) {
        assertTrue(OVERRIDES.complainsOfSchool(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i want to complain about the social worker", "the school said they would complain"})
    void notAComplaintAboutASchool(String text) {
        assertFalse(OVERRIDES.complainsOfSchool(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i make a referral", "i told the parents and they were angry"})
    void notConsent(String text) {
        assertFalse(OVERRIDES.asksConsent(text));
    }

    @Test
    void aStageInThePolicysWordsIsTheEscalation() {
        assertTrue(OVERRIDES.statesEscalation("escalated to stage 1 yesterday", new Slots(Map.of(Slots.STAGE, "1")),
                false));
        assertFalse(OVERRIDES.statesEscalation("we are on stage 2 of the house move", Slots.NONE, false));
    }

    @Test
    void aDecisionNotAcceptedIsTheEscalationButAComplaintIsNot() {
        for (String text : List.of("MASH decided no further action on 19/11. I spoke to the MASH manager on 23/11 and "
                + "it's still NFA. what's next and when", "MASH NFA'd our referral, spoke to the manager last wed and "
                + "they won't change it. what now", "disagree with mash, im a teacher")) {
            assertTrue(OVERRIDES.statesEscalation(text, DECISION, false), text);
        }
        assertTrue(OVERRIDES.statesEscalation("i need to escalate something, im a DSL", Slots.NONE, true));
        assertFalse(OVERRIDES.statesEscalation("i need to escalate something, im a DSL", Slots.NONE, false));
        assertFalse(OVERRIDES.statesEscalation("i disagree with the decision and want to complain", DECISION, true));
        assertFalse(OVERRIDES.statesEscalation("the mash decided nfa", DECISION, false));
    }

    @Test
    void anAdultSayingAChildToldThem() {
        assertTrue(OVERRIDES.childTold("the girl we look after told me tonight that her uncle sexually abused her"));
        assertFalse(OVERRIDES.childTold("im worried my son is being groomed online"));
    }

    @Test
    void aChildsSecretAndAStaffMemberSeenHurtingAChild() {
        assertTrue(OVERRIDES.promisedSecret("my niece is 12 and she told me her dad hits her but made me promise not to tell"));
        assertTrue(OVERRIDES.promisedSecret("she begged me not to tell anyone"));
        assertFalse(OVERRIDES.promisedSecret("my niece told me her dad hits her"));
        assertTrue(OVERRIDES.aboutStaff("saw a member of staff slap my 2 year old on the leg on the nursery camera"));
        assertTrue(OVERRIDES.aboutStaff("his teacher grabbed him by the arm and shook him"));
        assertFalse(OVERRIDES.aboutStaff("my neighbour slapped her little girl in the street"));
    }

    // routes helper, 34th session: a TA or LSA, messages to a child named by year, the LADO named; none a line of a test set
    @Test
    void staffNamedByShorthandTheLadoAndAChildWhoHelpsLookAfterAParent() {
        assertTrue(OVERRIDES.aboutStaff("our hlta keeps messaging a year 10 lad on tiktok"));
        assertTrue(OVERRIDES.aboutStaff("our TA grabbed him by the collar in the corridor"));
        assertTrue(OVERRIDES.aboutStaff("is this one for the lado, a coach at the club shouted in a childs face"));
        assertTrue(OVERRIDES.aboutStaff("the minibus driver has been sending one of the year 8 girls pictures"));
        assertFalse(OVERRIDES.aboutStaff("ta for that, the teacher was lovely"));
        assertFalse(OVERRIDES.aboutStaff("im a TA and a year 4 boy told me his dad hits him"));
        assertTrue(OVERRIDES.youngCarer("i help look after my mum since her stroke"));
        assertFalse(OVERRIDES.youngCarer("i help my mum with the shopping on saturdays"));
    }

    @Test
    void everyCueIsRequired() {
        assertThrows(IllegalStateException.class, () -> new RouteOverrides(List.of()));
    }
}
