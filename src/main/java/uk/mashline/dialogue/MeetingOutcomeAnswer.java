package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;

import java.time.LocalDate;
import java.util.Map;

/**
 * "The chair had the resolution meeting on thurs 3rd, when should we get the outcome?": where a document dates a stage's
 * outcome from the meeting it holds (Sandwell's stage 4: shared with all parties within one month of the meeting, seed 003
 * line 232), the day the outcome is due, counted in calendar months from the meeting's day - not the stage's own limit in
 * working days counted as if the meeting's day had raised it. Then what follows the stage, as for any answer at it.
 */
final class MeetingOutcomeAnswer {

    private final Wording wording;
    private final StageDueAnswer due;

    MeetingOutcomeAnswer(Wording wording, StageDueAnswer due) {
        this.wording = wording;
        this.due = due;
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
        policy.stage(stage.number() + 1).ifPresentOrElse(next -> advice.add(wording.format("escalation.next",
                new StageWording(wording).nextValues(next, stage)), next.source()), () -> advice.add(policy.afterLastStage()));
        advice.add(policy.doNotDelayRule());
        advice.essentialsEndHere();
        due.addRecord(advice, stage);
        ConversationState kept = request.state().settled();
        return Turn.of(request, advice, kept.withDialogue(kept.dialogue().withSlots(
                kept.slots().with(EscalationAdvisor.STAGE_NOW, String.valueOf(stage.number()))
                        .with(EscalationAdvisor.STAGE_TOLD, String.valueOf(stage.number())))), Route.ESCALATION);
    }
}
