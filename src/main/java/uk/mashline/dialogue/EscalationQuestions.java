package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationAudience;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationRoute;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The escalation flow's questions (dialogue/flows.yml): which of them a case needs, given the partnership's document
 * (its named conditions), which answers a policy accepts, and what is said beside a question - the stages in brief, the
 * initial discussion and the first stage, the policy's contact. The hooks of {@link EscalationAdvisor}.
 */
final class EscalationQuestions {

    private static final String HAS_STAGES = "has_stages";
    /** flows.yml: the policy sends some decisions along a route of its own, so which decision changes the answer. */
    private static final String HAS_OWN_ROUTES = "has_own_routes";
    private static final String MAY_USE_POLICY = "may_use_policy";
    private static final String FOLLOWS_STAGES = "follows_stages";
    /** flows.yml: the stage reached is not one the caller said is done (then its date is not asked). */
    private static final String STAGE_NOT_DONE = "stage_not_done";
    /**
     * flows.yml: whether the talk question should come before the answer - not where the document sets no stage and no
     * limit and the caller asked who to go to or what the process is, which the document's contact answers either way.
     */
    /** flows.yml: the stage reached has a time limit in the document, so the day it was raised gives a due date. */
    private static final String STAGE_HAS_LIMIT = "stage_has_limit";
    private static final String ANSWER_WAITS_ON_TALK = "answer_waits_on_talk";
    /** The caller's own challenge of the decision, told in the past tense ({@value #CHALLENGED_FILE}). */
    static final String CHALLENGED_FILE = "dialogue/decision-challenged.txt";
    private static final List<Pattern> CHALLENGED = PatternFile.fromClasspath(CHALLENGED_FILE);
    /** "how do i escalate it", "what do i do first?": the first step asked for ({@value #FIRST_STEP_FILE}). */
    static final String FIRST_STEP_FILE = "dialogue/asks-first-step.txt";
    private static final List<Pattern> FIRST_STEP = PatternFile.fromClasspath(FIRST_STEP_FILE);
    /** Where a document's paragraph ends its first sentence. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    private final Wording wording;
    private final HelpNow helpNow;
    private final WorkingDayCalendar calendar;
    private final StageWording stages;
    private final List<Pattern> asksContact;
    private final List<Pattern> asksProcess;

    private final List<Pattern> pastTheTalk;
    private final List<Pattern> asksMeantime;

    EscalationQuestions(Wording wording, HelpNow helpNow, WorkingDayCalendar calendar, List<Pattern> asksContact,
                        List<Pattern> asksProcess, List<Pattern> pastTheTalk, List<Pattern> asksMeantime) {
        this.pastTheTalk = List.copyOf(pastTheTalk);
        this.asksMeantime = List.copyOf(asksMeantime);
        this.wording = wording;
        this.helpNow = helpNow;
        this.calendar = calendar;
        this.stages = new StageWording(wording);
        this.asksContact = List.copyOf(asksContact);
        this.asksProcess = List.copyOf(asksProcess);
    }

    boolean holds(String condition, AdviceRequest request) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        return switch (condition) {
            case HAS_STAGES -> StageWording.describesStages(policy);
            case HAS_OWN_ROUTES -> !policy.ownRoutes().isEmpty();
            // a stage the document gives no time limit (Medway's stage 4) has no due date to count, so its date is not
            // asked: "its going to the mscp now" was asked "On what date was stage 4 raised?" (the brief's leftover, 35th session)
            case STAGE_HAS_LIMIT -> request.state().slots().number(Slots.STAGE).flatMap(policy::stage)
                    .map(s -> s.workingDays() != null).orElse(true);
            case STAGE_NOT_DONE -> !EscalationAdvisor.stageDone(request.state().slots(),
                    request.state().slots().number(Slots.STAGE).orElse(-1));
            case MAY_USE_POLICY -> request.role() == CallerRole.PROFESSIONAL
                    || policy.whoMayEscalate().audience() == EscalationAudience.ANYONE_IN_CHILDS_NETWORK;
            case FOLLOWS_STAGES -> EscalationAdvisor.ownRoute(request).isEmpty();
            // once answered so, a follow-up ("what stage am i at then") is not met with the question either; a question
            // already asked and waiting stays asked
            // ... but a parent, relative or neighbour where anyone in the child's network may disagree (North Tyneside) is
            // asked it once: a message that goes on without answering it is answered, not met with the question again
            // (the brief's leftover, 34th session: an auntie asked "have you talked it through?" on every turn)
            // esc-50: ... and never to a relative, friend or neighbour there at all ("im his grandad, the mash have decided no
            // further action": own set esc-50-a NB01, NB02, the esc-49 leftover of kind 18): the policy sends anyone in the child's
            // network straight to the MASH's disagreement contact (seed 004 lines 25-34) and tells such a caller that a decision
            // was made, not what it was (line 24), so "have you talked it through with the person who made the decision?" is no
            // step of theirs; the contact is the answer
            case ANSWER_WAITS_ON_TALK -> StageWording.describesStages(policy)
                    || !networkNotProfessional(request, policy)
                    && (request.state().dialogue().inFlow() && !askedOnceOfTheNetwork(request, policy)
                    || !asks(request.text()) && request.state().dialogue().last() != Route.ESCALATION);
            default -> false;
        };
    }

    /** Someone in the child's network who is no professional (nor the child), where the policy lets anyone disagree. */
    private static boolean networkNotProfessional(AdviceRequest request, EscalationPolicy policy) {
        return request.role() != CallerRole.PROFESSIONAL && request.role() != CallerRole.CHILD && request.role().isKnown()
                && policy.whoMayEscalate().audience() == EscalationAudience.ANYONE_IN_CHILDS_NETWORK;
    }

