package uk.mashline.dialogue;

import uk.mashline.knowledge.Deadline;
import uk.mashline.knowledge.EscalationAudience;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationRoute;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guided escalation's answer, once the escalation flow (dialogue/flows.yml) knows who is asking,
 * whether the initial professional discussion happened, which stage was reached and when: this stage's
 * due date, the next stage, who to go to and what to record, in working days. Where the policy states no stages or no
 * timescale, it says so and points to the published contact.
 */
public final class EscalationAdvisor implements RouteAdvisor, FlowHooks {

    private static final String HAS_STAGES = "has_stages";
    /** flows.yml: the policy sends some decisions along a route of its own, so which decision changes the answer. */
    private static final String HAS_OWN_ROUTES = "has_own_routes";
    private static final String MAY_USE_POLICY = "may_use_policy";
    private static final String FOLLOWS_STAGES = "follows_stages";
    /** The stage the caller said is done ("ive already done stage 1"), kept as its number so a new case's stage is not. */
    public static final String STAGE_DONE = "stage_done";
    /** The stage the last answer told the caller to act on (the next one where the reached stage is past its limit). */
    public static final String STAGE_NOW = "stage_now";
    /** flows.yml: the stage reached is not one the caller said is done (then its date is not asked). */
    private static final String STAGE_NOT_DONE = "stage_not_done";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Wording wording;
    private final HelpNow helpNow;
    private final WorkingDayCalendar calendar;
    private final NationalHelp national;
    private final StageWording stages;
    private final NoReplyAnswer noReply;

    private final List<Pattern> asksContact;
    private final List<Pattern> asksProcess;

    /** @param asksContact "who do i contact?" inside a longer message (dialogue/asks-contact.tsv, label inside) */
    public EscalationAdvisor(Wording wording, HelpNow helpNow, WorkingDayCalendar calendar, NationalHelp national,
                             List<Pattern> asksContact) {
        this(wording, helpNow, calendar, national, asksContact, List.of());
    }

    /** @param asksProcess "whats the escalation process": the stages in brief before the first question (dialogue/asks-process.txt) */
    public EscalationAdvisor(Wording wording, HelpNow helpNow, WorkingDayCalendar calendar, NationalHelp national,
                             List<Pattern> asksContact, List<Pattern> asksProcess) {
        this.asksContact = List.copyOf(asksContact);
        this.asksProcess = List.copyOf(asksProcess);
        this.national = national;
        this.stages = new StageWording(wording);
        this.noReply = new NoReplyAnswer(wording, calendar);
        this.wording = wording;
        this.helpNow = helpNow;
        this.calendar = calendar;
    }

    /** "What if they dont reply?" after a dated stage: the day to move on and the next stage's date ({@link NoReplyAnswer}). */
    @Override
    public Optional<Advice> ifNoReply(AdviceRequest request) {
        return noReply.answer(request);
    }

