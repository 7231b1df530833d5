package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.data.NationalHelplinesReader;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which national service goes second in a family's reply, right after its first line, where a harm it takes is told. */
class NationalHelpHarmsSecondTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final ChannelStyle WEB = new ChannelStyle(Channel.WEB);
    private static final String BLACKMAIL = "someone says theyll send my sons pics to his followers unless he pays";

    // the file's order: Report Remove's cue first, the NCA's steps for parents last (dialogue/online-images.tsv)
    private final NationalHelp help = new NationalHelp(WORDING, new NationalHelplinesReader().load(null), List.of(
            new PatternFile.Labelled("report-remove", Pattern.compile("send my sons pics")),
            new PatternFile.Labelled("online-blackmail", Pattern.compile("unless he pays"))));

    @Test
    void aParentWhoseChildIsBlackmailedGetsTheStepsNotToPaySecondBeforeReportRemove() {
        Advice advice = help.addHelpForHarmsToldSecond(new Advice().add("Call the MASH."), BLACKMAIL, WEB, false);
        List<String> p = advice.paragraphs();
        assertTrue(p.get(1).contains("do not pay"), p.toString());
        assertTrue(p.indexOf(p.stream().filter(s -> s.contains("Report Remove")).findFirst().orElseThrow()) > 1, p.toString());
    }

    @Test
    void withNoBlackmailTheFirstServiceAddedStillGoesSecond() {
        Advice advice = help.addHelpForHarmsToldSecond(new Advice().add("Call the MASH.").add("Or email."),
                "send my sons pics round", WEB, false);
        assertTrue(advice.paragraphs().get(1).contains("Report Remove"), advice.paragraphs().toString());
    }
}
