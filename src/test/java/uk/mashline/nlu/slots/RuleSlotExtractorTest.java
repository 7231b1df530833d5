package uk.mashline.nlu.slots;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.Slots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays the slot cases (src/test/resources/nlu/slot-cases.tsv) through the rule extractor. */
class RuleSlotExtractorTest {

    static final Path CASES = Path.of("src/test/resources/nlu/slot-cases.tsv");

    private final RuleSlotExtractor extractor = RuleSlotExtractor.standard();

    @Test
    void everyCaseInTheCaseFileHolds() throws IOException {
        List<String> failures = new ArrayList<>();
        LocalDate today = null;
        int cases = 0;
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            if (line.startsWith("# today: ")) {
                today = LocalDate.parse(line.substring("# today: ".length()).strip());
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Slots slots = extractor.extract(f[0], today);
            cases++;
            Set<String> named = new HashSet<>();
            boolean exclusive = false;
            for (String expectation : f[1].split("; ")) {
                if (expectation.equals("-*")) {
                    exclusive = true;
                } else if (expectation.startsWith("-")) {
                    named.add(expectation.substring(1));
                    if (slots.has(expectation.substring(1))) {
                        failures.add(f[0] + ": " + expectation.substring(1) + " should be absent, got " + slots.values());
                    }
                } else {
                    String[] kv = expectation.split("=", 2);
                    named.add(kv[0]);
                    if (!slots.get(kv[0]).filter(kv[1]::equals).isPresent()) {
                        failures.add(f[0] + ": expected " + expectation + ", got " + slots.values());
                    }
                }
            }
            if (exclusive && !named.containsAll(slots.values().keySet())) {
                failures.add(f[0] + ": expected no other slot, got " + slots.values());
            }
        }
        assertTrue(cases > 100, "case file read");
        assertEquals("", String.join("\n", failures));
    }

    @Test
    void nothingIsReadFromNothing() {
        assertEquals(Slots.NONE, extractor.extract(null, LocalDate.of(2026, 11, 18)));
        assertEquals(Slots.NONE, extractor.extract("   ", LocalDate.of(2026, 11, 18)));
        assertEquals(Slots.NONE, extractor.extract("😢😢", LocalDate.of(2026, 11, 18)));
    }

    @Test
    void oddInputNeverThrows() {
        String[] odd = {"////////", "99/99/9999", "stage " + "9".repeat(50), "i am " + "1".repeat(30),
            "0000-00-00", "last", "ago", "a".repeat(20_000), "\u0000\u0001"};
        for (String text : odd) {
            extractor.extract(text, LocalDate.of(2026, 11, 18));
        }
    }
}
