package uk.mashline.dialogue;

import uk.mashline.knowledge.Deadline;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "The chair had the resolution meeting on thurs 3rd, when should we get the outcome?": where a document dates a stage's
 * outcome from the meeting it holds (Sandwell's stage 4: shared with all parties within one month of the meeting, seed 003
 * line 232), the day the outcome is due, counted in calendar months from the meeting's day - not the stage's own limit in
 * working days counted as if the meeting's day had raised it. Then what follows the stage, as for any answer at it.
 */
final class MeetingOutcomeAnswer {

    // esc-43: "once the panel has met when do we find out the result" at the last stage (own set esc-43-a EM02, EN06, EL02,
    // ES03: the stage's answer again, or a month counted from the day stage 4 was raised as if the meeting had been that day)
    /** The outcome asked for after a meeting or review still to come (dialogue/outcome-after-meeting.txt). */
    private static final List<Pattern> OUTCOME_ASKED = PatternFile.fromClasspath("dialogue/outcome-after-meeting.txt");

    private final Wording wording;
    private final StageDueAnswer due;
    private final WorkingDayCalendar calendar;

    MeetingOutcomeAnswer(Wording wording, StageDueAnswer due, WorkingDayCalendar calendar) {
        this.wording = wording;
        this.due = due;
        this.calendar = calendar;
    }

    /** Whether {@code text} asks when the outcome comes once the stage's meeting or review has been held. */
    static boolean asksOutcome(String text) {
        String t = PatternFile.cueText(text).strip();
        return PatternFile.anyFound(OUTCOME_ASKED, t);
    }

    /**
     * The outcome asked for before the meeting is held: what the document says of the outcome's timing (Sandwell's stage
     * 4: within a month of the meeting, seed 003 line 232) or that it says nothing (Medway's stage 4, seed 002 line 539;
     * the LSCB panel, seed 001 lines 58-60; North Tyneside's fourth review, seed 004 lines 37-44), then the stage's own
     * due date where the document gives one and the day it was raised is known - never a date for the outcome itself,
     * which depends on the meeting's day (esc-43).
     */
    Turn toCome(AdviceRequest request, EscalationPolicy policy, EscalationStage stage, Optional<LocalDate> raisedOn) {
        Map<String, String> values = new HashMap<>();
        values.put("partnership", request.partnership().name());
        // North Tyneside's reviews name no people (seed 004 lines 37-44): the stage by its number
        values.put("parties", stage.partiesSpoken() != null ? stage.partiesSpoken() : "");
        values.put("stage", String.valueOf(stage.number()));
        Integer months = stage.outcomeMonthsAfterMeeting();
        if (months != null) {
            values.put("months", months == 1 ? wording.text("escalation.oneMonth")
                    : wording.format("escalation.months", "count", String.valueOf(months)));
        }
        Advice advice = new Advice().add(wording.format(months != null ? "escalation.meetingToCome.months"
                : stage.partiesSpoken() == null ? "escalation.meetingToCome.unnamed" : "escalation.meetingOutcome.notStated",
                values), stage.source());
        if (raisedOn.isPresent() && stage.workingDays() != null) {
            try {
                Deadline deadline = policy.deadline(stage.number(), raisedOn.get(), calendar);
                values.put("raised", StageWording.DUE_DATE.format(raisedOn.get()));
                values.put("dueBy", StageWording.DUE_DATE.format(deadline.dueBy()));
                values.put("days", String.valueOf(stage.workingDays()));
                values.put("means", stage.timescaleMeans() == null ? "" : " " + stage.timescaleMeans());
                advice.add(wording.format(deadline.dueBy().isBefore(request.now().toLocalDate())
                        ? "escalation.meetingToCome.stageDue.passed" : "escalation.meetingToCome.stageDue", values),
                        stage.source());
            } catch (OutsideCalendarException e) {
                // a day outside the calendar's data: no due date, rather than a guessed one
            }
        }
        policy.stage(stage.number() + 1).ifPresentOrElse(next -> {
            Map<String, String> nextValues = new StageWording(wording).nextValues(next, stage);
            advice.add(wording.format("escalation.next", nextValues), next.source()).nextStage(StageStep.of(nextValues));
        }, () -> advice.add(policy.afterLastStage()));
        advice.essentialsEndHere();
        ConversationState kept = request.state().settled();
        return Turn.of(request, advice, kept.withDialogue(kept.dialogue().withSlots(
                kept.slots().with(EscalationAdvisor.STAGE_NOW, String.valueOf(stage.number()))
                        .with(EscalationAdvisor.STAGE_TOLD, String.valueOf(stage.number())))), Route.ESCALATION);
    }

    /** The outcome's day for {@code stage}'s meeting held on {@code meeting}; the stage has {@code outcomeMonthsAfterMeeting}. */
    Turn answer(AdviceRequest request, EscalationPolicy policy, EscalationStage stage, LocalDate meeting) {
        int months = stage.outcomeMonthsAfterMeeting();
        LocalDate dueBy = meeting.plusMonths(months);
        boolean passed = dueBy.isBefore(request.now().toLocalDate());
        Map<String, String> values = Map.of("parties", stage.partiesSpoken(), "meeting",
                StageWording.DUE_DATE.format(meeting), "dueBy", StageWording.DUE_DATE.format(dueBy),
                "months", months == 1 ? wording.text("escalation.oneMonth")
                        : wording.format("escalation.months", "count", String.valueOf(months)));
        Advice advice = new Advice().add(wording.format(passed ? "escalation.meetingOutcome.passed"
                : "escalation.meetingOutcome", values), stage.source());
        // the last stage's words on what follows it (the Chair's final decision, whom to ask if the outcome is late), or the
        // next stage
        policy.stage(stage.number() + 1).ifPresentOrElse(next -> {
            Map<String, String> nextValues = new StageWording(wording).nextValues(next, stage);
            advice.add(wording.format("escalation.next", nextValues), next.source()).nextStage(StageStep.of(nextValues));
        }, () -> advice.add(policy.afterLastStage()));
        advice.add(policy.doNotDelayRule());
        advice.essentialsEndHere();
        due.addRecord(advice, stage);
        ConversationState kept = request.state().settled();
        return Turn.of(request, advice, kept.withDialogue(kept.dialogue().withSlots(
                kept.slots().with(EscalationAdvisor.STAGE_NOW, String.valueOf(stage.number()))
                        .with(EscalationAdvisor.STAGE_TOLD, String.valueOf(stage.number())))), Route.ESCALATION);
    }
}
