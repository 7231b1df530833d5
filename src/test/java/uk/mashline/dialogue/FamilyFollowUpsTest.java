package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every cue of dialogue/family-follow-ups.tsv reads (kind:ROUTES:then) and has its words in wording.properties. */
class FamilyFollowUpsTest {

    @Test
    void everyKindReadsAndHasItsWording() throws IOException {
        Properties wording = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dialogue/wording.properties")) {
            wording.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        var cues = PatternFile.labelledFromClasspath(FamilyFollowUps.DEFAULT_FILE);
        assertTrue(cues.size() >= 5, "expected the follow-up kinds");
        for (var cue : cues) {
            String[] parts = cue.label().split(":");
            // ":parent" a parent's own child only; ":closed" only where the escalation policy is not open to families
            assertTrue(parts.length == 3 || (parts.length == 4 && (parts[3].equals("parent") || parts[3].equals("closed"))),
                    cue.label());
            if (!parts[1].equals("any")) {
                // "first": the kind is asked as a first message too, of the first route named
                Arrays.stream(parts[1].split(",")).filter(r -> !r.equals("first"))
                        .forEach(r -> assertDoesNotThrow(() -> Route.valueOf(r), cue.label()));
            }
            assertTrue(wording.containsKey("family." + parts[0]) || wording.containsKey("family." + parts[0] + ".child"),
                    "no wording family." + parts[0]);
        }
    }
}
