package uk.mashline.dialogue;

import uk.mashline.knowledge.Deadline;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answer for a case placed at a stage: its due date in working days (weekends and bank holidays skipped), or that it
 * has passed and the next stage with its date if raised today, then the next stage and what each stage must record. Where
 * a stage has no time limit in its document, it says so. Used by {@link EscalationAdvisor} once the stage is placed.
 */
final class StageDueAnswer {

    private static final DateTimeFormatter DATE = StageWording.DUE_DATE;

    /** Where one sentence ends and the next begins, as the reply budget splits them. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"(A-Z0-9])");

    private final Wording wording;
    private final WorkingDayCalendar calendar;
    private final StageWording stages;

    StageDueAnswer(Wording wording, WorkingDayCalendar calendar) {
        this.wording = wording;
        this.calendar = calendar;
        this.stages = new StageWording(wording);
    }

    /** The answer the flow exists for: this stage's due date, then the next stage and what to record. */
    Turn answer(AdviceRequest request, EscalationPolicy policy, int stageNumber, LocalDate raisedOn,
                boolean notYetRaised, boolean latest) {
        return answer(request, policy, stageNumber, raisedOn, notYetRaised, latest, Optional.empty());
    }

    /** @param sharedFrom the day the stage before was raised, where this stage shares its limit ({@link SharedLimit}) */
    Turn answer(AdviceRequest request, EscalationPolicy policy, int stageNumber, LocalDate raisedOn,
                boolean notYetRaised, boolean latest, Optional<LocalDate> sharedFrom) {
        Advice advice = new Advice();
        Deadline deadline;
        try {
            deadline = policy.deadline(stageNumber, raisedOn, calendar);
            if (sharedFrom.isPresent()) {
                // one limit for both stages, counted from the earlier stage's day (seed 001 line 60)
                Deadline shared = policy.deadline(policy.stage(stageNumber).orElseThrow().sharesLimitWith(), sharedFrom.get(),
                        calendar);
                deadline = new Deadline(stageNumber, raisedOn, shared.dueBy(), deadline.workingDays(), deadline.nextStage(),
                        deadline.note());
            }
        } catch (OutsideCalendarException e) {
            // accepts() keeps dates to the calendar; a due date past its end is said plainly, not guessed
            Advice beyond = new Advice().add(wording.text("escalation.beyondCalendar"));
            beyond.add(policy.pointOfContact());
            beyond.add(policy.doNotDelayRule());
            return Turn.of(request, beyond.essentialsEndHere(), request.state().settled(), Route.ESCALATION);
        }
        EscalationStage stage = policy.stage(stageNumber).orElseThrow();
        Map<String, String> values = stages.values(stage);
        values.put("raisedOn", latest ? wording.format("escalation.lastWeekEnd", "day", DATE.format(raisedOn))
                : DATE.format(raisedOn));
        values.put("partnership", request.partnership().name());
        String atTheLatest = latest ? wording.text("escalation.atTheLatest") : "";
        EscalationStage next = deadline.nextStage();
        Map<String, String> nextValues = next == null ? Map.of() : stages.nextValues(next, stage);
        boolean overdue = deadline.dueBy() != null && deadline.dueBy().isBefore(request.now().toLocalDate());
        // the talk told, where the document makes it a stage (the LSCB model's stage 1, lines 20-23, 51-52): counted from
        // the talk's day as every other partnership counts its next stage from the day it is raised, and said as the
        // caller's own talk, with the next stage open to them now if they have had their no (esc helper's leftover, 23rd
        // session: "i rang them this morning, theyre not budging" was told "stage 1 is due by" tomorrow, as if not begun)
        boolean talkWasStage = !notYetRaised && request.state().slots().number(Slots.STAGE).filter(n -> n == 0).isPresent()
                && policy.discussionIsStage().filter(s -> s.number() == stageNumber).isPresent();
        // the last stage says so in its first paragraph's second sentence, not behind "more" (the brief's leftover, 32nd
        // session: "Stage 4 is the last stage" came fourth, after the due date's three sentences on the web chat's first screen)
        String last = next == null ? wording.format("escalation.lastStage", Map.of("stage", String.valueOf(stageNumber),
                "partnership", request.partnership().name())) : null;
        // esc-44: "whats next" asked at the last stage ("gone all the way to stage 4 with the MSCP, what comes after that", "been
        // through all 4 stages, whats next": own set esc-44-a XM05, XN04 - the stage's limit, what follows it behind "more"):
        // what the document says comes after its last stage, first
        boolean afterLastAsked = stages.afterLastFirst(advice, stage, policy, request.text());
        if (deadline.dueBy() == null) {
            values.put("note", deadline.note() == null ? "" : deadline.note());
            advice.add(secondSentence(wording.format("escalation.stageNoLimit", values), last), stage.source());
            stages.addContactIfUnnamed(advice, stage, policy);
        } else if (overdue) {
            // past its due date, "what now?" is answered first: the date has passed, and the next stage (or that
            // there is none); then what the stage was
            values.put("dueBy", DATE.format(deadline.dueBy()) + atTheLatest);
            if (next != null) {
                Map<String, String> both = new HashMap<>(values);
                nextValues.forEach((k, v) -> both.put("next" + Character.toUpperCase(k.charAt(0)) + k.substring(1), v));
                advice.add(wording.format("escalation.overdueNext", both), stage.source()).caseDue(values.get("dueBy"), true)
                        .nextStage(new StageStep(both.get("nextStage"), both.get("nextParties"), null));
                if (Integer.valueOf(stageNumber).equals(next.sharesLimitWith())) {
                    // a next stage sharing this one's limit (the LSCB model's stages 2 and 3, line 60) was due the same
                    // day, so it has no date of its own to give if raised today; the stage after it has (esc helper's
                    // known gap, 17th session: "if you raise stage 3 today, it is due by" two working days on)
                    advice.add(wording.format("escalation.overdueNextShared", both), next.source());
                    policy.stage(next.number() + 1).ifPresent(after -> {
                        Map<String, String> afterValues = stages.nextValues(after, next);
                        advice.add(wording.format("escalation.next", afterValues), after.source())
                                .nextStage(StageStep.of(afterValues));
                    });
                } else {
                    // the date that matters now is the next stage's, if it is raised today: on SMS the first text
                    // has room for little more than these two sentences
                    Optional<LocalDate> nextDue = dueIfRaisedToday(policy, next, request.now().toLocalDate());
                    nextDue.ifPresent(due -> both.put("nextDueBy", DATE.format(due)));
                    advice.add(wording.format(nextDue.isPresent() ? "escalation.overdueNextDue"
                            : "escalation.overdueNextLimit", both), next.source());
                }
            } else {
                advice.add(wording.format("escalation.overdueLast", values), stage.source());
                // what the document says comes after its last stage, or that it is silent (esc helper's leftover, 30th
                // session: "so what now" after an overdue Sandwell stage 4 got the stages listed again)
                if (!afterLastAsked) {
                    advice.add(policy.afterLastStage());
                }
            }
            advice.add(wording.format("escalation.stageIs", values), stage.source());
        } else {
            values.put("dueBy", DATE.format(deadline.dueBy()) + atTheLatest);
            boolean coming = raisedOn.isAfter(request.now().toLocalDate());
            sharedFrom.ifPresent(from -> {
                values.put("from", DATE.format(from));
                values.put("before", String.valueOf(stage.sharesLimitWith()));
            });
            advice.add(secondSentence(wording.format(notYetRaised ? coming ? "escalation.stageDueIfRaisedOn"
                    : "escalation.stageDueIfRaisedToday" : talkWasStage ? "escalation.talkWasStage"
                    : sharedFrom.isPresent() ? "escalation.stageDueShared" : "escalation.stageDue", values), last),
                    stage.source());
            if (notYetRaised && !coming) {
                advice.raiseToday(StageStep.of(values));
            } else if (!talkWasStage) {
                advice.caseDue(values.get("dueBy"), false);
            }
        }
        if (next != null && !overdue) {
            advice.add(wording.format(talkWasStage ? "escalation.nextAfterTalk" : "escalation.next", nextValues),
                    next.source()).nextStage(StageStep.of(nextValues));
        } else if (next == null && !overdue && !afterLastAsked) {
            advice.add(policy.afterLastStage());
        }
        advice.add(policy.doNotDelayRule());
        advice.essentialsEndHere();
        // this stage's own recording rules (a stage-1 case-file summary, say), the policy-wide ones
        // (notify the IRO for a child on a plan), then the next stage's
        // the same instruction is said once: a stage's items that the next stage repeats are not given again
        addRecord(advice, stage);
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        if (next != null && !next.mustRecord().equals(stage.mustRecord())) {
            addRecord(advice, next);
        }
        if (!request.style().brief()) {
            policy.specialCasesFor(request.state().slots().get(Slots.DECISION)).forEach(r -> advice.add(r.text(), r.source()));
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
        }
        // "who is that" next asks after the stage this answer sends the caller to (DirectQuestions.contact)
        int now = overdue && next != null ? next.number() : stageNumber;
        // the furthest stage named on the first screen: "then what" moves past it (NoReplyAnswer)
        int told = next == null ? stageNumber : overdue && Integer.valueOf(stageNumber).equals(next.sharesLimitWith())
                ? policy.stage(next.number() + 1).map(EscalationStage::number).orElse(next.number()) : next.number();
        ConversationState kept = request.state().settled();
        return Turn.of(request, advice, kept.withDialogue(kept.dialogue().withSlots(
                kept.slots().with(EscalationAdvisor.STAGE_NOW, String.valueOf(now))
                        .with(EscalationAdvisor.STAGE_TOLD, String.valueOf(told))
                        // the first screen names its own next stage: "how long do they get" now asks of the case's
                        .with(NamedStageLimit.NEXT_NAMED, "0"))), Route.ESCALATION);
    }

