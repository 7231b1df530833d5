package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** debt-49, debt-50: the cues moved from the dialogue's Java to dialogue/asked.tsv read what they read there, and no more. */
class AskedCuesTest {

    @Test
    void theEarlyHelpTeamAskedOfOrNamed() {
        assertTrue(AskedCues.asks(AskedCues.EARLY_HELP_ASKED, "we live in worthing, is the Early Help team open today"));
        assertFalse(AskedCues.asks(AskedCues.EARLY_HELP_ASKED, "is the mash open today"));
        assertTrue(AskedCues.asks(AskedCues.EARLY_HELP_NAMED, "the school have suggested early help, do they come to your house"));
        assertTrue(AskedCues.asks(AskedCues.EARLY_HELP_NAMED, "they said the family hub would be in touch"));
        assertFalse(AskedCues.asks(AskedCues.EARLY_HELP_NAMED, "a social worker is coming to my house tomorrow"));
    }

    @Test
    void anAdultWhoDoesNotWantToGetSomeoneInTrouble() {
        assertTrue(AskedCues.asks(AskedCues.TROUBLE_NOT_WANTED, "i dont want to get my sister in trouble"));
        assertTrue(AskedCues.asks(AskedCues.TROUBLE_NOT_WANTED, "I don’t want to land him into bother"));
        assertFalse(AskedCues.asks(AskedCues.TROUBLE_NOT_WANTED, "will she get in trouble"));
    }

    @Test
    void crimestoppersNamed() {
        assertTrue(AskedCues.asks(AskedCues.CRIMESTOPPERS_NAMED, "if i ring Crimestoppers will they know it was me"));
        assertTrue(AskedCues.asks(AskedCues.CRIMESTOPPERS_NAMED, "can i use fearless instead"));
        assertFalse(AskedCues.asks(AskedCues.CRIMESTOPPERS_NAMED, "if i ring the police will they know it was me"));
    }

    @Test
    void waysToWriteAskedBesideAReferral() {
        assertTrue(AskedCues.asks(AskedCues.EMAIL, "can i just E-mail first response a referral"));
        assertTrue(AskedCues.asks(AskedCues.REFERRAL_NAMED, "can i email the MARF over"));
        assertFalse(AskedCues.asks(AskedCues.REFERRAL_NAMED, "can i email them about my neighbour"));
        assertTrue(AskedCues.asks(AskedCues.TEXTING, "im deaf, can i txt instead"));
        assertTrue(AskedCues.asks(AskedCues.TEXTING, "i can’t call, he will hear"));
        assertFalse(AskedCues.asks(AskedCues.TEXTING, "can i email the referral"));
        assertTrue(AskedCues.asks(AskedCues.SECURE, "does it have to be encrypted"));
        assertTrue(AskedCues.asks(AskedCues.FORM, "or does it have to go on the portal"));
        assertFalse(AskedCues.asks(AskedCues.FORM, "can i email it"));
    }

    @Test
    void whoIsAboveTheComplaintsTeam() {
        assertTrue(AskedCues.asks(AskedCues.ABOVE, "i complained and got nowhere, whos above the complaints team?"));
        assertTrue(AskedCues.asks(AskedCues.ABOVE, "how do i take my complaint further"));
        assertFalse(AskedCues.asks(AskedCues.ABOVE, "who do i complain to"));
    }

    @Test
    void whenHarmHappensIsNotWhereAnyoneIsNow() {
        assertTrue(AskedCues.asks(AskedCues.WHEN_HARM, "he hits me when hes out"));
        assertFalse(AskedCues.asks(AskedCues.WHEN_HARM, "hes at work till late and mums here"));
    }

    @Test
    void aStageByItsNumberPlannedOrTakenNow() {
        Matcher number = AskedCues.pattern(AskedCues.STAGE_NUMBER).matcher("we got to stage two last week");
        assertTrue(number.find());
        assertEquals("two", number.group(1));
        Matcher planned = AskedCues.pattern(AskedCues.PLANNED_STAGE).matcher("our head of service will raise stage 3 on monday");
        assertTrue(planned.find());
        assertEquals("3", planned.group(1));
        assertTrue(AskedCues.foundIn(AskedCues.TAKEN_NOW, "our practice manager is emailing hers now"));
        assertTrue(AskedCues.foundIn(AskedCues.TAKEN_NOW, "im going to take it to my manager first"));
        assertFalse(AskedCues.foundIn(AskedCues.TAKEN_NOW, "my manager spoke to theirs on monday"));
    }

    @Test
    void aStageAskedForByItsPeopleOrLeaveToMoveOn() {
        Matcher people = AskedCues.pattern(AskedCues.AFTER_PEOPLE).matcher("what happens after the service managers?");
        assertTrue(people.find());
        assertEquals("service manager", people.group(1).strip());
        assertTrue(AskedCues.asks(AskedCues.WHICH_STAGE, "which stage is it when my manager talks to theirs"));
        assertTrue(AskedCues.asks(AskedCues.ASKS_LEAVE, "can i go to stage 2 after friday?"));
        assertFalse(AskedCues.asks(AskedCues.ASKS_LEAVE, "what can i do if they say no"));
    }

    @Test
    void unsureIsReadOnTheMessageAsTyped() {
        assertTrue(AskedCues.foundIn(AskedCues.UNSURE, "not sure tbh"));
        assertTrue(AskedCues.foundIn(AskedCues.UNSURE, "i don't know"));
        // read as Conversation read it before the move: lower case only, so a curly apostrophe is not made straight
        assertFalse(AskedCues.foundIn(AskedCues.UNSURE, "i don\u2019t know"));
        assertFalse(AskedCues.foundIn(AskedCues.UNSURE, "yes shes at home with her mum"));
    }

    @Test
    void aLabelReadForItsGroupsHasOneLine() {
        assertThrows(IllegalStateException.class, () -> AskedCues.pattern("noSuchLabel"));
    }

    @Test
    void earlyHelpInAConsentQuestionAMeetingToldAQuestionAsked() {
        assertTrue(AskedCues.asks(AskedCues.EARLY_HELP_CONSENT, "parents have said no to an EH referral"));
        assertFalse(AskedCues.asks(AskedCues.EARLY_HELP_CONSENT, "parents have said no to a referral"));
        assertTrue(AskedCues.asks(AskedCues.MEETING_TOLD, "the chair had the meeting on thurs 3rd"));
        assertFalse(AskedCues.asks(AskedCues.MEETING_TOLD, "the chair rang me on thurs 3rd"));
        assertTrue(AskedCues.foundIn(AskedCues.QUESTION, "so what happens now"));
        assertTrue(AskedCues.foundIn(AskedCues.QUESTION, "shes been missing school again?"));
        assertFalse(AskedCues.foundIn(AskedCues.QUESTION, "oh and shes been missing school again this week"));
    }

    @Test
    void theWritersOwnWords() {
        assertTrue(AskedCues.foundIn(AskedCues.OWN_WORDS, "my school -"));
        assertFalse(AskedCues.foundIn(AskedCues.OWN_WORDS, "youth worker."));
        assertTrue(AskedCues.asks(AskedCues.FIRST_PERSON, "I'm worried about her"));
        assertFalse(AskedCues.asks(AskedCues.FIRST_PERSON, "her mums boyfriend shouts at her and shes scared to go home"));
    }
}
