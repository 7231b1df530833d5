package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HesitantCuesTest {

    private static final ClarifyAdvisor CLARIFY = new ClarifyAdvisor(null, null, null,
            PatternFile.fromClasspath("dialogue/hesitant.txt"));

    @ParameterizedTest
    @ValueSource(strings = {"i dont no how to say this", "I don't know how to explain it.", "can i tell u something",
            "hi can I tell you something please", "i need to tell someone something", "something happened",
            "its really hard to say", "um i dont know where to start", "im scared to say it",
            // care helper's first set, 28th session: the menu
            "things r bad at home", "Things are really bad at home.", "stuff is hard at home atm",
            "stuff at home is rubbish rn",
            // care helper's own set, 33rd session: a child's tentative first message, the 999 script or adult text
            "um hi im 12 can i ask something", "im in year 7 and i dont know if this counts", "idk if this counts",
            "hiya im 11 can i ask u a question", "i'm 13. not sure if this is anything", "this is probably nothing but"})
    void workingUpToIt(String message) {
        assertTrue(CLARIFY.hesitant(message), message);
    }

    // whatever follows the hesitation is a message to be understood, never held back with "take your time"
    @ParameterizedTest
    @ValueSource(strings = {"i dont know how to say this but my mum drinks every night",
            "can i tell you something my step dad hits me", "something happened at school today with a teacher",
            "i dont know how to refer a child", "i need to tell someone my friend is being hurt", "hi",
            "things r bad at home my dad hits me", "things are bad at home for my grandson",
            "im 12 and i dont know if this counts but my mums boyfriend hits me",
            "can i ask something, my dad is hitting my mum right now", "this is probably nothing but hes outside my house"})
    void tellingOrAsking(String message) {
        assertFalse(CLARIFY.hesitant(message), message);
    }

    @org.junit.jupiter.api.Test
    void everyCueIsAnchoredAtBothEnds() {
        List<String> cues = PatternFile.templatesFromClasspath("dialogue/hesitant.txt");
        cues.forEach(c -> assertTrue(c.startsWith("^") && c.endsWith("$"), c));
    }
}
