package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every flow declared as data, as a duty worker would: it takes what the caller has already said,
 * asks for the first slot still missing - one question a turn, again only when a reply was not understood -
 * and hands over to the flow's advisor as soon as nothing is missing, in the first reply if it can.
 */
public final class FlowEngine {

    /** Longer than this, a message with another date says more than the date, and may be a new case. */
    private static final int DATE_ONLY_WORDS = 6;

    /** The slot naming the last flow that answered (kept with the conversation's facts). */
    static final String ANSWERED = "answered_flow";
    /** The slot whose question was asked a second time: a third is never asked (a duty worker moves on). */
    static final String ASKED_AGAIN = "asked_again";
    /** Slots given up on after two replies that did not answer them, comma-separated: answered without. */
    static final String SKIPPED = "skipped_slots";

    private final Wording wording;
    private final ReplyReader replies;

    public FlowEngine(Wording wording, ReplyReader replies) {
        this.wording = wording;
        this.replies = replies;
    }

    /**
     * @param request the message, with the facts of earlier turns and this one already in its state's slots
     * @param advisor answers when every slot the flow needs is known; its {@link FlowHooks} when it has them
     */
    public Turn run(FlowDefinition flow, AdviceRequest request, RouteAdvisor advisor) {
        return run(flow, request, advisor, false);
    }

