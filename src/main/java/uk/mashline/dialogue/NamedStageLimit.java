package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * "How long do they get" right after "and after that who?" was answered with the next stage ({@link NoReplyAnswer}): the
 * time the stage just named has, and the day it would be due if raised when the case's own stage runs out - not the
 * case's own stage again (blind q39, B01: a Sandwell sergeant told "Stage 4 is next ... SCSP Chair" got stage 3's five
 * days) and not the last answer word for word (that was tried in the 39th session and read as a repeat). Nothing where
 * the last answer was not that one, or the case has no dated stage still running.
 */
final class NamedStageLimit {

    /**
     * The stage a "what if they dont reply / and after that" answer named first, kept beside
     * {@link EscalationAdvisor#STAGE_TOLD} (the furthest it named) and set to 0 by the first screen, whose own next stage
     * does not count: "how long do they get" after the first answer is about the case's own stage.
     */
    static final String NEXT_NAMED = "next_named";

    private final Wording wording;
    private final WorkingDayCalendar calendar;
    private final StageWording stages;

    NamedStageLimit(Wording wording, WorkingDayCalendar calendar) {
        this.wording = wording;
        this.calendar = calendar;
        this.stages = new StageWording(wording);
    }

    Optional<Advice> answer(AdviceRequest request) {
        Slots known = request.state().slots();
        int named = known.number(NEXT_NAMED).orElse(0);
        Optional<Integer> own = known.number(Slots.STAGE).filter(n -> n >= 1);
        Optional<LocalDate> raised = known.date(Slots.RAISED_ON);
        if (named == 0 || known.number(EscalationAdvisor.STAGE_TOLD).filter(t -> t >= named).isEmpty()
                || own.isEmpty() || raised.isEmpty() || named <= own.get()
                || known.number(EscalationAdvisor.STAGE_DONE).filter(own.get()::equals).isPresent()) {
            return Optional.empty();
        }
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Optional<EscalationStage> stage = policy.stage(named);
        try {
            LocalDate due = policy.deadline(own.get(), raised.get(), calendar).dueBy();
            if (stage.isEmpty() || due == null || due.isBefore(request.now().toLocalDate())) {
                return Optional.empty();
            }
            // each stage between is raised the day the one before it runs out, as the next-stage answer counted them; a
            // stage sharing the one before's limit is due the same day
            for (int n = own.get() + 1; n < named && due != null; n++) {
                due = shares(policy, n) ? due : policy.deadline(n, due, calendar).dueBy();
            }
            if (due == null) {
                return Optional.empty();
            }
            Map<String, String> values = stages.values(stage.get());
            values.put("before", String.valueOf(named - 1));
            values.put("raisedOn", StageWording.DUE_DATE.format(due));
            values.put("partnership", request.partnership().name());
            LocalDate next = shares(policy, named) ? due : policy.deadline(named, due, calendar).dueBy();
            Advice advice = new Advice();
            if (shares(policy, named)) {
                values.put("dueBy", StageWording.DUE_DATE.format(due));
                // the limit the two stages share is the earlier one's: "how long" is answered in days as well
                values.put("sharedDays", policy.stage(named - 1).map(s -> stages.values(s).get("days")).orElse(""));
                advice.add(wording.format("escalation.namedLimit.shared", values), stage.get().source());
            } else if (next == null) {
                values.put("note", stage.get().notStated() == null ? "" : stage.get().notStated());
                advice.add(wording.format("escalation.stageNoLimit", values), stage.get().source());
            } else {
                values.put("dueBy", StageWording.DUE_DATE.format(next));
                advice.add(wording.format("escalation.namedLimit", values), stage.get().source());
            }
            return Optional.of(advice.essentialsEndHere().add(policy.doNotDelayRule()));
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
    }

    /** Stage {@code n} shares the limit of the stage before it (the LSCB model's stages 2 and 3, seed 001 line 60). */
    private static boolean shares(EscalationPolicy policy, int n) {
        return policy.stage(n).map(s -> Integer.valueOf(n - 1).equals(s.sharesLimitWith())).orElse(false);
    }
}
