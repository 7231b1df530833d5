package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** debt-50: the one loop over an unlabelled cue file's patterns finds what each pattern's own search finds. */
class PatternFileAnyFoundTest {

    @Test
    void foundWhereAnyPatternFindsAMatch() {
        List<Pattern> cues = PatternFile.fromClasspath("dialogue/hesitant.txt");
        for (String text : List.of("im in year 7 and i dont know if this counts", "everything at home is crap atm",
                "my mums boyfriend hit me", "", "whats the number for the mash")) {
            boolean each = cues.stream().anyMatch(p -> p.matcher(text).find());
            assertTrue(each == PatternFile.anyFound(cues, text), text);
        }
    }

    @Test
    void noPatternsFindNothing() {
        assertFalse(PatternFile.anyFound(List.of(), "anything"));
        assertTrue(PatternFile.anyFound(List.of(Pattern.compile("\\bstage\\b")), "at stage 2"));
    }
}