    /**
     * @param saysWhoTheyAre the reply to the waiting question only says who the caller is ("im his nan" to "have you
     *                       talked it through?"): taken as their role, thanked, and the question asked again as it was
     *                       first asked, not as a reply not understood (lead's sealed set q2)
     */
    public Turn run(FlowDefinition flow, AdviceRequest request, RouteAdvisor advisor, boolean saysWhoTheyAre) {
        FlowHooks hooks = advisor instanceof FlowHooks h ? h : FlowHooks.NONE;
        DialogueState dialogue = request.state().dialogue();
        Slots known = dialogue.slots();
        String awaiting = flow.name().equals(dialogue.flow()) ? dialogue.awaiting() : null;
        boolean notUnderstood = false;
        if (awaiting != null && !request.slots().has(awaiting)) {
            Optional<SlotQuestion> question = flow.slot(awaiting);
            Optional<String> value = question.flatMap(q -> replies.read(q, request));
            // "last wk": the last day of last week, marked as the latest the words can mean (never asked which day)
            Optional<String> weekOnly = question.filter(q -> value.isEmpty() && q.namesOnlyTheWeek(request.text()))
                    .map(q -> lastWeekEnd(request));
            // "on friday" to "which stage have you reached?" after the talk was told: the talk's day, nothing past it
            // (esc helper's unseen set, 20th session: thanked and asked the stage again)
            Slots before = known;
            Optional<String> implied = question.filter(q -> value.isEmpty() && weekOnly.isEmpty())
                    .flatMap(q -> hooks.implied(q.slot(), before, request));
            if (value.isPresent()) {
                known = known.with(awaiting, value.get());
            } else if (implied.isPresent()) {
                known = known.with(awaiting, implied.get());
            } else if (weekOnly.isPresent()) {
                known = known.with(awaiting, weekOnly.get()).with(SlotQuestion.latest(awaiting), weekOnly.get());
            } else {
                notUnderstood = question.isPresent() && !saysWhoTheyAre && !toldAnother(flow, awaiting, request);
            }
            // asked twice and still not answered, or "dunno when": give the best answer without it rather than ask
            // again for what the caller has said they do not know
            if (notUnderstood && (known.get(ASKED_AGAIN).filter(awaiting::equals).isPresent()
                    || flow.notKnown(request.text()))) {
                known = known.with(SKIPPED, known.get(SKIPPED).map(s -> s + "," + awaiting).orElse(awaiting));
                notUnderstood = false;
            }
        }
        // "my manager took it up with theirs last wk", "went up to stage 3 last wk" (esc helper's unseen set, 17th session: the
        // date asked of what was said): once the case is at a stage, a message naming only last week for it gives that
        // week's last day, marked as the latest, as the same words in reply to the question do
        for (SlotQuestion q : flow.slots()) {
            if (!known.has(q.slot()) && !q.slot().equals(awaiting) && known.number(Slots.STAGE).filter(n -> n > 0).isPresent()
                    && q.namesTheWeekIn(request.text())) {
                known = known.with(q.slot(), lastWeekEnd(request)).with(SlotQuestion.latest(q.slot()), lastWeekEnd(request));
            }
        }
        // "went to stage 2 with the head of service but i cant remember when": what the caller says they do not know is
        // not asked for (own unseen set 13, E09: the date was asked)
        for (SlotQuestion q : flow.slots()) {
            if (!known.has(q.slot()) && !skipped(known, q.slot()) && q.saysNotKnown(request.text())) {
                known = known.with(SKIPPED, known.get(SKIPPED).map(s -> s + "," + q.slot()).orElse(q.slot()));
            }
        }
        // the awaited question answered, by the reply or by a fact the extractor read in it ("yes i did, theyre sticking
        // with it"): the questions after it that the same words answer are not asked
        if (awaiting != null && known.has(awaiting)) {
            known = alsoAnswered(flow, awaiting, known, request, hooks);
        }
        // "dsl - had a chat with her monday, not changing her mind" as the first message (esc helper's leftover, 23rd
        // session: "which stage have you reached?" asked of a talk told with its day): what a reply telling the same
        // would imply, the message implies too - the first discussion only, nothing past it
        for (SlotQuestion q : flow.slots()) {
            Slots sofar = known;
            Optional<String> value = q.slot().equals(awaiting) || known.has(q.slot()) ? Optional.empty()
                    : hooks.implied(q.slot(), sofar, request);
            if (value.isPresent()) {
                known = known.with(q.slot(), value.get());
            }
        }
        boolean thanks = saysWhoTheyAre || (awaiting != null && !known.has(awaiting)
                && toldAnother(flow, awaiting, request));
        for (SlotQuestion q : flow.slots()) {
            Optional<String> value = known.get(q.slot());
            if (value.isPresent() && !hooks.accepts(q.slot(), value.get(), request)) {
                known = without(known, q.slot());
                notUnderstood |= q.slot().equals(awaiting);
            }
        }
        ConversationState state = request.state().withDialogue(dialogue.withSlots(known));
        // the role question's answer is the caller's role for every later turn, not only this flow's
        Optional<CallerRole> role = known.get(Slots.ROLE).map(CallerRole::valueOf);
        AdviceRequest withKnown = request.withState(role.map(state::withRole).orElse(state));
        for (SlotQuestion q : flow.slots()) {
            // a reply that only says who the caller is ("im his nan") leaves the waiting question as it was: thanked, asked
            // again, even where a question is put only once (typed-as-users F05)
            boolean stillWaiting = saysWhoTheyAre && q.slot().equals(awaiting);
            if (!known.has(q.slot()) && !skipped(known, q.slot()) && (stillWaiting || needed(q, withKnown, hooks))) {
                Turn asked = ask(flow, q, withKnown, hooks, notUnderstood && q.slot().equals(awaiting));
                return thanks ? thanked(asked) : asked;
            }
        }
        Turn answer = advisor.advise(withKnown.withState(withKnown.state().withDialogue(withKnown.state().dialogue()
                .withSlots(without(without(known, ASKED_AGAIN), SKIPPED)))));
        // remembered so that a new case on this flow later does not reuse this one's facts
        ConversationState answered = answer.state();
        return new Turn(answer.advice(), answered.withDialogue(answered.dialogue().withSlots(
                answered.slots().with(ANSWERED, flow.name()))), answer.route(), answer.intent(), answer.confidence(),
                answer.rule());
    }

