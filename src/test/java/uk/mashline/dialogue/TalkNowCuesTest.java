package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A writer in distress who needs someone to talk to now (dialogue/talk-now.txt, HandoffAdvisor.talkNow). */
class TalkNowCuesTest {

    private static final List<Pattern> CUES = PatternFile.fromClasspath("dialogue/talk-now.txt");

    private static boolean talkNow(String message) {
        String lower = PatternFile.cueText(message);
        return CUES.stream().anyMatch(p -> p.matcher(lower).find());
    }

    // care helper's first set, 28th session: the self-harm 999 script about cuts, the 999 script, closed early help numbers
    @ParameterizedTest
    @ValueSource(strings = {"its 1am and i cant stop crying. ive just found out my ex was hurting my daughter on his "
            + "weekends. she is asleep here with me now and safe. i just need to talk to someone",
            "1am sat in my car outside crying. my 15 yr old has been kicking off again, i just need someone to talk to",
            "can i talk to someone its late and i cant sleep cos of stuff at home"})
    void distressAndAWishToTalk(String message) {
        assertTrue(talkNow(message), message);
    }

    // both are needed: a question for a person about a referral, or distress with no wish to talk, is something else
    @ParameterizedTest
    @ValueSource(strings = {"i need to speak to someone about a referral", "can i talk to a real person",
            "my daughter cant stop crying since her dad left", "im struggling with my sons behaviour, what support is there"})
    void notBoth(String message) {
        assertFalse(talkNow(message), message);
    }

    // facts-48: distress with nobody to turn to, no wish to talk said (own set facts-48-a LS02); not a child's or another's crying,
    // nor having nobody without distress
    @ParameterizedTest
    @ValueSource(strings = {"its half 2 in the morning and i cant stop crying, social services are taking my baby to a foster "
            + "home tomorrow and i have no one", "cant sleep, in bits, ive got nobody to talk to about any of it"})
    void distressWithNobody(String message) {
        assertTrue(talkNow(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my daughter cant stop crying and i have no one to look after her while i work",
            "i have no one to pick the kids up from school on tuesdays, who can help"})
    void nobodyWithoutTheWritersDistress(String message) {
        assertFalse(talkNow(message), message);
    }
}