    /** Every slot the escalation flow needs is known (flows.yml): the answer for what the caller told us. */
    @Override
    public Turn advise(AdviceRequest request) {
        Slots known = request.state().slots();
        EscalationPolicy policy = request.partnership().escalationPolicy();
        CallerRole role = known.get(Slots.ROLE).map(CallerRole::valueOf).orElse(request.role());
        if (role != CallerRole.PROFESSIONAL && policy.whoMayEscalate().audience() != EscalationAudience.ANYONE_IN_CHILDS_NETWORK) {
            return forChild(request, role, forFamilies(request));
        }
        Optional<EscalationRoute> own = ownRoute(request);
        if (own.isPresent()) {
            return ownRoute(request, policy, own.get());
        }
        if (known.flag(Slots.INITIAL_DISCUSSION).filter(held -> !held).isPresent()) {
            return startWithDiscussion(request, policy);
        }
        int stage = known.number(Slots.STAGE).orElse(0);
        // stages the document does not describe are not asked for, but one the caller named is answered
        if (!describesStages(policy) && (stage == 0 || policy.stages().isEmpty())) {
            return noStagesOr(request, policy, new Advice());
        }
        // "idk" to the stage: every stage and its limit, to place the case by; "dunno when" to the date: the stage
        // without a due date, never one counted from a day the caller did not give
        if (known.number(Slots.STAGE).isEmpty() && known.flag(Slots.INITIAL_DISCUSSION).orElse(false)) {
            return stagesWithoutCase(request, policy);
        }
        // the first discussion had: where the document makes that talk a stage (the LSCB model's stage 1), it is that
        // stage, counted from the day of the talk, or over where no day was given (lead's sealed q9, Q903: "we spoke to
        // the social worker directly on friday" was counted from today)
        if (stage == 0) {
            Optional<EscalationStage> talk = policy.discussionIsStage();
            if (talk.isEmpty()) {
                return advise(request, policy, 1, request.now().toLocalDate(), true, false);
            }
            stage = talk.get().number();
            if (known.date(Slots.RAISED_ON).isEmpty() && policy.stage(stage + 1).isPresent()) {
                return advise(request, policy, stage + 1, request.now().toLocalDate(), true, false);
            }
        }
        // "ive already done stage 1, what now": the next stage, due if raised today, not stage 1's date asked for; and
        // "stage 2 didnt resolve it on 27th nov": the day it failed is not the next stage's start (known failure); but
        // "took it to the head of service on the 20th nov, still unresolved", past that stage's limit, says when it was
        // due and that the day has passed before the next stage (the last session's known gap: only the next stage)
        if (stageDone(known, stage) && policy.stage(stage + 1).isPresent()
                && !pastItsLimit(policy, stage, known, request.now().toLocalDate())) {
            return advise(request, policy, stage + 1, request.now().toLocalDate(), true, false);
        }
        if (known.date(Slots.RAISED_ON).isEmpty() && policy.stage(stage).isPresent()) {
            return stageWithoutDate(request, policy, policy.stage(stage).get());
        }
        LocalDate raisedOn = known.date(Slots.RAISED_ON).orElse(request.now().toLocalDate());
        // "last wk": counted from the week's last day, so the date is the latest it can be, and said so
        boolean latest = known.get(SlotQuestion.latest(Slots.RAISED_ON)).filter(raisedOn.toString()::equals).isPresent();
        return advise(request, policy, stage, raisedOn, false, latest);
    }

    /**
     * The policy's own route for the decision disagreed with (LSCB model: dissent at a child protection conference
     * goes to the Chair first), unless the caller has already said which of the numbered stages they reached.
     */
    private static Optional<EscalationRoute> ownRoute(AdviceRequest request) {
        Slots known = request.state().slots();
        if (known.has(Slots.STAGE)) {
            return Optional.empty();
        }
        return known.get(Slots.DECISION).flatMap(decision -> request.partnership().escalationPolicy()
                .ownRoute(decision, request.text(), known.get(Slots.PROFESSION).orElse(null)));
    }

    /** That route first, in the policy's words, never a stage 1 question that does not apply to it. */
    private Turn ownRoute(AdviceRequest request, EscalationPolicy policy, EscalationRoute route) {
        Advice advice = new Advice().add(route.text().text(), route.text().source());
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        if (!request.style().brief()) {
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
        }
        return done(request, advice);
    }

    private static boolean stageDone(Slots known, int stage) {
        return known.number(STAGE_DONE).filter(done -> done == stage).isPresent();
    }

    private Turn stagesWithoutCase(AdviceRequest request, EscalationPolicy policy) {
        Advice advice = new Advice().add(wording.format("escalation.stagesAre", Map.of("partnership",
                request.partnership().name(), "count", String.valueOf(policy.stages().size()),
                "stages", stages.listWithLimits(policy))), policy.stages().get(0).source());
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        advice.add(wording.text(DirectQuestions.offer(request.state().slots())));
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        return done(request, advice);
    }

    private Turn stageWithoutDate(AdviceRequest request, EscalationPolicy policy, EscalationStage stage) {
        Advice advice = new Advice();
        stages.describe(advice, stage, policy, request.partnership().name());
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        if (stage.workingDays() != null) {
            advice.add(wording.format("escalation.dateOffer", "stage", String.valueOf(stage.number())));
        }
        addRecord(advice, stage);
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        return done(request, advice);
    }

