package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Slots;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what one message means in its conversation and which advisor answers it. Immediate
 * risk preempts everything, at any step of any flow; a flow in progress takes the answers it
 * asked for; otherwise a confident classification picks the route and a doubtful one gets a
 * clarifying question. Every flow (dialogue/flows.yml) runs through one {@link FlowEngine}.
 */
public final class Conversation {

    private static final int SHORT_ANSWER_WORDS = 5;
    /** The decision slot's value for another agency's decision ({@link Slots#DECISION}). */
    private static final String DECIDED_BY_AN_AGENCY = "agency";
    /** "no theyre not alone right now, i think shes home": an update to the last worry is a sentence, not a story. */
    private static final int UPDATE_WORDS = 12;
    /** "yes i phoned them last week": a yes or no and what was done, no longer. */
    private static final int YES_NO_ANSWER_WORDS = 8;
    /** "im 12", "I am 12 years old": an age given on its own, not a sentence that also says more. */
    private static final int AGE_ANSWER_WORDS = 5;
    private static final int YOUNGEST_WRITER = 5;
    private static final int OLDEST_CHILD = 17;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "not sure", "dont know": no answer to "is the child safe now?". */
    private static final Pattern UNSURE = Pattern.compile("\\b(?:not sure|unsure|do ?n'?t know|dont know|dunno|idk|no idea)\\b");
    /** Follow-ups that ask for the last answer's numbers or words again, answered even when the model alone heard danger. */
    private static final java.util.Set<String> NUMBERS_AGAIN = java.util.Set.of("out_of_hours", "number", "again", "link",
            "plain");
    /** Facts of a case that a short message may add to the last answer. */
    private static final java.util.List<String> FACTS = java.util.List.of(Slots.RAISED_ON, Slots.CHILD_AGE, Slots.STAGE,
            Slots.PLACE, Slots.CHILD_PRESENT, Slots.DECISION);

    private final Map<Route, RouteAdvisor> advisors;
    private final ClarifyAdvisor clarify;
    private final AnswerParser answers;
    private final CallerRoleDetector roles;
    private final double confidenceThreshold;
    private final Map<String, RouteAdvisor> smsKeywords;
    private final FlowCatalog flows;
    private final FlowEngine engine;
    private final ReplyReader replies;
    private final Harm harm;
    private final DirectQuestions questions;
    private final RouteOverrides overrides;
    private final StageTakenTo stageTakenTo;

    /**
     * What leaves any flow or answers in the light of the last reply.
     *
     * @param disclosures hears a disclosure
     * @param disclosure  answers one (a child as a child), and a child's reply to "are you safe?"
     * @param followUps   "ok", "link?", "what else", "so is that a yes?"
     * @param asked       "will they know it was me", "am i overreacting", "what happens after i ring them"
     * @param online      after online abuse was told: "they havent met yet", "should i call the police?"
     * @param whose       whether the harm told is a friend's ("my best mate keeps cutting herself") or the writer's own
     */
    public record Harm(DisclosureDetector disclosures, DisclosureAdvisor disclosure, FollowUpAdvisor followUps,
                       ContextQuestions asked, OnlineFollowUps online, WhoseHarm whose) {
    }

    /**
     * @param smsKeywords advisors for the carriers' opt-out words (STOP, HELP, START), which on SMS
     *                    must still leave the sender with the 999 line
     */
    public Conversation(Map<Route, RouteAdvisor> advisors, ClarifyAdvisor clarify, AnswerParser answers,
                        CallerRoleDetector roles, double confidenceThreshold, Map<String, RouteAdvisor> smsKeywords,
                        FlowCatalog flows, FlowEngine engine, ReplyReader replies, Harm harm,
                        DirectQuestions questions, RouteOverrides overrides, StageTakenTo stageTakenTo) {
        this.smsKeywords = Map.copyOf(smsKeywords);
        this.advisors = new EnumMap<>(advisors);
        for (Route route : Route.values()) {
            if (!this.advisors.containsKey(route)) {
                throw new IllegalArgumentException("no advisor for route " + route);
            }
        }
        this.clarify = clarify;
        this.answers = answers;
        this.roles = roles;
        this.confidenceThreshold = confidenceThreshold;
        this.flows = flows;
        this.engine = engine;
        this.replies = replies;
        this.harm = harm;
        this.questions = questions;
        this.overrides = overrides;
        this.stageTakenTo = stageTakenTo;
    }

    public Turn take(AdviceRequest original) {
        Turn turn = harm.asked().withReassurance(harm.disclosure().withChildline(decide(original), original), original);
        return harm.followUps().forgetCheckInUnlessAsked(harm.followUps().forgetRestUnlessAskedAgain(turn,
                original.text()), original);
    }

