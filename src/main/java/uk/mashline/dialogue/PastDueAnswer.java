package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.Optional;

/**
 * "Is it overdue now?", "are they late then?", "have they run out of time yet?" after a stage was answered with the day it
 * was raised: yes or not yet first, today set against that stage's due date in working days, then the stage's answer as
 * {@link StageDueAnswer} gives it (past its date, the next stage to go to now). Nothing where the case has no stage raised
 * on a known day (the follow-ups then give the last answer's date again) or the stage is said to be done (the next one is
 * the case's). The brief's leftover, 34th session: an LSCB DSL told stage 4 was due on the 14th asked "is it overdue now?"
 * and got "I cannot answer that one here".
 */
final class PastDueAnswer {

    private final Wording wording;
    private final WorkingDayCalendar calendar;
    private final StageDueAnswer due;

    PastDueAnswer(Wording wording, WorkingDayCalendar calendar, StageDueAnswer due) {
        this.wording = wording;
        this.calendar = calendar;
        this.due = due;
    }

    Optional<Turn> answer(AdviceRequest request) {
        Slots known = request.state().slots();
        EscalationPolicy policy = request.partnership().escalationPolicy();
        // the talk told, where the document makes it a stage (the LSCB model's stage 1): that stage, from the talk's day
        Optional<Integer> stage = known.number(Slots.STAGE)
                .map(n -> n == 0 ? policy.discussionIsStage().map(EscalationStage::number).orElse(0) : n)
                .filter(n -> n >= 1 && policy.stage(n).isPresent());
        Optional<LocalDate> raised = known.date(Slots.RAISED_ON);
        if (stage.isEmpty() || raised.isEmpty() || EscalationAdvisor.stageDone(known, stage.get())) {
            return Optional.empty();
        }
        LocalDate dueBy;
        try {
            dueBy = policy.deadline(stage.get(), raised.get(), calendar).dueBy();
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
        if (dueBy == null) {
            return Optional.empty();
        }
        LocalDate today = request.now().toLocalDate();
        String key = dueBy.isBefore(today) ? "escalation.pastDue.yes"
                : dueBy.isEqual(today) ? "escalation.pastDue.today" : "escalation.pastDue.notYet";
        // "last wk": counted from the week's last day, as the stage's own answer counted it
        boolean latest = known.get(SlotQuestion.latest(Slots.RAISED_ON)).filter(raised.get().toString()::equals).isPresent();
        Turn answer = due.answer(request, policy, stage.get(), raised.get(), false, latest);
        answer.advice().putFirst(wording.text(key));
        return Optional.of(answer);
    }
}