    @Override
    public boolean holds(String condition, AdviceRequest request) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        return switch (condition) {
            case HAS_STAGES -> describesStages(policy);
            case HAS_OWN_ROUTES -> !policy.ownRoutes().isEmpty();
            case STAGE_NOT_DONE -> !stageDone(request.state().slots(),
                    request.state().slots().number(Slots.STAGE).orElse(-1));
            case MAY_USE_POLICY -> request.role() == CallerRole.PROFESSIONAL
                    || policy.whoMayEscalate().audience() == EscalationAudience.ANYONE_IN_CHILDS_NETWORK;
            case FOLLOWS_STAGES -> ownRoute(request).isEmpty();
            default -> false;
        };
    }

    @Override
    public Map<String, String> questionValues(String slot, AdviceRequest request) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        return Map.of("stages", stages.list(policy, request.style().spoken()));
    }

    /** A stage the policy has; a date the calendar covers, not in the future. */
    @Override
    public boolean accepts(String slot, String value, AdviceRequest request) {
        var known = new Slots(Map.of(slot, value));
        return switch (slot) {
            case Slots.STAGE -> known.number(slot)
                    .filter(n -> n >= 0 && n <= request.partnership().escalationPolicy().stages().size()).isPresent();
            case Slots.RAISED_ON -> known.date(slot)
                    .filter(d -> !d.isAfter(request.now().toLocalDate()) && calendar.covers(d)).isPresent();
            default -> true;
        };
    }

    /**
     * "Whats the escalation process", "how does escalation work": the stages in one sentence before the first question,
     * as a duty worker explains before asking (lead's probe, 1 Dec: only "which decision?"); a policy that describes none
     * says so in its own first sentence. Not once the caller has placed their case at a stage.
     */
    @Override
    public void brief(String slot, AdviceRequest request, Advice advice) {
        String text = PatternFile.cueText(request.text());
        Slots known = request.state().slots();
        if (known.has(Slots.STAGE) || known.has(Slots.RAISED_ON) || request.role() == CallerRole.CHILD
                || asksProcess.stream().noneMatch(p -> p.matcher(text).find())) {
            return;
        }
        EscalationPolicy policy = request.partnership().escalationPolicy();
        if (describesStages(policy)) {
            advice.add(wording.format("escalation.stagesAre", Map.of("partnership", request.partnership().name(),
                    "count", String.valueOf(policy.stages().size()), "stages", stages.listWithLimits(policy))),
                    policy.stages().get(0).source());
            return;
        }
        // the document's own words on its stages, first sentence only: the question must stay on the first screen
        Optional<SourcedText> said = Optional.ofNullable(policy.stagesNotStated()).or(() -> policy.stages().stream()
                .filter(s -> s.notStated() != null).findFirst().map(s -> new SourcedText(s.notStated(), s.source())));
        said.ifPresent(t -> advice.add(FIRST_SENTENCE.split(t.text(), 2)[0], t.source()));
    }

    /** Where a document's paragraph ends its first sentence. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    @Override
    public void beforeAsking(String slot, AdviceRequest request, Advice advice) {
        // what the initial discussion is, beside the question whether it happened; who may escalate is only
        // said to someone it may exclude (the answers for parents and children), not to every practitioner
        if (slot.equals(Slots.INITIAL_DISCUSSION)) {
            EscalationPolicy policy = request.partnership().escalationPolicy();
            advice.add(policy.initialDiscussion());
            // and who comes next if it does not settle it, so a practitioner knows the first stage before being asked
            // (blind set 7, B20: a Medway DSL was told only to talk it through)
            if (describesStages(policy)) {
                policy.stage(1).ifPresent(first -> advice.add(wording.format("escalation.thenStage",
                        stageValues(first)), first.source()));
            } else {
                // a document with no stages (West Sussex) leaves its contact as the one thing to act on: beside the
                // question, not only under "more" (own unseen set, 1 Dec: a youth worker got no number)
                advice.add(policy.pointOfContact());
            }
        }
        // "...we disagree with the mash decision to close the case, who do i contact?": the policy's contact beside
        // the question, not only under "more" (lead's trial, 30 Nov); not before the role is known, for families
        // are given other numbers
        SourcedText contact = request.partnership().escalationPolicy().pointOfContact();
        String text = PatternFile.cueText(request.text());
        // where the document prints no other number (North Tyneside), its contact for disagreeing is the one thing the
        // caller can act on, so it comes beside the first question too (blind set 6, G12: a nan's was under "more")
        boolean onlyNumber = helpNow.frontDoor(request.partnership()).map(c -> c.phone()).isEmpty()
                && contact != null && contact.text().matches("(?s).*\\d{4} ?\\d{3} ?\\d{3,4}.*");
        if (!slot.equals(Slots.ROLE) && contact != null
                && (onlyNumber || asksContact.stream().anyMatch(p -> p.matcher(text).find()))
                && advice.putSecond(contact.text())) {
            advice.cite(contact.source());
        }
    }

    /** A child unhappy with a decision about them can always talk it through with Childline. */
    private Turn forChild(AdviceRequest request, CallerRole role, Turn turn) {
        if (role == CallerRole.CHILD) {
            national.addChildline(turn.advice(), request.style());
        }
        return turn;
    }

    /**
     * A parent, relative, child or anyone else where the policy is for professionals, or does not say who may use
     * it: what they can do (the council's complaints process) and a number to talk it through, never who the policy
     * names or what its document leaves out, which are for professionals.
     */
    private Turn forFamilies(AdviceRequest request) {
        var p = request.partnership();
        Advice advice = new Advice().add(wording.text("escalation.forFamilies"));
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        // the document's own route for a family (Medway: complaints go first through line management), or that it
        // describes none, among the essentials after the number (a call's first prompt must keep the number): what a
        // parent can do is the answer, also to "what can i do about it" (lead's weak spot, 1 Dec: the menu)
        if (p.complaints().notStated()) {
            advice.add(wording.format("escalation.familiesSilent", "partnership", p.name()));
        } else {
            advice.add(p.complaints().text(), p.complaints().source());
        }
        advice.essentialsEndHere();
        if (p.complaints().notStated()) {
            advice.add(wording.text("complaint.council"));
        }
        return done(request, advice.add(wording.text("escalation.danger")));
    }

    private Turn startWithDiscussion(AdviceRequest request, EscalationPolicy policy) {
        Advice advice = new Advice().add(wording.text("escalation.startWithDiscussion"));
        advice.add(policy.initialDiscussion());
        if (!describesStages(policy)) {
            return noStagesOr(request, policy, advice);
        }
        addDoNotDelay(advice, policy);
        policy.stage(1).ifPresent(first -> advice.add(wording.format("escalation.thenStage", stageValues(first)),
                first.source()));
        advice.essentialsEndHere();
        // what stage 1 must record reaches the caller before they get there
        policy.stage(1).ifPresent(first -> addRecord(advice, first));
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        return done(request, advice);
    }

    /** The answer the flow exists for: this stage's due date, then the next stage and what to record. */
    private Turn advise(AdviceRequest request, EscalationPolicy policy, int stageNumber, LocalDate raisedOn,
                        boolean notYetRaised, boolean latest) {
        Advice advice = new Advice();
        Deadline deadline;
        try {
            deadline = policy.deadline(stageNumber, raisedOn, calendar);
        } catch (OutsideCalendarException e) {
            // accepts() keeps dates to the calendar; a due date past its end is said plainly, not guessed
            Advice beyond = new Advice().add(wording.text("escalation.beyondCalendar"));
            beyond.add(policy.pointOfContact());
            addDoNotDelay(beyond, policy);
            return done(request, beyond.essentialsEndHere());
        }
        EscalationStage stage = policy.stage(stageNumber).orElseThrow();
        Map<String, String> values = stageValues(stage);
        values.put("raisedOn", latest ? wording.format("escalation.lastWeekEnd", "day", DATE.format(raisedOn))
                : DATE.format(raisedOn));
        values.put("partnership", request.partnership().name());
        String atTheLatest = latest ? wording.text("escalation.atTheLatest") : "";
        EscalationStage next = deadline.nextStage();
        Map<String, String> nextValues = next == null ? Map.of() : stages.nextValues(next, stage);
        boolean overdue = deadline.dueBy() != null && deadline.dueBy().isBefore(request.now().toLocalDate());
        if (deadline.dueBy() == null) {
            values.put("note", deadline.note() == null ? "" : deadline.note());
            advice.add(wording.format("escalation.stageNoLimit", values), stage.source());
            stages.addContactIfUnnamed(advice, stage, policy);
        } else if (overdue) {
            // past its due date, "what now?" is answered first: the date has passed, and the next stage (or that
            // there is none); then what the stage was
            values.put("dueBy", DATE.format(deadline.dueBy()) + atTheLatest);
            if (next != null) {
                Map<String, String> both = new HashMap<>(values);
                nextValues.forEach((k, v) -> both.put("next" + Character.toUpperCase(k.charAt(0)) + k.substring(1), v));
                advice.add(wording.format("escalation.overdueNext", both), stage.source());
                // the date that matters now is the next stage's, if it is raised today: on SMS the first text
                // has room for little more than these two sentences
                Optional<LocalDate> nextDue = nextDueIfRaisedToday(policy, next, request.now().toLocalDate());
                nextDue.ifPresent(due -> both.put("nextDueBy", DATE.format(due)));
                advice.add(wording.format(nextDue.isPresent() ? "escalation.overdueNextDue" : "escalation.overdueNextLimit",
                        both), next.source());
            } else {
                advice.add(wording.format("escalation.overdueLast", values), stage.source());
            }
            advice.add(wording.format("escalation.stageIs", values), stage.source());
        } else {
            values.put("dueBy", DATE.format(deadline.dueBy()) + atTheLatest);
            advice.add(wording.format(notYetRaised ? "escalation.stageDueIfRaisedToday" : "escalation.stageDue", values),
                    stage.source());
        }
        if (next != null && !overdue) {
            advice.add(wording.format("escalation.next", nextValues), next.source());
        } else if (next == null && !overdue) {
            advice.add(wording.format("escalation.lastStage", Map.of("stage", String.valueOf(stageNumber),
                    "partnership", request.partnership().name())));
        }
        addDoNotDelay(advice, policy);
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
            policy.specialCases().forEach(r -> advice.add(r.text(), r.source()));
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
        }
        // "who is that" next asks after the stage this answer sends the caller to (DirectQuestions.contact)
        int now = overdue && next != null ? next.number() : stageNumber;
        ConversationState kept = request.state().settled();
        return Turn.of(request, advice, kept.withDialogue(kept.dialogue().withSlots(
                kept.slots().with(STAGE_NOW, String.valueOf(now)))), Route.ESCALATION);
    }

    private void addRecord(Advice advice, EscalationStage stage) {
        if (!stage.mustRecord().isEmpty()) {
            advice.add(wording.format("escalation.recordStage", "stage", String.valueOf(stage.number()),
                    "items", String.join(" ", stage.mustRecord())), stage.source());
        }
    }

    private Turn noStagesOr(AdviceRequest request, EscalationPolicy policy, Advice advice) {
        if (!describesStages(policy)) {
            stages.addNoStages(advice, policy, false);
            advice.essentialsEndHere();
            policy.recording().forEach(r -> advice.add(r.text(), r.source()));
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
            return done(request, advice);
        }
        return done(request, advice.essentialsEndHere());
    }

    private static boolean describesStages(EscalationPolicy policy) {
        return StageWording.describesStages(policy);
    }

    private void addDoNotDelay(Advice advice, EscalationPolicy policy) {
        advice.add(policy.doNotDelayRule());
    }

    private Map<String, String> stageValues(EscalationStage stage) {
        return stages.values(stage);
    }

    private Turn done(AdviceRequest request, Advice advice) {
        return Turn.of(request, advice, request.state().settled(),
                Route.ESCALATION);
    }

    /** A stage raised on the day the caller gave whose limit ended before today. */
    private boolean pastItsLimit(EscalationPolicy policy, int stage, Slots known, LocalDate today) {
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

    /** The next stage's due date if the caller raises it today; empty where its document sets no limit. */
    private Optional<LocalDate> nextDueIfRaisedToday(EscalationPolicy policy, EscalationStage next, LocalDate today) {
        try {
            return Optional.ofNullable(policy.deadline(next.number(), today, calendar).dueBy());
        } catch (OutsideCalendarException e) {
            return Optional.empty();
        }
    }
}
