package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerParserTest {

    private final AnswerParser answers = new AnswerParser();
    private final LocalDate today = LocalDate.of(2027, 3, 10);

    @ParameterizedTest
    @CsvSource({"1, IMMEDIATE_RISK", "2, REPORT_CONCERN", " 5 , ESCALATION", "0, HUMAN_HANDOFF", "press 3, EARLY_HELP",
            "7., COMPLAINT"})
    void readsMenuDigits(String text, Route route) {
        assertEquals(Optional.of(route), answers.menuChoice(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "12", "2 kids are left alone", "one"})
    void ignoresWhatIsNotAMenuChoice(String text) {
        assertEquals(Optional.empty(), answers.menuChoice(text));
    }

    @ParameterizedTest
    @CsvSource({"yes, true", "Yeah we spoke last week, true", "yep, true", "no, false", "not yet, false",
            "nope haven't had the chance, false", "we haven't, false"})
    void readsYesAndNo(String text, boolean expected) {
        assertEquals(Optional.of(expected), answers.yesNo(text));
    }

    @Test
    void aSentenceThatIsNeitherIsNotGuessed() {
        assertEquals(Optional.empty(), answers.yesNo("the head of service"));
    }

    @ParameterizedTest
    @CsvSource({"stage 2, 2", "2, 2", "we are at stage three, 3", "the second stage, 2", "none yet, 0",
            "only the initial discussion, 0"})
    void readsStages(String text, int stage) {
        assertEquals(Optional.of(stage), answers.stage(text, 4));
    }

    @Test
    void aStageBeyondThePolicyIsNotAccepted() {
        assertEquals(Optional.empty(), answers.stage("stage 5", 4));
    }

    @ParameterizedTest
    @CsvSource({"23/02/2027, 2027-02-23", "2027-03-01, 2027-03-01", "today, 2027-03-10", "yesterday, 2027-03-09",
            "1st March, 2027-03-01", "14/12, 2026-12-14", "3rd of February 2027, 2027-02-03", "5.3.27, 2027-03-05",
            "16th, 2027-02-16", "the 3rd, 2027-03-03", "on the 31st, 2027-01-31", "10th, 2027-03-10"})
    void readsDatesAsPeopleWriteThem(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), answers.date(text, today));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2027", "next week", "20/03/2027", "soon"})
    void rejectsImpossibleOrFutureDates(String text) {
        assertEquals(Optional.empty(), answers.date(text, today));
    }
}