    /**
     * The request as a new start of {@code flow}: after the flow has answered once, a message that states one of
     * its facts again ("stage 1, raised today") or names a new case ({@link FlowDefinition#restartedBy()}) is a
     * new case, so the last case's facts (stage, date, decision) that this message does not state are dropped.
     * A follow-up to the last answer ("so is that a yes?") does not come here.
     *
     * @param before the conversation's facts before this message
     */
    public AdviceRequest restarted(FlowDefinition flow, AdviceRequest request, Slots before) {
        DialogueState dialogue = request.state().dialogue();
        Slots known = dialogue.slots();
        boolean answeredBefore = known.get(ANSWERED).filter(flow.name()::equals).isPresent();
        if (!answeredBefore || flow.name().equals(dialogue.flow())) {
            return request;
        }
        // the same fact said again ("it was the MASH decision") is the same case, and so is a fact the answer did
        // not have yet ("18/11/2026" after an answer without a date); a different one is a new case, unless the
        // message puts the last one right ("sorry i meant stage 2": the others kept)
        boolean newCase = flow.restartedBy() != null
                && flow.restartedBy().matcher(request.text().toLowerCase(java.util.Locale.UK)).find();
        // a free reply the extractor read nothing from ("we talked to them last week" to "what decision?") held no fact:
        // the decision told after the answer fills it in, the same case (esc helper's unseen set, 16th session: the case
        // started again and "have you talked it through?" was asked of what had just been answered)
        List<String> changed = flow.caseSlots().stream().filter(slot -> request.slots().get(slot)
                .filter(value -> before.get(slot).filter(old -> !old.equals(value) && !unread(flow, slot, old)
                        && !movedOn(slot, old, value)).isPresent()).isPresent()).toList();
        // a short message giving only another date ("friday just gone" after an answer counted from yesterday) puts
        // the date right: the same case, as "sorry it was the 25th" is (lead's trial, 30 Nov: it asked the decision
        // again)
        boolean onlyTheDate = changed.equals(List.of(Slots.RAISED_ON))
                && flow.caseSlots().stream().filter(slot -> !slot.equals(Slots.RAISED_ON)).noneMatch(request.slots()::has)
                && request.text().strip().split("\\s+").length <= DATE_ONLY_WORDS;
        boolean statesCase = !flow.corrects(request.text()) && !changed.isEmpty() && !onlyTheDate;
        if (!statesCase && !newCase) {
            return request;
        }
        Map<String, String> kept = new HashMap<>(known.values());
        kept.remove(ANSWERED);
        for (String slot : flow.caseSlots()) {
            if (!request.slots().has(slot)) {
                kept.remove(slot);
            }
        }
        // a stage stated now implies its initial discussion, which the extractor put in this message's slots
        return request.withState(request.state().withDialogue(dialogue.withSlots(new Slots(kept))));
    }

    /**
     * Whether the message answers the question the flow is waiting for in that question's own reply words ("what if they
     * dont reply" to "which stage have you reached?": only the first discussion, still waiting on it), so it is the flow's
     * to read, not a question about the document.
     */
    public boolean answersAwaited(FlowDefinition flow, AdviceRequest request) {
        return awaited(flow, request.state()).flatMap(q -> replies.readByReplies(q, request.text())).isPresent();
    }

    /** The slot a flow in progress is waiting for, if any: what a short reply answers. */
    public Optional<SlotQuestion> awaited(FlowDefinition flow, ConversationState state) {
        DialogueState d = state.dialogue();
        return flow.name().equals(d.flow()) && d.awaiting() != null ? flow.slot(d.awaiting()) : Optional.empty();
    }

    /** The waiting question's words as first asked, to put after an answer given while it waits. */
    public Optional<String> question(FlowDefinition flow, AdviceRequest request, RouteAdvisor advisor) {
        FlowHooks hooks = advisor instanceof FlowHooks h ? h : FlowHooks.NONE;
        // a question whose conditions no longer hold is not put again (a talk question put once to a relative where anyone
        // may disagree: EscalationQuestions, answer_waits_on_talk)
        return awaited(flow, request.state()).filter(q -> needed(q, request, hooks)).map(q -> {
            Map<String, String> values = new HashMap<>(request.state().slots().values());
            values.putAll(hooks.questionValues(q.slot(), request));
            String key = request.style().spoken() && wording.has(q.ask() + ".voice") ? q.ask() + ".voice" : q.ask();
            return wording.format(key, values);
        });
    }

    private Turn ask(FlowDefinition flow, SlotQuestion q, AdviceRequest request, FlowHooks hooks, boolean again) {
        Slots known = again ? request.state().slots().with(ASKED_AGAIN, q.slot())
                : without(request.state().slots(), ASKED_AGAIN);
        Map<String, String> values = new HashMap<>(known.values());
        values.putAll(hooks.questionValues(q.slot(), request));
        // the question first: a short channel or the web chat's first sentences must never leave it for "more"
        String key = again ? q.askAgain() : q.ask();
        if (request.style().spoken() && wording.has(key + ".voice")) {
            key = key + ".voice";
        }
        Advice advice = new Advice();
        if (!again) {
            hooks.brief(q.slot(), request, advice);
        }
        advice.add(wording.format(key, values)).essentialsEndHere();
        if (!again) {
            hooks.beforeAsking(q.slot(), request, advice);
        }
        DialogueState next = request.state().dialogue().asking(flow.name(), q.slot(), known);
        return Turn.of(request, advice, request.state().withDialogue(next).withMisses(0), flow.route());
    }

