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

    /**
     * @param afterThat "then what", "and after that?": where the last answer already named the stage this would give, the
     *                  stage after it as well, and the stage after that where both were named
     */
    Optional<Turn> answer(AdviceRequest request, boolean afterThat) {
        Slots known = request.state().slots();
        int told = known.number(EscalationAdvisor.STAGE_TOLD).orElse(0);
        EscalationPolicy policy = request.partnership().escalationPolicy();
        // "whats the step after if the service managers say no too" (kind 7 of the blind q42 start, own set esc-42-b B06/B07:
        // the stage after the case's own, which the question had named): the stage after the one whose people it names
        String t = PatternFile.cueText(request.text()).strip();
        Optional<Integer> saidNo = AskedCues.asks(AskedCues.PEOPLE_SAY_NO, t) ? DirectQuestions.heldIn(t, policy)
                .filter(n -> n >= 1 && n >= known.number(Slots.STAGE).orElse(0)) : Optional.empty();
        if (saidNo.isPresent() && policy.stage(saidNo.get() + 1).isPresent()) {
            EscalationStage after = policy.stage(saidNo.get() + 1).orElseThrow();
            Map<String, String> values = new java.util.HashMap<>(stages.nextValues(after,
                    policy.stage(saidNo.get()).orElseThrow()));
            values.put("last", String.valueOf(saidNo.get()));
            return told(request, new Advice().add(wording.format("escalation.afterTold", values), after.source())
                    .add(policy.doNotDelayRule()).essentialsEndHere(), Math.max(told, after.number()), after.number());
        }
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
        // esc-50: ... and so where the talk is itself a stage (the LSCB model's stage 1) and its no was told ("talked it through
        // with the mash sw yesterday and got nowhere": the answer gave stage 2 if raised today; own set esc-50-a LB02, the esc-49
        // leftover): "so whats next" asks from that unraised stage 2, not from the talk's own day, which named stage 3 as told
        // and jumped to stage 4
        if (known.number(Slots.STAGE).filter(n -> n == 0).isPresent() && EscalationAdvisor.stageDone(known, 0)
                && policy.discussionIsStage().isPresent()) {
            Optional<Integer> now = known.number(EscalationAdvisor.STAGE_NOW).filter(n -> n >= 1);
            if (now.isPresent()) {
                stage = now;
                raised = Optional.of(request.now().toLocalDate());
                // that stage's date if raised today was the last answer's own: not said again, the stage after it is new
                notYetRaised = false;
            }
        }
        // "went to the team manager, then head of service on 26th nov, got nowhere": the answer gave the stage after the one
        // done, raised today; "and after them?" asks after that one (esc helper's unseen set, 28th session: "I cannot answer
        // that one here" to a Sandwell SENCO)
        if (stage.isPresent() && known.number(EscalationAdvisor.STAGE_DONE).filter(stage.get()::equals).isPresent()) {
            int done = stage.get();
            stage = known.number(EscalationAdvisor.STAGE_NOW).filter(n -> n == done + 1);
            raised = Optional.of(request.now().toLocalDate());
            notYetRaised = stage.isPresent();
        }
        // the case at the last stage with no day told (Medway's stage 4, whose date is not asked, the guidance giving it no
        // time limit): what follows it needs no date (esc helper's own set, 37th session: "what can i do if i still disagree
        // after that" got stage 4 again)
        if (stage.isPresent() && raised.isEmpty() && policy.stage(stage.get() + 1).isEmpty()) {
            return lastStage(request, policy, policy.stage(stage.get()).orElseThrow(), false, told);
        }
        if (stage.isEmpty() || raised.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = request.now().toLocalDate();
        // the last answer sent the caller on to the next stage now, its own stage's days gone: "so what now" is that stage
        // first, then the one after it (esc helper's leftover, 30th session: a Sandwell stage 2 past its days was told of
        // stage 4 "if not resolved by" a date, stage 3 unsaid)
        boolean sentOnNow = false;
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
                    // esc-44: "ok what now" right after being sent on to it (the blind tester's kind 8, own set esc-44-b B10:
                    // stage 4 given, stage 3 left unnamed): that stage and its people first, then the one after it; "and if
                    // that doesnt work" asks past it, to the one after only
                    Advice advice = new Advice();
                    if (!afterThat) {
                        Map<String, String> now = stages.values(sharing.get());
                        now.put("before", String.valueOf(reached));
                        advice.add(wording.format("escalation.goToSharedNow", now), sharing.get().source());
                    }
                    return policy.stage(sentOn.get() + 1).flatMap(after -> {
                        Map<String, String> afterValues = stages.nextValues(after, sharing.get());
                        advice.add(wording.format("escalation.next", afterValues), after.source())
                                .nextStage(StageStep.of(afterValues));
                        return told(request, advice.add(policy.doNotDelayRule()).essentialsEndHere(),
                                Math.max(told, after.number()), after.number());
                    });
                }
                stage = sentOn;
                raised = Optional.of(today);
                sentOnNow = true;
            }
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
        Optional<EscalationStage> next = policy.stage(stage.get() + 1);
        try {
            LocalDate due = policy.deadline(stage.get(), raised.get(), calendar).dueBy();
            // the case at the last stage (its days run out or not): what the document says comes after it, or that it is
            // silent and whom to ask (esc helper's leftover, 30th session: "so what now" after an overdue Sandwell stage 4
            // got the stages listed again, "and if the panel dont sort it?" the LSCB's four stages)
            if (next.isEmpty()) {
                return lastStage(request, policy, policy.stage(stage.get()).orElseThrow(), sentOnNow && !afterThat, told);
            }
            if (due == null || due.isBefore(today)) {
                return Optional.empty();
            }
            LocalDate nextDue = policy.deadline(next.get().number(), due, calendar).dueBy();
            int named = next.get().number();
            // both this next stage and the one after it were named already: only what comes after those
            // ... and "what if they ignore it" right after such an answer (esc-40, the blind tester's kind 4: the last answer
            // again, word for word): "they" are the last people it named, so what comes after them
            // esc-44: ... and so too where the last answer was this one, naming that same stage first ("what if that doesnt
            // work either" after "stage 2 is next if...": own set esc-44-a XL06, stage 2 given again word for word)
            boolean namedLast = known.number(NamedStageLimit.NEXT_NAMED).filter(n -> n == named).isPresent();
            if (named < told || named == told && namedLast) {
                return afterTold(request, policy, told, afterThat);
            }
            Map<String, String> values = stages.values(next.get());
            values.put("dueBy", DATE.format(due));
            Advice advice = new Advice();
            // the unraised stage was the last answer's own: "then what" asks past it, so it is not said again
            if (notYetRaised && !(afterThat && named <= told) || sentOnNow && !afterThat) {
                EscalationStage unraised = policy.stage(stage.get()).orElseThrow();
                Map<String, String> first = stages.values(unraised);
                first.put("dueBy", DATE.format(due));
                advice.add(wording.format("escalation.notYetRaised", first), unraised.source())
                        .raiseToday(StageStep.of(first));
            }
            // a next stage that shares this one's limit (the LSCB model's stages 2 and 3, line 60) is due the same day,
            // not two working days after it (esc helper's unseen set, 17th session: Tuesday 8 December for a stage 2
            // raised on Wednesday 2 December)
            boolean shared = stage.get().equals(next.get().sharesLimitWith());
            advice.nextStage(new StageStep(values.get("stage"), values.get("parties"), null));
            if (shared) {
                values.put("shared", String.valueOf(stage.get()));
                advice.add(wording.format("escalation.ifNoReplyShared", values), next.get().source());
            } else if (nextDue == null) {
                advice.add(wording.format("escalation.ifNoReplyNoLimit", values), next.get().source());
            } else {
                values.put("nextDueBy", DATE.format(nextDue));
                advice.add(wording.format("escalation.ifNoReply", values), next.get().source());
            }
            // the next stage was named already: what follows it too, so the answer moves on
            Optional<EscalationStage> after = afterThat && named <= told ? policy.stage(named + 1) : Optional.empty();
            after.ifPresent(a -> advice.add(wording.format("escalation.afterThat", stages.nextValues(a, next.get())),
                    a.source()));
            if (afterThat && named <= told && after.isEmpty()) {
                advice.add(wording.format("escalation.lastStage", Map.of("stage", String.valueOf(named),
                        "partnership", request.partnership().name())));
                advice.add(policy.afterLastStage());
            }
            advice.add(policy.doNotDelayRule());
            // "how long do they get" next asks of the stage this answer named first (NamedStageLimit), not the one after it
            return told(request, advice.essentialsEndHere(), Math.max(told, after.map(EscalationStage::number)
                    .orElse(named)), named);
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
    }

    /**
     * The case at the last stage: that stage first where the caller was only now sent on to it ({@code sentOn}: "go to stage
     * 4 now"), then that it is the last and what the document says follows it (or that it is silent, and whom to ask).
     */
    private Optional<Turn> lastStage(AdviceRequest request, EscalationPolicy policy, EscalationStage last, boolean sentOn,
                                     int told) {
        if (policy.afterLastStage() == null) {
            return Optional.empty();
        }
        Advice advice = new Advice();
        if (sentOn) {
            Map<String, String> values = stages.values(last);
            values.put("note", last.notStated() == null ? "" : last.notStated());
            advice.add(wording.format("escalation.goToLastNow", values), last.source());
        }
        // esc-50: where the last answer already told the case was at it ("and if they ignore that" after a Sandwell stage 4's
        // date: own set esc-50-a SB05 - that sentence alone on the first screen, what the document says follows behind "more"),
        // what follows it first
        String lastSaid = wording.format("escalation.lastStage", Map.of("stage", String.valueOf(last.number()),
                "partnership", request.partnership().name()));
        boolean toldAlready = !sentOn && told >= last.number();
        if (!toldAlready) {
            advice.add(lastSaid);
        }
        advice.add(policy.afterLastStage());
        if (toldAlready) {
            advice.add(lastSaid);
        }
        advice.add(policy.doNotDelayRule());
        return told(request, advice.essentialsEndHere(), Math.max(told, last.number()), last.number());
    }

    /** "And after that?" once the stage after the case's and the one after that were both named: the stage after those. */
    private Optional<Turn> afterTold(AdviceRequest request, EscalationPolicy policy, int told, boolean afterThat) {
        Optional<EscalationStage> last = policy.stage(told);
        Optional<EscalationStage> after = policy.stage(told + 1);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Advice advice = new Advice();
        if (after.isPresent()) {
            // "what if they ignore it" names no stage: the one it follows is said, as a new turn cannot lean on "that"
            Map<String, String> values = stages.nextValues(after.get(), last.get());
            values.put("last", String.valueOf(told));
            advice.add(wording.format(afterThat ? "escalation.afterThat" : "escalation.afterTold", values),
                    after.get().source());
        } else {
            advice.add(wording.format("escalation.lastStage", Map.of("stage", String.valueOf(told),
                    "partnership", request.partnership().name())));
            advice.add(policy.afterLastStage());
        }
        advice.add(policy.doNotDelayRule());
        int furthest = after.map(EscalationStage::number).orElse(told);
        return told(request, advice.essentialsEndHere(), furthest, furthest);
    }

    /**
     * The answer, with the furthest stage it named kept for the next "and after that?", and the stage it named first for
     * "how long do they get" ({@link NamedStageLimit}).
     */
    private static Optional<Turn> told(AdviceRequest request, Advice advice, int told, int named) {
        ConversationState state = request.state();
        return Optional.of(Turn.of(request, advice, state.withDialogue(state.dialogue().withSlots(
                state.slots().with(EscalationAdvisor.STAGE_TOLD, String.valueOf(told))
                        .with(NamedStageLimit.NEXT_NAMED, String.valueOf(named)))), Route.ESCALATION));
    }
}