    private Turn decide(AdviceRequest original) {
        AdviceRequest request = withKnownFacts(original);
        Slots before = original.state().slots();
        Classification c = request.classification();
        DialogueState dialogue = request.state().dialogue();
        Optional<FlowDefinition> flow = dialogue.inFlow() ? flows.named(dialogue.flow()) : Optional.empty();
        // "he isnt there now hes at work" to "are you somewhere safe?": a child's answer, not new danger, unless a
        // risk rule (not only the model) heard danger in it
        // so too a child's short "no shes asleep now" after telling what worries them, unasked (lead's trial, 30 Nov:
        // a 13-year-old was asked "are you somewhere safe?" after saying it, and again after "ok")
        boolean askedIfSafe = DisclosureAdvisor.SAFE_NOW.equals(dialogue.awaiting())
                || (dialogue.awaiting() == null && dialogue.last() == Route.IMMEDIATE_RISK)
                || (dialogue.awaiting() == null && dialogue.last() != null && flow.isEmpty()
                && WHITESPACE.split(request.text().strip()).length <= YES_NO_ANSWER_WORDS);
        if (askedIfSafe && request.role() == CallerRole.CHILD
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c)) && harm.disclosure().saysSafeNow(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return harm.disclosure().checkIn(request, true);
        }
        // after online abuse was told, "she says they havent met yet", "she's here with me, she's ok" or "should i call
        // the police?" is answered in that context (999 if they could meet now, else CEOP and 101), unless a risk rule
        // heard new danger in the words; before the general "safe for now" answer, which knows nothing of CEOP
        Optional<String> online = before.get(OnlineFollowUps.SLOT);
        if (flow.isEmpty() && online.isPresent() && harm.online().mayAnswer(c, modelOnly(c))) {
            Optional<Turn> answered = harm.online().answer(request, online.get());
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        // an adult's "no hes at school" to "is the child safe now?": who to tell today, never the same check-in again
        // (after "I've rung 999" it is about the wait for help, below; a risk rule's danger still gets 999); so too
        // "shes here with me, shes safe" after a worry was reported (blind set 6, G16: a foster carer got 999); "mum is in
        // tonight tho" after children left alone, where no harm was told (flows 8 probe, Q04)
        if (flow.isEmpty() && request.role() != CallerRole.CHILD
                && (afterHarm(request.state()) || dialogue.last() == Route.REPORT_CONCERN
                // "yes they are with mum" after a police officer's consultation: only the model, doubtfully, heard danger
                || (dialogue.last() != null && modelOnly(c) && c.confidence() < confidenceThreshold))
                && dialogue.awaiting() == null && !before.flag(Slots.CALLED_999).orElse(false)
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c))
                && (harm.disclosure().saysChildIsSafe(request.text()) || (!before.has(DisclosureAdvisor.SLOT)
                && harm.disclosure().saysCarerIsHome(request.text())))
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return harm.disclosure().safeForNow(request);
        }
        // "can i just phone them myself" after a number, a child's "will she get in trouble", "its gone 8 now tho" after
        // the hours (flows 8, F16: a time is not danger), "what happens now with the baby" once the police have come
        // (lead's probe, 1 Dec: the 999 script again): a question about that answer which only the model took for
        // danger ("myself" as self-harm at 0.45, lead's trial) is answered in its context - unless a risk rule or a
        // disclosure is in the words
        // "should i ring the police" after a worry trips the send-help cue, a weak one: its answer begins with 999 too
        // (the question's kind is read only for danger after an answer: the cues are not run on every message)
        Optional<String> question = c.route() == Route.IMMEDIATE_RISK && dialogue.last() != null
                ? harm.asked().kind(request.text()) : Optional.empty();
        boolean policeAsked = question.filter(ContextQuestions.POLICE::equals).isPresent()
                && harm.online().mayAnswer(c, modelOnly(c));
        if ((modelOnly(c) || policeAsked) && question.isPresent()
                && harm.disclosures().detect(request.text()).isEmpty()) {
            AdviceRequest settled = request.withState(request.state().settled());
            Optional<Turn> asked = harm.asked().answer(request, route -> again(route, settled));
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        // "and if they miss the deadline" after an escalation answer (flows 9, second set B10: 999 from the model alone) is
        // the next stage; "who can i call at the weekend about it" after a worry (B02) the out-of-hours numbers: a question
        // about the answer, or a follow-up to it, that only the model took for danger, unless a risk rule or a disclosure
        // is in the words (a follow-up after danger keeps the 999 line first)
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && dialogue.last() != null
                && WHITESPACE.split(request.text().strip()).length <= UPDATE_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            if (flow.map(FlowDefinition::route).orElse(dialogue.last()) == Route.ESCALATION
                    && questions.kind(request.text()).isPresent()) {
                Optional<Turn> direct = direct(request, original, flow, before);
                if (direct.isPresent()) {
                    return direct.get();
                }
            }
            // only the kinds that ask for the answer's numbers or words again: "what do i do" may come with new danger
            Optional<String> followUp = harm.followUps().kind(request.text()).filter(NUMBERS_AGAIN::contains);
            if (flow.isEmpty() && followUp.isPresent()) {
                AdviceRequest settled = request.withState(request.state().settled());
                Optional<Turn> answered = harm.followUps().answer(request, route -> again(route, settled));
                if (answered.isPresent()) {
                    return answered.get();
                }
            }
        }
        // "its not that serious, I just want to complain about it" after the complaints answer: the complaint, not the
        // model's guess of danger (blind set 7, B13), unless a risk rule or a disclosure is in the words
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && flow.isEmpty() && dialogue.last() == Route.COMPLAINT
                && overrides.complains(request.text()) && harm.disclosures().detect(request.text()).isEmpty()) {
            return advise(Route.COMPLAINT, request, before);
        }
        // a child frightened by shouting at home, whom only the model placed in danger: answered as a child who has told
        // (999 if in danger now first, believed, Childline, are you safe), not with the 999 script (flows 8, F11)
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && request.role() == CallerRole.CHILD
                && !WhoseHarm.aboutAFriend(request) && harm.disclosures().frightenedChild(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return harm.disclosure().advise(request);
        }
        // "i emailed them today", "if i raise it today whens it due" in an escalation (lead's sealed set q5: 999 from a
        // self-harm guess of the model alone at 0.21): a date or a stage of that escalation is not danger; a risk rule, a
        // sure model or a disclosure in the words still gets 999
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < confidenceThreshold
                && flow.map(FlowDefinition::route).orElse(dialogue.last()) == Route.ESCALATION
                && (original.slots().has(Slots.RAISED_ON) || original.slots().has(Slots.STAGE))
                && WHITESPACE.split(request.text().strip()).length <= UPDATE_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return flow.isPresent() ? engine.run(flow.get(), request, advisors.get(Route.ESCALATION))
                    : advise(Route.ESCALATION, request, before);
        }
        // "mum says he fell" after a worry was answered (own probe, 1 Dec: the 999 script from the model alone, unsure): an
        // update to that worry - its number again, or the check-in after harm, both with 999 if in danger; a risk rule, a
        // sure model, a disclosure or a question in the words still goes on as before
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < confidenceThreshold && flow.isEmpty()
                && dialogue.last() == Route.REPORT_CONCERN && dialogue.awaiting() == null
                && WHITESPACE.split(request.text().strip()).length <= UPDATE_WORDS && !overrides.asks(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            AdviceRequest settled = request.withState(request.state().settled());
            Optional<Turn> update = harm.followUps().update(request, route -> again(route, settled));
            if (update.isPresent()) {
                return update.get();
            }
        }
        if (c.route() == Route.IMMEDIATE_RISK && !answersTheFlow(request, flow)) {
            return advise(Route.IMMEDIATE_RISK, updateAfterTheCall(request, before), before);
        }
        // after "I've rung 999", "she's with me now" is about the wait for help, whatever the model made of the words
        if (flow.isEmpty() && before.flag(Slots.CALLED_999).orElse(false) && request.slots().has(Slots.CHILD_PRESENT)) {
            return advise(Route.IMMEDIATE_RISK, updateAfterTheCall(request, before), before);
        }
        // "police on way" after the 999 reply, whatever the model made of it: what to do while help comes, not a
        // check-in that asks what they have just told us
        if (flow.isEmpty() && afterHarm(request.state()) && request.slots().flag(Slots.CALLED_999).orElse(false)) {
            return advise(Route.IMMEDIATE_RISK, request, before);
        }
        // a disclosure leaves any flow at once, and a child's is answered for a child whatever it was classified as
        if (harm.disclosures().detect(request.text()).isPresent() && (request.role() == CallerRole.CHILD
                || flow.filter(f -> !aboutTheCase(f, request, original.state().slots())).isPresent())) {
            return harm.disclosure().advise(request);
        }
        // "no" to an adult's "is the child safe now?": 999 first; "yes shes at home with her mum": who to tell today - not
        // the same check-in again (own probe, 1 Dec). Danger and harm in the words are answered above
        if (flow.isEmpty() && request.role() != CallerRole.CHILD && before.flag(AdultCheckIn.ASKED_IF_SAFE).orElse(false)) {
            Optional<Boolean> safeNow = request.slots().flag(Slots.ANSWER).or(() -> answers.yesNo(request.text()));
            // "not sure", "i dont know": not a no - the check-in as before, with 999 if in doubt
            if (safeNow.isPresent() && !UNSURE.matcher(request.text().toLowerCase(Locale.UK)).find()) {
                return safeNow.get() ? harm.disclosure().safeForNow(request)
                        : advise(Route.IMMEDIATE_RISK, request, before);
            }
        }
        if (request.style().channel() == Channel.SMS) {
            RouteAdvisor keyword = smsKeywords.get(request.text().strip().toLowerCase(Locale.UK));
            if (keyword != null) {
                return keyword.advise(request);
            }
        }
        Optional<Turn> direct = direct(request, original, flow, before);
        if (direct.isPresent()) {
            return direct.get();
        }
        // "whats level 2" once the levels were listed (lead's probe, 1 Dec: "Thank you for letting me know", the level
        // read as a stage): that level of need from the document; in an escalation a level may be a stage, so not there
        if (flow.isEmpty() && dialogue.last() != Route.ESCALATION && request.role() != CallerRole.CHILD
                && overrides.namesLevel(request.text())) {
            return advise(Route.CONSULTATION, request, before);
        }
        // "sorry i meant stage 2", "no sorry it was the 25th" after an answer: that answer's case put right, whatever
        // the model made of "sorry"
        if (flow.isEmpty() && dialogue.last() != null && FACTS.stream().anyMatch(original.slots()::has)
                && flows.forRoute(dialogue.last()).filter(f -> f.corrects(request.text())).isPresent()) {
            return advise(dialogue.last(), request, before);
        }
        // "ok" is not a yes to "are you somewhere safe?": only a plain yes or no answers it
        Optional<Boolean> safe = request.slots().flag(Slots.ANSWER);
        if (DisclosureAdvisor.SAFE_NOW.equals(dialogue.awaiting()) && safe.isPresent()) {
            return harm.disclosure().checkIn(request, safe.get());
        }
        // a child's bare yes, no or ok, or anyone's after danger, with no question waiting for it: still here, are
        // they safe - never the menu, never a goodbye
        boolean shortReply = safe.isPresent()
                || harm.followUps().acknowledges(request.text());
        if (shortReply && flow.isEmpty() && dialogue.awaiting() == null && dialogue.last() != null
                && (request.role() == CallerRole.CHILD || afterHarm(request.state()))) {
            Optional<Turn> noted = harm.followUps().noted(request);
            if (noted.isPresent()) {
                return noted.get();
            }
        }
        Optional<Integer> age = childsOwnAge(request, original.slots());
        if (age.isPresent() && !dialogue.inFlow()) {
            return harm.disclosure().ageGiven(request, age.get(), afterHarm(request.state()));
        }
        if (flow.isEmpty() && !dialogue.clarifying()) {
            AdviceRequest settled = request.withState(request.state().settled());
            Optional<Turn> followUp = harm.asked().answer(request, route -> again(route, settled))
                    .or(() -> harm.followUps().answer(request, route -> again(route, settled)));
            if (followUp.isPresent()) {
                return followUp.get();
            }
        }
        // "do i need to tell the parents before i refer?" is about consent, whatever the model made of "refer"
        if (flow.isEmpty() && (c.route() == Route.REPORT_CONCERN || c.route() == Route.CONSULTATION)
                && overrides.asksConsent(request.text())) {
            return advise(Route.CONSENT_INFO_SHARING, request, before);
        }
        // "health visitor here, I want some advice about a family I'm worried about": a practitioner's consultation, not
        // early help for their own family (lead's voice trial, 1 Dec: "the document does not list early help teams")
        if (flow.isEmpty() && c.route() == Route.EARLY_HELP && request.role() == CallerRole.PROFESSIONAL
                && overrides.asksAdvice(request.text())) {
            return advise(Route.CONSULTATION, request, before);
        }
        // "single father here cant cope", "lone dad. cant cope": support for the family, where the model could not place
        // it (lead's sealed set q2: the out-of-scope menu); a child's words, danger and harm told are answered above
        if (ordinaryOutsideAFlow(flow, c, request) && request.role() != CallerRole.CHILD
                && (c.route() == Route.OUT_OF_SCOPE || c.route() == Route.GREETING || !confident(c, request.text()))
                && overrides.parentNotCoping(request.text())) {
            return advise(Route.EARLY_HELP, request, before);
        }
        // "social services rang me today, they want to come and do an assessment on my kids": what an assessment is and
        // whom to ask (lead's sealed set q2: the menu, then a goodbye); harm told in it is answered above
        if (ordinaryOutsideAFlow(flow, c, request) && request.role() != CallerRole.CHILD
                && request.role() != CallerRole.PROFESSIONAL && overrides.beingAssessed(request.text())) {
            return harm.asked().assessment(request);
        }
        // "unhappy with how a social worker from another agency spoke to a child": a complaint about practice, whatever
        // worry the model doubtfully heard in it (blind set 7, B13); harm told in it has been answered above
        if (ordinaryOutsideAFlow(flow, c, request) && overrides.practiceConcern(request.text())) {
            return advise(Route.COMPLAINT, request, before);
        }
        // "stage 2 raised yesterday" is the escalation policy's wording, whatever else the message says
        if (overrides.statesEscalation(request.text(), original.slots(), c.route() == Route.ESCALATION)
                && flow.filter(f -> f.route() == Route.ESCALATION).isEmpty()) {
            return advise(Route.ESCALATION, request, before);
        }
        if (flow.isEmpty() && !dialogue.clarifying() && dialogue.last() != null && onlyStatesFacts(request, original.slots())) {
            Route last = dialogue.last();
            // a date, a stage or an age after an answer belongs to that answer's case, not to the menu
            if (last == Route.ESCALATION) {
                return advise(Route.ESCALATION, request, before);
            }
            // "hes 9" after a worry: thanks, and that answer's number again - not "anything else?"
            AdviceRequest settled = request.withState(request.state().settled());
            Optional<Turn> noted = harm.followUps().update(request, route -> again(route, settled));
            if (noted.isPresent()) {
                return noted.get();
            }
        }
        // after an answered worry, a short reply the model cannot place ("no i havent spoken to anyone yet", "shes asleep
        // upstairs", "no theyre not alone right now") is an update to that worry: acknowledged with its key number
        // again, never the menu
        if (flow.isEmpty() && !dialogue.clarifying() && dialogue.awaiting() == null && dialogue.last() != null
                && !confident(c, request.text()) && answers.menuChoice(request.text()).isEmpty()
                && WHITESPACE.split(request.text().strip()).length <= UPDATE_WORDS && !overrides.asks(request.text())) {
            AdviceRequest settled = request.withState(request.state().settled());
            Optional<Turn> update = harm.followUps().update(request, route -> again(route, settled));
            if (update.isPresent()) {
                return update.get();
            }
        }
        // "can i tell u something", "i dont no how to say this" (lead's SMS trial, 1 Dec: the menu for professionals, or the
        // consent rules from "tell"): not yet a request, whatever the model made of the words - unless they tell of danger
        if (ordinaryOutsideAFlow(flow, c, request) && clarify.hesitant(request.text())) {
            return clarify.takeYourTime(request);
        }
        Optional<Route> menu = answers.menuChoice(request.text());
        if (dialogue.clarifying() || (menu.isPresent() && flow.isEmpty())) {
            if (menu.isPresent()) {
                return advise(menu.get(), request, before);
            }
            return confident(c, request.text()) ? advise(c.route(), request, before) : unclear(request);
        }
        // an adult's "ok thanks" to a flow's question has what they came for: a goodbye, whatever the model made of it
        // (flows 8, F04: a North Tyneside aunt was asked again whether she had talked it through). A bare "ok" still
        // gets the question again, and a child's "ok" is never a goodbye
        if (flow.isPresent() && request.role() != CallerRole.CHILD && thanksToLeave(request.text())) {
            return advise(Route.GOODBYE, request, before);
        }
        // "how long do i have to complain" to the escalation's question (flows 9, second set B08, a father unhappy with a
        // police officer: the question again): asking to complain in so many words leaves the flow for the complaint
        if (flow.filter(f -> f.interruptedBy().contains(Route.COMPLAINT)).isPresent() && overrides.complains(request.text())
                && c.route() != Route.IMMEDIATE_RISK && harm.disclosures().detect(request.text()).isEmpty()) {
            return advise(Route.COMPLAINT, request, before);
        }
        // "yes i said so in the conference and it was minuted" after an escalation answer (lead's probe, 1 Dec: the
        // complaints answer, the model at 0.44): more of the same disagreement, unless it complains in so many words
        if (flow.isEmpty() && dialogue.last() == Route.ESCALATION && c.route() == Route.COMPLAINT
                && !overrides.complains(request.text()) && !overrides.practiceConcern(request.text())) {
            return advise(Route.ESCALATION, request, before);
        }
        if (flow.isPresent()) {
            return interrupts(flow.get(), request, before) ? advise(c.route(), request, before)
                    : engine.run(flow.get(), request, advisors.get(flow.get().route()),
                    saysOnlyWhoTheyAre(flow.get(), request));
        }
        if (!confident(c, request.text())) {
            return unclear(request);
        }
        return advise(c.route(), request, before);
    }

    /**
     * "What is stage 2?", "what is a MARF?": answered from the document on any step of any flow, leaving the case's
     * facts as they were (the stage asked about is not the stage reached) and a flow's question still waiting. "How do I challenge it?" after an answer is the escalation route. A child is answered
     * as a child by the flow, not with the policy's stages.
     */
    private Optional<Turn> direct(AdviceRequest request, AdviceRequest original, Optional<FlowDefinition> flow,
                                  Slots before) {
        Optional<DirectQuestions.Kind> kind = questions.kind(request.text());
        if (kind.isEmpty() || request.role() == CallerRole.CHILD) {
            return Optional.empty();
        }
        if (kind.get() == DirectQuestions.Kind.CHALLENGE) {
            // "how do i challenge it" to the escalation's own question (own probe, 1 Dec: "please reply yes or no"):
            // that question as first asked, with what it means beside it, never the reminder how to answer
            if (flow.filter(f -> f.route() == Route.ESCALATION).isPresent()) {
                DialogueState d = request.state().dialogue();
                AdviceRequest fresh = request.withState(request.state().withDialogue(
                        new DialogueState(d.flow(), null, d.slots(), d.last())));
                return Optional.of(engine.run(flow.get(), fresh, advisors.get(Route.ESCALATION)));
            }
            return flow.isEmpty() && request.state().dialogue().last() != null
                    ? Optional.of(advise(Route.ESCALATION, request, before)) : Optional.empty();
        }
        // "what happens if they miss it": the next stage, but only about an escalation the line has answered
        // "who do i contact exactly": the escalation's contact, but only inside an escalation (elsewhere the
        // route's own answer gives its numbers)
        if ((kind.get() == DirectQuestions.Kind.OVERDUE || kind.get() == DirectQuestions.Kind.CONTACT
                || kind.get() == DirectQuestions.Kind.TOLD)
                && flow.map(FlowDefinition::route)
                .orElse(request.state().dialogue().last()) != Route.ESCALATION) {
            return Optional.empty();
        }
        ConversationState state = request.state();
        Slots kept = original.state().slots();
        if (state.role().isKnown()) {
            kept = kept.with(Slots.ROLE, state.role().name());
        }
        ConversationState keep = state.withDialogue(original.state().dialogue().withSlots(kept));
        AdviceRequest asked = request.withState(keep);
        // "where do i send the escalation template": the escalation's answer, so that "link?" or "more" stay with it
        Route route = flow.map(FlowDefinition::route).orElse(request.classification().route() == Route.ESCALATION
                ? Route.ESCALATION : Route.CONSULTATION);
        // the flow's question stays waiting but is not asked again here: the answer offers to work the date out
        return switch (kind.get()) {
            case STAGE, OVERDUE -> Optional.of(questions.stage(asked, keep, kind.get()));
            case CONTACT -> Optional.of(questions.contact(asked, keep));
            // "will they tell me what they decided?" inside a disagreement (blind set 6, G12: the consent reply)
            case TOLD -> questions.told(asked, keep);
            default -> questions.term(asked, keep, route);
        };
    }

    // A clarifying menu, except to a child, who is answered as a child instead, and to anyone who has just told of harm
    // to a child ("my exs boyfriend hurt my daughter, shes got a mark on her face"), who is told where to take it now
    private Turn unclear(AdviceRequest request) {
        if (request.role() == CallerRole.CHILD) {
            return harm.disclosure().unclear(request);
        }
        return harm.disclosures().detect(request.text()).isPresent() ? harm.disclosure().advise(request)
                : clarify.advise(request);
    }

    /**
     * "im 12", "I'm 12" or a bare "12" right after harm was told or danger answered, from someone who may be the
     * child (not an adult who said who they are): their own age, under 18. Also a child's "im 12" as the first
     * thing they write.
     */
    private static Optional<Integer> childsOwnAge(AdviceRequest request, Slots stated) {
        ConversationState state = request.state();
        boolean afterHarm = afterHarm(state);
        // a bare number with nothing told before is a menu choice; "im 12" says a child is writing
        // after only a greeting too ("hi", then "im 11": flows 8, F12)
        boolean mayBeChild = afterHarm ? state.role() == CallerRole.CHILD || state.role() == CallerRole.UNKNOWN
                : state.role() == CallerRole.CHILD && !stated.has(Slots.NUMBER)
                && (state.dialogue().last() == null || state.dialogue().last() == Route.GREETING);
        if (!mayBeChild || WHITESPACE.split(request.text().strip()).length > AGE_ANSWER_WORDS
                || stated.has(Slots.RAISED_ON) || stated.has(Slots.STAGE)) {
            return Optional.empty();
        }
        return stated.number(Slots.CHILD_AGE).or(() -> stated.number(Slots.NUMBER))
                .filter(a -> a >= YOUNGEST_WRITER && a <= OLDEST_CHILD);
    }

    private static boolean afterHarm(ConversationState state) {
        return state.slots().has(DisclosureAdvisor.SLOT) || state.dialogue().last() == Route.IMMEDIATE_RISK;
    }

    /**
     * An adult's message that names harm but also gives the flow a fact it lacked ("the MASH closed my referral
     * about a boy with bruises") describes the case the flow is about, not a new disclosure.
     */
    private static boolean aboutTheCase(FlowDefinition flow, AdviceRequest request, Slots before) {
        return flow.slots().stream().anyMatch(q -> !q.slot().equals(Slots.ROLE) && request.slots().has(q.slot())
                && !before.has(q.slot()));
    }

    /**
     * "the police decided not to share what they know about an adult who has moved in" to "have you talked it through?":
     * what the disagreement is about, said again in more words, is the case the flow is on, not a new worry (blind set
     * 7, B16: it left for the worry's answer). A disclosure in it has already left the flow.
     */
    private static boolean restatesTheDecision(FlowDefinition flow, AdviceRequest request) {
        return flow.route() == Route.ESCALATION && request.slots().has(Slots.DECISION);
    }

    /**
     * A confident other topic leaves the flow, unless the reply is what was asked for (a free answer, a yes
     * or no) or states a fact the flow needs and did not have ("they decided not to increase visits" is still
     * the escalation).
     */
    private boolean interrupts(FlowDefinition flow, AdviceRequest request, Slots before) {
        Classification c = request.classification();
        // "ok" to a question is not a goodbye: the question is asked again; nor is "ok i will do that" or "where do i
        // go from here", whatever the model's confidence - only a plain goodbye ("thats all thanks") leaves a flow so;
        // "dunno when" answers the question, whatever topic the model heard in it
        if (!flow.interruptedBy().contains(c.route()) || !confident(c, request.text())
                || (c.route() == Route.GOODBYE && !harm.followUps().saysGoodbye(request.text()))
                || answers.yesNo(request.text()).isPresent() || flow.notKnown(request.text())
                || aboutTheCase(flow, request, before) || restatesTheDecision(flow, request)
                || harm.followUps().acknowledges(request.text())) {
            return false;
        }
        // "im a sw" to "are you a professional...?" answers it, whatever topic the model thought it heard
        return engine.awaited(flow, request.state())
                .map(q -> q.fill().structured() && !request.slots().has(q.slot()) && replies.read(q, request).isEmpty()
                        && !q.namesOnlyTheWeek(request.text()))
                .orElse(true);
    }

    /**
     * "im his nan" to "have you talked it through?": a short reply that says who the caller is and answers nothing
     * else the flow is waiting for (the role question has its own replies).
     */
    private boolean saysOnlyWhoTheyAre(FlowDefinition flow, AdviceRequest request) {
        String text = request.text().strip();
        return engine.awaited(flow, request.state())
                .filter(q -> !q.slot().equals(Slots.ROLE) && !request.slots().has(q.slot())
                        && replies.read(q, request).isEmpty())
                .isPresent()
                && WHITESPACE.split(text).length <= SHORT_ANSWER_WORDS + 1 && answers.yesNo(text).isEmpty()
                && (request.slots().has(Slots.ROLE) || roles.detect(text).isPresent());
    }

    /**
     * A short structured answer the flow asked for ("2", "yesterday", "yes") that only the
     * classifier, with low confidence, took for danger: the flow takes it. Any risk rule, a
     * confident classifier, a longer message or a free-text question keeps the 999 reply.
     */
    private boolean answersTheFlow(AdviceRequest request, Optional<FlowDefinition> flow) {
        Classification c = request.classification();
        boolean modelOnly = modelOnly(c);
        boolean weak = modelOnly && c.confidence() < confidenceThreshold;
        String text = request.text().strip();
        int words = WHITESPACE.split(text).length;
        if (flow.isEmpty() || !modelOnly) {
            return false;
        }
        Optional<SlotQuestion> awaited = engine.awaited(flow.get(), request.state()).filter(q -> q.fill().structured());
        // "yes i phoned them last wk" to "have you talked it through?": a yes or no first, then what was done, and no
        // danger in the risk rules' words - the model's guess of danger is no reason to leave the question
        boolean yesNoFirst = awaited.filter(q -> q.fill() == SlotQuestion.Fill.YES_NO).isPresent()
                && answers.yesNo(text).isPresent() && words <= YES_NO_ANSWER_WORDS;
        if (!yesNoFirst && (!weak || words > SHORT_ANSWER_WORDS)) {
            return false;
        }
        return awaited.filter(q -> request.slots().has(q.slot()) || replies.read(q, request).isPresent()
                || q.namesOnlyTheWeek(request.text())).isPresent();
    }

    /** "thanks", "ok thanks", "cheers": an acknowledgement that also says goodbye, and nothing more. */
    private boolean thanksToLeave(String text) {
        return harm.followUps().acknowledges(text)
                && harm.followUps().saysGoodbye(text);
    }

    /**
     * No flow is waiting, nothing heard danger and no harm is told: only then may a cue for an ordinary need (a parent not
     * coping, a family being assessed, a complaint about practice, a caller working up to telling) take the message.
     */
    private boolean ordinaryOutsideAFlow(Optional<FlowDefinition> flow, Classification c, AdviceRequest request) {
        return flow.isEmpty() && c.route() != Route.IMMEDIATE_RISK && harm.disclosures().detect(request.text()).isEmpty();
    }

    /** Whether only the model, not a risk rule, placed the message (its guess of danger may be noise). */
    private static boolean modelOnly(Classification c) {
        return c.dangerByModelAlone();
    }

    /**
     * A short message that only states facts ("18/11/2026", "shes about 8", "in Crawley") and that the classifier
     * cannot place: it adds to the last answer's case.
     */
    private boolean onlyStatesFacts(AdviceRequest request, Slots stated) {
        // "im his mum" after an answer is who they are, however sure the model is that it is a greeting
        Route route = request.classification().route();
        boolean smallTalk = route == Route.GREETING || route == Route.OUT_OF_SCOPE;
        boolean fact = FACTS.stream().anyMatch(stated::has) || (smallTalk && stated.has(Slots.ROLE));
        return fact && (smallTalk || !confident(request.classification(), request.text()))
                && WHITESPACE.split(request.text().strip()).length <= SHORT_ANSWER_WORDS + 1;
    }

    /**
     * After the caller said they have called 999, an update that is not new danger in the risk rules' words
     * ("he's with me now", "police are here") gets what to do while help comes, not the 999 script again.
     */
    private AdviceRequest updateAfterTheCall(AdviceRequest request, Slots before) {
        boolean called = before.flag(Slots.CALLED_999).orElse(false);
        Classification c = request.classification();
        boolean update = request.slots().has(Slots.CHILD_PRESENT) || request.slots().has(Slots.CALLED_999)
                || (c.dangerByModelAlone() && c.confidence() < confidenceThreshold);
        if (!called || !update || request.slots().flag(Slots.CALLED_999).filter(yes -> !yes).isPresent()) {
            return request;
        }
        return new AdviceRequest(request.partnership(), request.state(), request.classification(), request.text(),
                request.now(), request.style(), request.slots().with(Slots.CALLED_999, Slots.YES));
    }

    /** A new message on {@code route}: a flow that answered before starts a new case when this one states one. */
    private Turn advise(Route route, AdviceRequest request, Slots before) {
        RouteAdvisor advisor = advisors.get(route);
        return flows.forRoute(route).map(f -> engine.run(f, engine.restarted(f, request, before), advisor))
                .orElseGet(() -> advisor.advise(request));
    }

    /** The last answer given again, on the same facts, for a follow-up ("link?", "so is that a yes?"). */
    private Turn again(Route route, AdviceRequest followUp) {
        RouteAdvisor advisor = advisors.get(route);
        // after "I've rung 999", "what else should I do?" is about the wait for help, not the 999 script again
        // (only a follow-up: new danger later is told to call 999 whatever was said before)
        AdviceRequest request = route == Route.IMMEDIATE_RISK && followUp.state().slots().flag(Slots.CALLED_999)
                .orElse(false) ? new AdviceRequest(followUp.partnership(), followUp.state(), followUp.classification(),
                followUp.text(), followUp.now(), followUp.style(), followUp.slots().with(Slots.CALLED_999, Slots.YES))
                : followUp;
        return flows.forRoute(route).map(f -> engine.run(f, request, advisor)).orElseGet(() -> advisor.advise(request));
    }

    /**
     * Sure enough to act on. A greeting is harmless at any confidence; a goodbye ends a call and a chat's case, so a
     * doubtful guess of one is trusted only for a message that plainly says goodbye ("cheers bye"), never for "the
     * one with the managers" to a flow's question.
     */
    private boolean confident(Classification c, String text) {
        return c.confidence() >= confidenceThreshold || c.route() == Route.GREETING
                || (c.route() == Route.GOODBYE && harm.followUps().saysGoodbye(text));
    }

    /**
     * The facts of earlier turns updated by this message's, and the caller's role from either: a role is
     * taken when none was known, or when it says a professional or a child is writing (a parent's message
     * quoting a child does not make a professional a child).
     */
    private AdviceRequest withKnownFacts(AdviceRequest request) {
        ConversationState state = request.state();
        Map<String, String> stated = new HashMap<>(request.slots().values());
        // a bare yes, no or number answers this turn's question; it is not a fact to keep
        stated.remove(Slots.ANSWER);
        stated.remove(Slots.NUMBER);
        Optional<CallerRole> said = Optional.ofNullable(stated.remove(Slots.ROLE)).map(CallerRole::valueOf)
                .or(() -> roles.detect(request.text()));
        Optional<String> disclosed = harm.disclosures().detect(request.text());
        // "my stepdad hits me" is a child telling of their own harm, even after a "1" for professional (but not
        // from someone who named their job: a teacher may quote a child)
        CallerRole role = said.filter(r -> replaces(state.role(), r) || (r == CallerRole.CHILD && disclosed.isPresent()
                && !state.slots().has(Slots.PROFESSION))).orElse(state.role());
        // "do i need to tell her parents first" from someone who has not said who they are: the one who would refer
        if (!role.isKnown() && overrides.asksAsReferrer(request.text())
                && !state.slots().flag(WhoseHarm.ABOUT_A_FRIEND).orElse(false)) {
            role = CallerRole.PROFESSIONAL;
        }
        disclosed.ifPresent(kind -> stated.put(DisclosureAdvisor.SLOT, kind));
        // a child who told of fear at home has told something: "ok" next is a check-in, not "tell me what is worrying you"
        if (disclosed.isEmpty() && role == CallerRole.CHILD && harm.disclosures().frightenedChild(request.text())) {
            stated.put(DisclosureAdvisor.SLOT, DisclosureDetector.FRIGHTENED);
        }
        // new harm or danger: whether the child is safe is a question again
        if (disclosed.isPresent() || request.classification().route() == Route.IMMEDIATE_RISK) {
            stated.put(DisclosureAdvisor.SAID_SAFE, Slots.NO);
        }
        if (disclosed.isPresent() && role != CallerRole.CHILD && overrides.childTold(request.text())) {
            stated.put(DisclosureAdvisor.TOLD, Slots.YES);
        }
        harm.online().told(request.text()).ifPresent(service -> stated.put(OnlineFollowUps.SLOT, service));
        // "my best mate keeps cutting herself": the harm is a friend's, so "im 15" next is the writer's age (lead's N10);
        // only a message that tells of harm or danger says whose it is ("im at my friends house" does not)
        if (disclosed.isPresent() || request.classification().route() == Route.IMMEDIATE_RISK) {
            harm.whose().aboutAFriend(request.text())
                    .ifPresent(friend -> stated.put(WhoseHarm.ABOUT_A_FRIEND, friend ? Slots.YES : Slots.NO));
        }
        // a child who was asked what is worrying them and now says more than "ok" or their age has told something
        boolean onlyAge = (request.slots().has(Slots.CHILD_AGE) || request.slots().has(Slots.NUMBER))
                && WHITESPACE.split(request.text().strip()).length <= AGE_ANSWER_WORDS;
        if (state.slots().flag(DisclosureAdvisor.INVITED).orElse(false) && !request.slots().has(Slots.ANSWER) && !onlyAge
                && !harm.followUps().acknowledges(request.text())) {
            stated.put(DisclosureAdvisor.INVITED, Slots.NO);
        }
        Slots known = state.slots().updatedBy(new Slots(stated));
        // "social care stepped a family down to early help and we dont agree": another agency's decision, not asked for
        if (!known.has(Slots.DECISION) && overrides.disagreesWithNamedDecision(request.text())) {
            known = known.with(Slots.DECISION, DECIDED_BY_AN_AGENCY);
        }
        // "raised it with the team manager" names the stage reached in this partnership's policy
        if (!known.has(Slots.STAGE)) {
            Optional<Integer> reached = stageTakenTo.reached(request.text(), request.partnership().escalationPolicy());
            if (reached.isPresent()) {
                known = known.with(Slots.STAGE, String.valueOf(reached.get()));
                // no stage is reached without the first discussion ("escalated to the directors on 25/11", flows 8
                // probe R04: asked whether it had been talked through)
                if (reached.get() > 0 && !known.has(Slots.INITIAL_DISCUSSION)) {
                    known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
                }
            }
        }
        // "ive already done stage 1 ... what now": with no date, the next stage is the answer (flows 8, F02)
        if (request.slots().has(Slots.STAGE) && !request.slots().has(Slots.RAISED_ON)
                && questions.saysStageDone(request.text())) {
            known = known.with(EscalationAdvisor.STAGE_DONE, request.slots().get(Slots.STAGE).orElseThrow());
        }
        // "spoke to the social worker, no change, whats the next stage": the first discussion is all so far, so the next
        // stage is answered, not asked about (flows 8, F03: asked which stage had been reached)
        // so too "i spoke to the social worker last tues, she wouldnt change it" (flows 9, A01: asked which stage)
        if (!known.has(Slots.STAGE) && known.flag(Slots.INITIAL_DISCUSSION).orElse(false)
                && (questions.asksNext(request.text()) || questions.saysOnlyDiscussed(request.text()))) {
            known = known.with(Slots.STAGE, "0");
        }
        // "stage 2 meeting with heads of service didnt resolve it on 27th nov, what now": only practitioners take a
        // disagreement through a policy's stages, so the stage and date are answered, not "are you a professional?" first
        // (lead's probe, 1 Dec); a complaint's stages name the complaint, and a child is never made a professional
        if (!role.isKnown() && known.number(Slots.STAGE).filter(n -> n > 0).isPresent()
                && !PatternFile.cueText(request.text()).contains("complain")) {
            role = CallerRole.PROFESSIONAL;
        }
        if (role.isKnown()) {
            known = known.with(Slots.ROLE, role.name());
        }
        return request.withState(state.withRole(role).withDialogue(state.dialogue().withSlots(known)));
    }

    private static boolean replaces(CallerRole known, CallerRole said) {
        return !known.isKnown() || said == CallerRole.PROFESSIONAL
                || (said == CallerRole.CHILD && known != CallerRole.PROFESSIONAL);
    }
}
