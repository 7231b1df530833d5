package uk.mashline.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.LevelOfNeed;
import uk.mashline.knowledge.Partnerships;

class IndicatorMatcherTest {

    private static final String SELF_HARM = "Severe and complex mental health issues, including significant self-harm";
    private final List<LevelOfNeed> medway = Partnerships.bundled().find("medway").orElseThrow().levelsOfNeed();
    private final IndicatorMatcher matcher = new IndicatorMatcher();

    private boolean matched(String text) {
        return matcher.closest(medway, text, 2).stream().anyMatch(m -> m.indicator().text().equals(SELF_HARM));
    }

    @Test
    void aHarmRuledOutIsNoWordOfTheCase() {
        assertFalse(matched("school nurse, yr 10 girl self reporting low mood, no self harm, mum is supportive. do i have to refer"));
        assertFalse(matched("teen with low mood, no signs of self-harm, no current concerns at home"));
    }

    @Test
    void aHarmToldIsStillMatched() {
        assertTrue(matched("school nurse, yr 10 girl with low mood, she has been self harming every night, mum not coping"));
        // ruled out for one thing, told for another: the harm told still counts
        assertTrue(matched("no bruises seen but she told me she self harms and her mental health is really bad"));
    }
}