    /** {@code paragraph} with {@code sentence} after its first sentence (the date stays first); unchanged where null. */
    static String secondSentence(String paragraph, String sentence) {
        if (sentence == null) {
            return paragraph;
        }
        String[] first = SENTENCE_END.split(paragraph.strip(), 2);
        return first.length == 1 ? first[0] + " " + sentence : first[0] + " " + sentence + " " + first[1];
    }

    void addRecord(Advice advice, EscalationStage stage) {
        if (!stage.mustRecord().isEmpty()) {
            advice.add(wording.format("escalation.recordStage", "stage", String.valueOf(stage.number()),
                    "items", String.join(" ", stage.mustRecord())), stage.source());
        }
    }

    /** A stage raised on the day the caller gave whose limit ended before today. */
    boolean pastItsLimit(EscalationPolicy policy, int stage, Slots known, LocalDate today) {
        Optional<LocalDate> raisedOn = known.date(Slots.RAISED_ON);
        if (raisedOn.isEmpty()) {
            return false;
        }
        try {
            LocalDate due = policy.deadline(stage, raisedOn.get(), calendar).dueBy();
            return due != null && due.isBefore(today);
        } catch (OutsideCalendarException e) {
            return false;
        }
    }

    /** A stage's due date if the caller raises it today; empty where its document sets no limit. */
    Optional<LocalDate> dueIfRaisedToday(EscalationPolicy policy, EscalationStage stage, LocalDate today) {
        try {
            return Optional.ofNullable(policy.deadline(stage.number(), today, calendar).dueBy());
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
    }
}
