package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** debt-49: the cues moved from ContextQuestions' Java to dialogue/asked.tsv read what they read there, and no more. */
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
}
