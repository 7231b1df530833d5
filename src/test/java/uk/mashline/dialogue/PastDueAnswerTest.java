package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.Calendars;
import uk.mashline.knowledge.Partnerships;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Slots;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Is it overdue now?" after a stage raised on a known day: yes or not yet, today set against that stage's due date in
 * working days (weekends and bank holidays skipped), then the stage's own answer (the brief's leftover, 34th session).
 */
class PastDueAnswerTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final PastDueAnswer PAST_DUE = new PastDueAnswer(WORDING, Calendars.englandAndWales(),
            new StageDueAnswer(WORDING, Calendars.englandAndWales()));
    private static final DirectQuestions QUESTIONS = DirectQuestions.fromClasspath(DirectQuestions.DEFAULT_FILE, WORDING);

    /** Sandwell stage 2 is 5 working days, Medway stage 1 is 5, LSCB stage 4 is 5: due dates worked by hand. */
    @ParameterizedTest(name = "{0} stage {1} raised {2}, asked {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            // Thu 17 Dec + 5 wd over Christmas (Fri 25, Mon 28 Dec) = Thu 24 Dec: passed on Mon 4 Jan
            "sandwell|2|2026-12-17|2027-01-04|escalation.pastDue.yes|Thursday 24 December 2026",
            // the day itself is not past
            "sandwell|2|2026-12-17|2026-12-24|escalation.pastDue.today|Thursday 24 December 2026",
            "medway|1|2026-12-09|2026-12-11|escalation.pastDue.notYet|Wednesday 16 December 2026",
            "lscb-model|4|2026-12-07|2026-12-16|escalation.pastDue.yes|Monday 14 December 2026"})
    void yesOrNotYetThenTheStagesOwnDate(String partnership, int stage, String raised, String today, String key,
                                         String dueBy) {
        Turn turn = PAST_DUE.answer(request(partnership, Map.of(Slots.STAGE, String.valueOf(stage),
                Slots.RAISED_ON, raised), today)).orElseThrow();
        String first = turn.advice().paragraphs().get(0);
        assertEquals(WORDING.text(key), first);
        assertTrue(turn.advice().paragraphs().get(1).contains(dueBy), turn.advice().paragraphs().toString());
    }

    @Test
    void noDayRaisedNoAnswerOfItsOwn() {
        assertEquals(Optional.empty(), PAST_DUE.answer(request("medway", Map.of(Slots.STAGE, "1"), "2026-12-11")));
    }

    @Test
    void aStageWithNoTimeLimitHasNoDateToPass() {
        // Medway names stage 4 with no timescale (002 lines 531, 539)
        assertEquals(Optional.empty(), PAST_DUE.answer(request("medway", Map.of(Slots.STAGE, "4",
                Slots.RAISED_ON, "2026-12-01"), "2026-12-11")));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "is it overdue now?|PAST_DUE",
            "so are they late?|PAST_DUE",
            "has the head of service missed the deadline then|PAST_DUE",
            "have they gone over time yet|PAST_DUE",
            "should we have heard something by now?|PAST_DUE"})
    void isReadAsTheQuestionItAsks(String message, String expected) {
        assertEquals(expected, QUESTIONS.kind(message).map(Enum::name).orElse("none"), message);
    }

    /** Whether the caller may still act is not whether the stage's date has passed. */
    @Test
    void tooLateToActIsNoSuchQuestion() {
        assertTrue(QUESTIONS.kind("is it too late to escalate it?").filter(DirectQuestions.Kind.PAST_DUE::equals).isEmpty());
    }

    private static AdviceRequest request(String partnership, Map<String, String> slots, String today) {
        ZonedDateTime now = ZonedDateTime.of(java.time.LocalDate.parse(today), java.time.LocalTime.of(10, 0),
                ZoneId.of("Europe/London"));
        InboundMessage message = new InboundMessage(Channel.WEB, partnership, null, "k", "s", "is it overdue now?",
                null, Instant.from(now));
        Slots known = new Slots(Map.copyOf(slots)).with(Slots.ROLE, CallerRole.PROFESSIONAL.name());
        ConversationState state = ConversationState.start(message);
        state = state.withDialogue(state.dialogue().withSlots(known).withLast(Route.ESCALATION));
        return new AdviceRequest(Partnerships.bundled().find(partnership).orElseThrow(), state,
                new Classification("escalation", Route.ESCALATION, 0.9, null, "test"), message.text(), now,
                new ChannelStyle(Channel.WEB), Slots.NONE);
    }
}
