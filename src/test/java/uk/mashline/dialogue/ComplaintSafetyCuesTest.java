package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dialogue/complaint-safety.txt: a complaint that tells of danger made by it puts safety first (ComplaintAdvisor). */
class ComplaintSafetyCuesTest {

    private static final List<Pattern> CUES = PatternFile.fromClasspath("dialogue/complaint-safety.txt");

    private static boolean found(String message) {
        String t = PatternFile.cueText(message);
        return CUES.stream().anyMatch(p -> p.matcher(t).find());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i want to complain, social services sent a letter with my new address to my ex who we fled from and hes violent",
            "how do i complain, the school gave our new address to the kids dad and theres an injunction against him",
            "my ex now knows our new address because the social worker told him",
            // post sent to the one the family hides from, or where they are told to him (facts helper, 35th session)
            "social care posted the review letter to my ex partners house, we fled him last year, how do i complain",
            "the social worker told my abuser which school my daughter goes to now and we are hiding from him"})
    void dangerMadeByTheComplaint(String message) {
        assertTrue(found(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i want to complain about my social worker she was rude",
            "the school sent a letter home to my address about his attendance and i want to complain",
            "they gave my details to the wrong team and nobody rang me back",
            // the ex told of, with no flight or fear: a complaint, not a danger made by it
            "they sent a copy of the plan to my ex as well as me, i want to complain",
            "the social worker told my ex which school the kids go to, i want to complain"})
    void anOrdinaryComplaint(String message) {
        assertFalse(found(message), message);
    }
}
