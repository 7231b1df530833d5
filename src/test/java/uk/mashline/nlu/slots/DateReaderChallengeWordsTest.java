package uk.mashline.nlu.slots;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.mashline.nlu.RuleFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date reader's challenge cue words are data (nlu/slots/challenge-words.tsv, esc-45): each line carries a message it
 * decides and the raised date the reader must give for it, so a line the reader no longer reads as its example says, or an
 * example its own line does not match, fails here.
 */
class DateReaderChallengeWordsTest {

    /** The day every example is read on: Thursday 10 December 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @TestFactory
    Stream<DynamicTest> everyLineDecidesItsExample() {
        List<DynamicTest> tests = new ArrayList<>();
        new RuleFile(DateReader.CHALLENGE_WORDS_FILE).read(RuleFile.classpathLines(DateReader.CHALLENGE_WORDS_FILE),
                fields -> tests.add(DynamicTest.dynamicTest(fields[1], () -> {
                    assertTrue(Pattern.compile("\\b(?:" + fields[0] + ")\\b").matcher(fields[1]).find(),
                            "the line's cue words are not in its example: " + fields[1]);
                    String[] dayMonth = fields[2].split("/");
                    LocalDate expected = LocalDate.of(TODAY.getYear(), Integer.parseInt(dayMonth[1]),
                            Integer.parseInt(dayMonth[0]));
                    assertEquals(Optional.of(expected), DateReader.readRaised(fields[1], TODAY), fields[1]);
                })));
        assertFalse(tests.isEmpty(), "no cue words in " + DateReader.CHALLENGE_WORDS_FILE);
        return tests.stream();
    }

    @Test
    void aLineWithoutItsExampleAndDateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DateReader.challengeWords(List.of("rang|called")));
    }
}
