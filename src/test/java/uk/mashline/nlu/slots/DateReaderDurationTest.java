package uk.mashline.nlu.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "its been a week" counts back as "a week ago" does (lead-47, the blind tester's q47 T015: a stage 1 unanswered "its been a
 * week, what now" was asked its date); a duration that is no time since something ("its been a long week") gives no date.
 */
class DateReaderDurationTest {

    /** Wednesday 16 December 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 16);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "theyve not got back to us, its been a week. what now|2026-12-09",
            "its been 2 weeks and nothing from the head of service|2026-12-02",
            "it has been three days, still no reply|2026-12-13",
            "its been over a week now|2026-12-09",
            "its been a week since stage 2 went in|2026-12-09",
            "stage 1 was raised 2 weeks ago|2026-12-02"})
    void aTimeSinceCountsBack(String text, LocalDate raised) {
        assertEquals(Optional.of(raised), DateReader.readRaised(text, TODAY), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "its been a long week with the kids",
            "its been a week of meetings about other cases and i still want to escalate"})
    void aDurationThatIsNoTimeSinceGivesNoDate(String text) {
        assertEquals(Optional.empty(), DateReader.readRaised(text, TODAY), text);
    }
}
