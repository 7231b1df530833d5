package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.data.NationalHelplinesReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The wording file has no source column, so it may state no fact: every number in it is either a
 * national helpline (national.yml cites its public source) or part of the line's own controls
 * (menu choices, an example of how to write a date). A timescale, hour or local number written into
 * a sentence fails here; it belongs in the partnership data with its seed file and lines.
 */
class WordingStatesNoFactsTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ /]\\d+)*");
    /** Menus (press 1...) and the date examples of the escalation questions are controls, not facts. */
    private static final Set<String> CONTROL_KEYS = Set.of("menu.text", "menu.voice", "menu.voice.more", "voice.more", "escalation.askRole",
            "escalation.askRoleAgain", "escalation.askStage", "escalation.askStageAgain", "escalation.askRaisedOn",
            "escalation.askRaisedOnAgain");

    @Test
    void everyNumberInTheWordingIsANationalHelplineOrAControl() throws IOException {
        Set<String> helplines = new NationalHelplinesReader().load(null).all().stream()
                .map(NationalHelpline::phone).filter(p -> p != null).map(p -> p.replace(" ", ""))
                .collect(Collectors.toSet());
        Properties wording = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dialogue/wording.properties")) {
            wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> facts = new ArrayList<>();
        for (String key : wording.stringPropertyNames()) {
            // a control's spoken form (KEY.voice) is the same control
            if (CONTROL_KEYS.contains(key)
                    || key.endsWith(".voice") && CONTROL_KEYS.contains(key.substring(0, key.length() - ".voice".length()))) {
                continue;
            }
            Matcher number = NUMBER.matcher(wording.getProperty(key));
            while (number.find()) {
                if (!helplines.contains(number.group().replace(" ", ""))) {
                    facts.add(key + ": " + number.group());
                }
            }
        }
        assertEquals(List.of(), facts, "numbers stated in wording.properties without a source");
    }

    @Test
    void aTimescaleWrittenIntoASentenceWouldBeCaught() {
        Matcher number = NUMBER.matcher("A decision within 5 working days; ring 01403 229900.");
        List<String> found = new ArrayList<>();
        while (number.find()) {
            found.add(number.group());
        }
        assertEquals(List.of("5", "01403 229900"), found);
    }
}