    /** The question after a reply that said who the caller is: thanks first, then the question as it was. */
    private Turn thanked(Turn asked) {
        Advice advice = new Advice().add(wording.text("flow.whoNoted"));
        asked.advice().paragraphs().forEach(advice::add);
        advice.essentialsEndHere();
        return asked.withAdvice(advice);
    }

    /**
     * A reply that answers the questions after the one asked too, in their own reply patterns only ("yes they wont
     * budge" to "have you talked it through?": the discussion had, and nothing since, so "which stage?" is not asked;
     * the last session's known failure). Only slots still unknown, so nothing the caller said is replaced.
     */
    private Slots alsoAnswered(FlowDefinition flow, String answered, Slots known, AdviceRequest request, FlowHooks hooks) {
        boolean after = false;
        for (SlotQuestion q : flow.slots()) {
            if (after && !known.has(q.slot())) {
                // or implied by what the reply told with it ("yep rang the sw weds last week": the talk and its day, so
                // not "which stage have you reached?" next; esc helper's unseen set, 20th session)
                Slots sofar = known;
                Optional<String> value = replies.readByReplies(q, request.text())
                        .or(() -> hooks.implied(q.slot(), sofar, request));
                if (value.isPresent()) {
                    known = known.with(q.slot(), value.get());
                }
            }
            after |= q.slot().equals(answered);
        }
        return known;
    }

    /**
     * "they decided it was no further action" to "have you talked it through?" (the last session's known gap: the yes/no
     * question asked again as not understood): the reply tells another of the flow's facts, so it is
     * taken with thanks and what is still missing asked as it was first asked - never counted as a reply not understood.
     */
    private static boolean toldAnother(FlowDefinition flow, String awaiting, AdviceRequest request) {
        return !flow.notKnown(request.text()) && flow.slots().stream().map(SlotQuestion::slot)
                .filter(slot -> !slot.equals(awaiting)).anyMatch(request.slots()::has);
    }

    /**
     * A later day than the case's ("done that already, TM has had it since tues" after stage 1 was counted from Monday's
     * talk; esc helper's unseen set, 19th session: "have you talked it through?" asked again) is the same case moving on,
     * not a new one: the facts it does not repeat are kept. An earlier day still puts the case's date right or starts anew.
     */
    private static boolean movedOn(String slot, String old, String value) {
        if (!slot.equals(Slots.RAISED_ON)) {
            return false;
        }
        Slots both = new Slots(Map.of("old", old, "new", value));
        return both.date("old").flatMap(o -> both.date("new").map(n -> n.isAfter(o))).orElse(false);
    }

    /** The value a free reply gives when nothing was read from it: no fact of the case. */
    private static boolean unread(FlowDefinition flow, String slot, String value) {
        return flow.slot(slot).filter(q -> q.fill() == SlotQuestion.Fill.FREE && value.equals(q.freeValue())).isPresent();
    }

    /** The last day of last week: the latest day "last week" can mean. */
    private static String lastWeekEnd(AdviceRequest request) {
        return request.now().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1).toString();
    }

    private static boolean skipped(Slots known, String slot) {
        return known.get(SKIPPED).filter(s -> java.util.Arrays.asList(s.split(",")).contains(slot)).isPresent();
    }

    private static Slots without(Slots slots, String name) {
        Map<String, String> copy = new HashMap<>(slots.values());
        copy.remove(name);
        return new Slots(copy);
    }

    private static boolean needed(SlotQuestion q, AdviceRequest request, FlowHooks hooks) {
        Slots known = request.state().slots();
        for (String condition : q.when()) {
            if (!holds(condition, known, request, hooks)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(String condition, Slots known, AdviceRequest request, FlowHooks hooks) {
        int notEqual = condition.indexOf("!=");
        if (notEqual > 0) {
            return !known.get(condition.substring(0, notEqual)).map(condition.substring(notEqual + 2)::equals)
                    .orElse(false);
        }
        int equal = condition.indexOf('=');
        if (equal > 0) {
            return known.get(condition.substring(0, equal)).map(condition.substring(equal + 1)::equals).orElse(false);
        }
        if (condition.startsWith("!")) {
            return !known.has(condition.substring(1));
        }
        if (condition.startsWith("+")) {
            return known.has(condition.substring(1));
        }
        return hooks.holds(condition, request);
    }
}
