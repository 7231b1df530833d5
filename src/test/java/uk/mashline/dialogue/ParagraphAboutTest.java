package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphAboutTest {

    private static final List<String> CONSENT = List.of(
            "Referrals are made with the knowledge and agreement of the parents or carers.",
            "When not to wait for consent:",
            "- Seeking consent would put a child or others at risk of significant harm.",
            "Call the MASH on 0000 000000.");

    @Test
    void findsTheParagraphSharingTheQuestionsWordsWhateverTheirEndings() {
        assertEquals(2, ParagraphAbout.index(CONSENT, "what if it puts him at risk to ask her"));
    }

    @Test
    void pointsAtNoneWhenOnlyOneWordIsShared() {
        assertEquals(-1, ParagraphAbout.index(CONSENT, "can my friend ring for me"));
    }

    @Test
    void aQuestionOfOneLongWordPointsAtTheParagraphThatHasIt() {
        List<String> prevent = List.of("For Prevent the document gives: 101; Anti-terrorist hotline: 0800 789 321.",
                "Out of hours, call 03000 419191.");
        assertEquals(0, ParagraphAbout.index(prevent, "is there a hotline?"));
        // one short word alone is too common to point at a paragraph
        assertEquals(-1, ParagraphAbout.index(CONSENT, "and the call?"));
    }

    @Test
    void aListItemComesWithItsHeading() {
        assertEquals(List.of(CONSENT.get(1), CONSENT.get(2)), ParagraphAbout.withHeading(CONSENT, 2));
        assertEquals(List.of(CONSENT.get(0)), ParagraphAbout.withHeading(CONSENT, 0));
    }
}
