package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.data.NationalHelplinesReader;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The cue lines that add a national service to a reply: what a label names, and a label that names nothing. */
class NationalHelpCuesTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");

    @Test
    void aLabelOfTwoIdsJoinedByPlusAddsBothInThatOrder() {
        NationalHelp help = new NationalHelp(WORDING, new NationalHelplinesReader().load(null),
                List.of(new PatternFile.Labelled("older-partner+sexual-activity-law", Pattern.compile("boyfriend is 21"))));
        assertEquals(List.of("older-partner", "sexual-activity-law"),
                help.onlineKinds("shes 15 and her boyfriend is 21"));
    }

    @Test
    void aLabelThatNamesNoNationalServiceIsRefusedAtStartUp() {
        var helplines = new NationalHelplinesReader().load(null);
        List<PatternFile.Labelled> typo = List.of(new PatternFile.Labelled("crimestopers", Pattern.compile("county lines")));
        assertThrows(IllegalArgumentException.class, () -> new NationalHelp(WORDING, helplines, typo));
    }
}