    /** The talk question waits, put once to someone in the child's network who is no professional, where the policy is open to all. */
    private static boolean askedOnceOfTheNetwork(AdviceRequest request, EscalationPolicy policy) {
        return request.role() != CallerRole.PROFESSIONAL && request.role().isKnown()
                && policy.whoMayEscalate().audience() == EscalationAudience.ANYONE_IN_CHILDS_NETWORK
                && Slots.INITIAL_DISCUSSION.equals(request.state().dialogue().awaiting());
    }

    /** The message asks who to go to or how the escalation goes ("who do i contact", "what are the stages"). */
    private boolean asks(String message) {
        String text = PatternFile.cueText(message);
        return PatternFile.anyFound(asksContact, text)
                || PatternFile.anyFound(asksProcess, text);
    }

    Map<String, String> questionValues(String slot, AdviceRequest request) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Slots known = request.state().slots();
        // "the chair had the meeting last week ... how long till we hear the outcome" (esc helper's brief, 38th session): where
        // the document dates the stage's outcome from its meeting, the meeting's day is the one asked for
        Optional<EscalationStage> meetingDated = known.number(Slots.STAGE).flatMap(policy::stage)
                .filter(s -> s.outcomeMonthsAfterMeeting() != null && known.has(EscalationAdvisor.MEETING_HELD));
        String raisedWhat = meetingDated.map(s -> wording.format("escalation.raisedWhat.meeting", "parties", s.partiesSpoken()))
                .orElseGet(() -> wording.format("escalation.raisedWhat", "stage",
                        known.get(Slots.STAGE).orElse("")));
        return Map.of("stages", stages.list(policy, request.style().spoken()), "raisedWhat", raisedWhat);
    }

    /**
     * A stage the policy has; a date the calendar covers, not in the future - but for a coming day the caller said they
     * will raise it on, which the date reader gives only where a weekday or a plan says so ("will raise stage 3 on monday
     * 21st dec": blind q25), so a due date can be counted from it.
     */
    boolean accepts(String slot, String value, AdviceRequest request) {
        var known = new Slots(Map.of(slot, value));
        return switch (slot) {
            case Slots.STAGE -> known.number(slot)
                    .filter(n -> n >= 0 && n <= request.partnership().escalationPolicy().stages().size()).isPresent();
            case Slots.RAISED_ON -> known.date(slot)
                    .filter(d -> !d.isAfter(request.now().toLocalDate().plusDays(Slots.RAISED_ON_MAX_DAYS_AHEAD)) && calendar.covers(d))
                    .isPresent();
            default -> true;
        };
    }

    /**
     * The talk's day told with the talk ("yep rang the sw weds last week" to "have you talked it through?") or after it
     * ("on friday" to "which stage have you reached?"), with no stage, people or stage number: the case is at the talk,
     * stage 0, the day being the talk's (esc helper's unseen set, 20th session: "which stage?" asked, or asked again
     * after "Thank you."). Not where people the policy does not name were told, whose stage is asked with a word on them.
     */
    java.util.Optional<String> implied(String slot, Slots known, AdviceRequest request) {
        // esc-49: a decision the policy sends along a route of its own, named in that route's words ("csc are insisting on single
        // agency for a s47 and we want it done jointly": b set esc-49-b B08, the blind tester's q49 kind 15 - "what decision do
        // you disagree with?"): that route's decision, not asked
        if (slot.equals(Slots.DECISION) && !known.has(slot)) {
            Optional<String> named = request.partnership().escalationPolicy().ownRoutes().stream()
                    .filter(r -> !r.mentions().isEmpty() && r.appliesTo(r.decision(), request.text(), null))
                    .map(EscalationRoute::decision).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        // "we challenged the mash decision ... and have had no reply": the disagreement was put to those who decided
        if (slot.equals(Slots.INITIAL_DISCUSSION) && !known.has(slot)) {
            String text = PatternFile.cueText(request.text());
            if (PatternFile.anyFound(CHALLENGED, text)) {
                return Optional.of(Slots.YES);
            }
        }
        boolean talkDated = slot.equals(Slots.STAGE) && known.flag(Slots.INITIAL_DISCUSSION).orElse(false)
                && request.slots().has(Slots.RAISED_ON) && !request.slots().has(Slots.STAGE) && !known.has(Slots.STAGE)
                && !known.has(EscalationAdvisor.UNNAMED);
        if (talkDated) {
            String text = PatternFile.cueText(request.text());
            talkDated = !PatternFile.anyFound(pastTheTalk, text);
        }
        return talkDated ? java.util.Optional.of("0") : java.util.Optional.empty();
    }

    /** "stage 2 - who do i send it to?" before its date is asked: the stage, where the document names its people. */
    private Optional<EscalationStage> stageAskedWho(String slot, AdviceRequest request) {
        if (!slot.equals(Slots.RAISED_ON) || !asks(request.text())) {
            return Optional.empty();
        }
        return request.state().slots().number(Slots.STAGE).filter(n -> n > 0)
                .flatMap(request.partnership().escalationPolicy()::stage).filter(s -> s.parties() != null);
    }

    /**
     * "Whats the escalation process", "how does escalation work": the stages in one sentence before the first question,
     * as a duty worker explains before asking (lead's probe, 1 Dec: only "which decision?"); a policy that describes none
     * says so in its own first sentence. Not once the caller has placed their case at a stage.
     */
    void brief(String slot, AdviceRequest request, Advice advice) {
        String text = PatternFile.cueText(request.text());
        Slots known = request.state().slots();
        // "our head of service emailed theirs" under a policy that names no heads of service: said so before the stage is
        // asked, so the caller places the case themselves and no stage is guessed
        Optional<String> unnamed = known.get(EscalationAdvisor.UNNAMED);
        EscalationPolicy named = request.partnership().escalationPolicy();
        if (slot.equals(Slots.STAGE) && unnamed.isPresent() && !named.stages().isEmpty()) {
            advice.add(wording.format("escalation.notNamed", Map.of("partnership", request.partnership().name(),
                    "people", unnamed.get())), named.stages().get(0).source());
            return;
        }
        // "stage 2 - who do i send it to?" (the brief's leftover, 35th session: only the date question): whom that stage
        // goes to first, then the date its due date is counted from
        Optional<EscalationStage> askedWho = stageAskedWho(slot, request);
        if (askedWho.isPresent()) {
            EscalationStage s = askedWho.get();
            advice.add(wording.format("escalation.stageGoesTo", Map.of("stage", String.valueOf(s.number()),
                    "parties", s.partiesSpoken())), s.source());
            return;
        }
        if (slot.equals(Slots.RAISED_ON) && asks(request.text())) {
            return;
        }
        // a day with no talk or stage told is the decision's ("EDT's decision last night ..., whats the escalation route?",
        // esc helper's unseen set, 19th session), not a place in the process
        boolean placed = known.has(Slots.STAGE) || known.has(Slots.RAISED_ON) && known.has(Slots.INITIAL_DISCUSSION);
        if (placed || request.role() == CallerRole.CHILD) {
            return;
        }
        EscalationPolicy policy = request.partnership().escalationPolicy();
        // "how do i escalate it", "what do i do first?" before the talk question: the document's first step leads, on the
        // web chat's first screen (esc helper's brief, 38th session: it was under "more", after the stage list and the
        // question); the stage list follows the question (beforeAsking)
        Optional<String> lead = firstStepLead(slot, request);
        if (lead.isPresent()) {
            advice.add(lead.get(), firstTalk(request, policy).source());
            return;
        }
        if (!PatternFile.anyFound(asksProcess, text)) {
            return;
        }
        if (StageWording.describesStages(policy)) {
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

    /**
     * The first sentence of the document's first step, to lead the talk question on the web chat where a practitioner asked
     * what to do ({@value #FIRST_STEP_FILE}) under a policy with stages: within the first screen's three sentences with the
     * question. Not on a text or a call, whose first part the question fills; not where the document names no stages (its
     * contact already stands beside the question).
     */
    private Optional<String> firstStepLead(String slot, AdviceRequest request) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        String text = PatternFile.cueText(request.text());
        if (!slot.equals(Slots.INITIAL_DISCUSSION) || request.style().brief() || request.role() != CallerRole.PROFESSIONAL
                || !StageWording.describesStages(policy)) {
            return Optional.empty();
        }
        // asked for, or the question alone on the first screen (a disagreement told, nothing asked: "hv. the review conference
        // stepped her down from cp to cin yesterday and we dont agree with it"); not beside the stage list a process question
        // gets, which with it would push the question under "more"
        boolean asked = PatternFile.anyFound(FIRST_STEP, text);
        if (!asked && (PatternFile.anyFound(asksProcess, text)
                || PatternFile.anyFound(asksContact, text))) {
            return Optional.empty();
        }
        SourcedText talk = firstTalk(request, policy);
        return talk == null ? Optional.empty() : Optional.of(FIRST_SENTENCE.split(talk.text().strip(), 2)[0]);
    }

    /** The document's first talk for the decision disagreed with, where it gives one, else its initial discussion. */
    private static SourcedText firstTalk(AdviceRequest request, EscalationPolicy policy) {
        return request.state().slots().get(Slots.DECISION)
                .flatMap(decision -> policy.firstTalk(decision, request.text()))
                .map(EscalationRoute::text).orElse(policy.initialDiscussion());
    }

    /**
     * "what next and can i do anything this weekend", "who do i escalate to tonight?" (esc helper's unseen sets, 20th
     * session: the stage and its date, or the first question, only): the stages wait for working days, a child at risk
     * does not - second, in one sentence so the web chat's first screen keeps it, with the out-of-hours line or duty team
     * where the document gives one, else 999; never to a child, who is answered as a child.
     */
    void addMeantime(AdviceRequest request, Advice advice) {
        String text = PatternFile.cueText(request.text());
        if (request.role() == CallerRole.CHILD || !PatternFile.anyFound(asksMeantime, text)) {
            return;
        }
        var line = request.partnership().contact(uk.mashline.knowledge.ContactKind.OUT_OF_HOURS)
                .or(() -> request.partnership().contact(uk.mashline.knowledge.ContactKind.DUTY_TEAM))
                .filter(c -> c.phone() != null);
        String meantime = line.map(c -> wording.format("escalation.meantime.number", helpNow.describe(c, request)))
                .orElse(wording.text("escalation.meantime"));
        if (advice.putSecond(meantime)) {
            line.ifPresent(c -> advice.cite(c.source()));
        }
    }

    /**
     * esc-46: "what do i do if shes at risk in the meantime tho", "what if something happens to him while this gets sorted" after
     * an escalation answer (the blind tester's kind 8, 46th session; own set esc-46-b B05, B07, B08: the stage and its date again
     * with "do not wait" behind "more", "I cannot answer that one here", the line's own description): do not wait for the
     * stages first, the document's own word on not delaying, and whom to call now - not the stage's answer again.
     */
    Optional<Turn> meantimeFirst(AdviceRequest request) {
        String text = PatternFile.cueText(request.text());
        if (request.role() == CallerRole.CHILD || request.state().dialogue().last() != Route.ESCALATION
                || !PatternFile.anyFound(asksMeantime, text)
                // "what next and can i do anything this weekend": the next step asked too, which the case's answer gives
                || AskedCues.asks(AskedCues.NEXT_WORD, text)) {
            return Optional.empty();
        }
        Advice advice = new Advice().add(wording.text("escalation.meantime.first"));
        advice.add(request.partnership().escalationPolicy().doNotDelayRule());
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        return Optional.of(Turn.of(request, advice.essentialsEndHere(), request.state().settled(), Route.ESCALATION));
    }

    /** "even with the bank holidays?", "does that count christmas": a short question, at most this many words. */
    private static final int HOLIDAYS_WORDS = 12;
    /** The question names weekends and no holiday ("what about weekends", "is that including weekends"). */
    private static final Pattern WEEKENDS_ONLY = Pattern.compile(
            "^(?!.*\\b(?:bank|hols?|holidays?|christmas|xmas|crimbo|boxing|new year)).*\\bweekends?\\b");

    /**
     * esc-48: "even with the bank holidays?", "does that count christmas" right after a stage's due date (own set esc-48-b B09,
     * B10; the blind tester's q48 kind 9: "I cannot answer that one here", or the same reply word for word): yes - the date
     * counts working days only, and the bank holidays it stepped over by name (from the calendar the date was counted with).
     * Only where the case's stage and the day it was raised (or today, for the next stage after one done) are known; else
     * empty, and the message goes on as before.
     */
    Optional<Turn> holidaysCounted(AdviceRequest request) {
        if (request.role() == CallerRole.CHILD || request.state().dialogue().last() != Route.ESCALATION
                || Words.in(request.text()) > HOLIDAYS_WORDS || !AskedCues.asks(AskedCues.HOLIDAYS, request.text())) {
            return Optional.empty();
        }
        Slots known = request.state().slots();
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Optional<Integer> reached = known.number(Slots.STAGE).filter(n -> n > 0);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = request.now().toLocalDate();
        boolean done = EscalationAdvisor.stageDone(known, reached.get());
        int number = done ? reached.get() + 1 : reached.get();
        Optional<LocalDate> from = done ? Optional.of(known.date(Slots.RAISED_ON).filter(today::isBefore).orElse(today))
                : known.date(Slots.RAISED_ON);
        Optional<EscalationStage> stage = policy.stage(number).filter(st -> st.workingDays() != null);
        if (from.isEmpty() || stage.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate dueBy = policy.deadline(number, from.get(), calendar).dueBy();
            List<String> holidays = new java.util.ArrayList<>();
            for (LocalDate d = from.get().plusDays(1); !d.isAfter(dueBy); d = d.plusDays(1)) {
                LocalDate day = d;
                calendar.bankHolidayName(day).ifPresent(name -> holidays.add(name + " (" + StageWording.DUE_DATE.format(day) + ")"));
            }
            Map<String, String> values = Map.of("stage", String.valueOf(number),
                    "dueBy", StageWording.DUE_DATE.format(dueBy), "from", StageWording.DUE_DATE.format(from.get()),
                    "holidays", String.join(" and ", holidays));
            // esc-49: "what about weekends" asked on its own (own set esc-49-a MA04): the weekends first, then the bank holidays
            String key = WEEKENDS_ONLY.matcher(PatternFile.cueText(request.text())).find() ? "escalation.weekends"
                    : "escalation.holidays";
            Advice advice = new Advice().add(wording.format(holidays.isEmpty() ? key + ".none" : key + ".counted", values),
                    stage.get().source());
            return Optional.of(Turn.of(request, advice.essentialsEndHere(), request.state().settled(), Route.ESCALATION));
        } catch (uk.mashline.knowledge.OutsideCalendarException e) {
            return Optional.empty();
        }
    }

    /** "shes 6", "he is 15 btw": at most this many words, the child's age and nothing else. */
    private static final int AGE_ONLY_WORDS = 5;

    /**
     * esc-48: "shes 6", "hes 15" right after an escalation's answer (own set esc-48-a S06, M06: the stage and its due date again
     * word for word, as an escalation's answer is worked out again for each fact added): the age is noted - it moves no stage
     * and no date - with what to do if the child is at risk before the escalation is settled. Not from a child, nor a message
     * that says anything else of the case.
     */
    Optional<Turn> ageNoted(AdviceRequest request) {
        Slots said = request.slots();
        if (request.role() == CallerRole.CHILD || request.state().dialogue().last() != Route.ESCALATION
                || !said.has(Slots.CHILD_AGE) || Words.in(request.text()) > AGE_ONLY_WORDS
                || said.has(Slots.STAGE) || said.has(Slots.RAISED_ON) || said.has(Slots.DECISION)) {
            return Optional.empty();
        }
        Advice advice = new Advice().add(wording.text("escalation.ageNoted"))
                .add(wording.text("escalation.meantime.first"));
        return Optional.of(Turn.of(request, advice.essentialsEndHere(), request.state().settled(), Route.ESCALATION));
    }

    /**
     * "I want to complain about first response NFA'ing my referral", taken into the escalation (RouteOverrides
     * #complainsOfDecision): why the answer is the escalation policy and not the complaints process they asked for, in
     * one sentence second on the first screen (esc helper's unseen set, 21st session).
     */
    void addNotAComplaint(AdviceRequest request, Advice advice) {
        // not to a family, whose own way is the complaints process (lead's sealed q19: a Sandwell parent was told both)
        boolean family = request.role() == CallerRole.CHILD || request.role().isFamilyOrPublic();
        if (!family && PatternFile.cueText(request.text()).contains("complain")) {
            advice.putSecond(wording.text("escalation.decisionNotComplaint"));
        }
    }

    void beforeAsking(String slot, AdviceRequest request, Advice advice) {
        // before the date question, brief adds nothing but the people of the stage asked who (stageAskedWho), so a
        // paragraph standing before the question says they were named: read from the reply, not worked out again
        boolean stageNamed = slot.equals(Slots.RAISED_ON) && advice.essential() > 1;
        addMeantime(request, advice);
        addNotAComplaint(request, advice);
        // what the initial discussion is, beside the question whether it happened; who may escalate is only
        // said to someone it may exclude (the answers for parents and children), not to every practitioner
        if (slot.equals(Slots.INITIAL_DISCUSSION)) {
            EscalationPolicy policy = request.partnership().escalationPolicy();
            // the document's own first talk for this decision where it gives one ("the MASH wont accept my contact":
            // the referrer and the MASH team, then both to their managers - LSCB model 001 lines 71-72); its first sentence
            // already leads where the first step was asked for, so only the rest of it here
            SourcedText talk = firstTalk(request, policy);
            Optional<String> lead = firstStepLead(slot, request);
            if (lead.isEmpty()) {
                advice.add(talk);
            } else {
                String[] rest = FIRST_SENTENCE.split(talk.text().strip(), 2);
                if (rest.length > 1) {
                    advice.add(rest[1], talk.source());
                }
            }
            // and who comes next if it does not settle it, so a practitioner knows the first stage before being asked
            // (blind set 7, B20: a Medway DSL was told only to talk it through)
            if (StageWording.describesStages(policy)) {
                policy.stage(1).ifPresent(first -> advice.add(wording.format("escalation.thenStage",
                        stages.values(first)), first.source()));
                // the stage list the process question gets, after the first step that took its place before the question
                if (lead.isPresent() && PatternFile.anyFound(asksProcess, PatternFile.cueText(request.text()))) {
                    advice.add(wording.format("escalation.stagesAre", Map.of("partnership", request.partnership().name(),
                            "count", String.valueOf(policy.stages().size()), "stages", stages.listWithLimits(policy))),
                            policy.stages().get(0).source());
                }
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
        // (North Tyneside's Front Door number is the council's, not the policy's: a disagreement goes to the policy's contact)
        boolean onlyNumber = !helpNow.documentPrintsDoorNumber(request.partnership())
                && contact != null && contact.text().matches("(?s).*\\d{4} ?\\d{3} ?\\d{3,4}.*");
        // and where anyone in the child's network may disagree (North Tyneside), that contact is the same whoever writes,
        // so the role question does not hold it back: "mash say it doesnt meet threshold, i think it does" was asked the
        // role with no number (the last session's tester, q32)
        // where the document sets out no stages at all (West Sussex), its contact is the MASH's own number, which every caller
        // is given: so too beside the role question (the blind tester's kind E5, 33rd session: "Not stated ..." and the role
        // question, no number)
        EscalationPolicy policy = request.partnership().escalationPolicy();
        boolean sameForEveryone = onlyNumber && policy.whoMayEscalate().audience() == EscalationAudience.ANYONE_IN_CHILDS_NETWORK
                || policy.stages().isEmpty() && contact != null && contact.text().matches("(?s).*\\d{4} ?\\d{3} ?\\d{3,4}.*");
        boolean wanted = (!slot.equals(Slots.ROLE) || sameForEveryone) && contact != null
                && (onlyNumber || sameForEveryone || PatternFile.anyFound(asksContact, text));
        // esc-50: where to send it or whom to email, asked straight out before the role is known (the blind tester's q50 kind
        // 17, own set esc-50-b B03, B04: the role question first, the address behind it or only under "more"): the address
        // leads - the contact where it is the same for everyone, else where the document says its policy is published
        boolean askedWhere = slot.equals(Slots.ROLE) && PatternFile.anyFound(asksContact, text);
        SourcedText where = wanted ? contact : policy.publishedAt();
        if (askedWhere && where != null && advice.putFirst(where.text())) {
            advice.cite(where.source());
            return;
        }
        // after the stage's people and the date question, not between them: the question stays on the first screen
        if (wanted && stageNamed) {
            advice.add(contact);
        } else if (wanted && advice.putSecond(contact.text())) {
            advice.cite(contact.source());
        }
    }
}
