package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Optional;

/**
 * Where a direct question about the document is answered ("what is stage 2?", "who do I contact exactly", "how do I
 * challenge it?"): from the document, on any step of any flow, without taking the stage asked about for the stage
 * reached, and on the escalation's own answer where the question is about one. A child is answered as a child by the
 * flow instead.
 */
final class DirectQuestionRouting {

    private final DirectQuestions questions;
    private final FlowEngine engine;
    private final RouteAnswers routes;

    DirectQuestionRouting(DirectQuestions questions, FlowEngine engine, RouteAnswers routes) {
        this.questions = questions;
        this.engine = engine;
        this.routes = routes;
    }

    /**
     * "What is stage 2?", "what is a MARF?": answered from the document on any step of any flow, leaving the case's
     * facts as they were (the stage asked about is not the stage reached) and a flow's question still waiting. "How do I challenge it?" after an answer is the escalation route. A child is answered
     * as a child by the flow, not with the policy's stages.
     */
    Optional<Turn> answer(AdviceRequest request, AdviceRequest original, Optional<FlowDefinition> flow, Slots before) {
        Optional<DirectQuestions.Kind> kind = questions.kind(request.text());
        // a timescale read only while the escalation's question waits, a record only inside an escalation; elsewhere
        // the message is read as before those kinds were
        boolean inEscalation = flow.map(FlowDefinition::route).orElse(request.state().dialogue().last()) == Route.ESCALATION;
        boolean waits = flow.filter(f -> f.route() == Route.ESCALATION)
                .filter(f -> engine.awaited(f, request.state()).isPresent()).isPresent();
        // esc-43: "after the partnership has met, how soon will we know the result" at the last stage, no question waiting
        // (regression chat ER03: read as a question about the stage by its people, and that stage's answer came again): the
        // case's answer says what the document says of the outcome after the meeting (MeetingOutcomeAnswer.toCome)
        var lastStagePolicy = request.partnership().escalationPolicy();
        if (inEscalation && !waits && request.role() != CallerRole.CHILD && MeetingOutcomeAnswer.asksOutcome(request.text())
                && request.state().slots().number(Slots.STAGE).flatMap(lastStagePolicy::stage)
                .filter(s -> s.outcomeMonthsAfterMeeting() != null || lastStagePolicy.stage(s.number() + 1).isEmpty())
                .isPresent()) {
            return Optional.empty();
        }
        // "how long were the team managers supposed to take on theirs", "can we jump straight to the directors bit?": a stage
        // asked by the people who hold it (esc helper, 31st session); a flow's question waiting is asked again after it
        if ((inEscalation || aboutAStage(request)) && request.role() != CallerRole.CHILD) {
            ConversationState keep = kept(request, original);
            AdviceRequest asked = request.withState(keep);
            Optional<Turn> byPeople = questions.stageByPeople(asked, keep).or(() -> familyMay(asked))
                    .or(() -> questions.standing(asked, keep)).or(() -> questions.networkMay(asked, keep))
                    .or(() -> questions.whoMay(asked, keep));
            if (byPeople.isPresent()) {
                return Optional.of(flow.filter(f -> engine.awaited(f, keep).isPresent())
                        .map(f -> askedAgain(f, asked, byPeople.get())).orElse(byPeople.get()));
            }
        }
        // "am i allowed to use the escalation process" where the model heard something else: the policy named in its own word
        if (!inEscalation && !aboutAStage(request) && request.role() != CallerRole.CHILD
                && namesThePolicy(PatternFile.cueText(request.text()))) {
            Optional<Turn> whoMay = familyMay(request).or(() -> questions.whoMay(request, request.state()));
            if (whoMay.isPresent()) {
                return whoMay;
            }
        }
        // "how long do they get to decide" after North Tyneside's answer, whose document numbers its stages and gives them no
        // time (the brief's leftover, 32nd session: that answer again, word for word): said plainly, with its contact
        var policy = request.partnership().escalationPolicy();
        boolean undatedStages = inEscalation && flow.isEmpty() && !policy.stages().isEmpty()
                && !StageWording.describesStages(policy);
        if ((kind.filter(k -> k == DirectQuestions.Kind.WAITING).isPresent() && !waits && !undatedStages)
                || (kind.filter(k -> k == DirectQuestions.Kind.RECORD).isPresent() && !inEscalation
                        // "its being referred on to the lscb panel tomorrow, what do we need to send them beforehand" as a
                        // first message the model heard as a disagreement (esc helper's own set, 31st session: asked the
                        // stage's date): what to send, from the first message on
                        && !aboutAStage(request))) {
            kind = questions.kindOutsideAnEscalation(request.text());
        }
        // "whats the timescale for them to review it?" while "have you talked it through?" waits (esc helper's second set,
        // 18th session: the stages, and no word of the question): answered, then asked again, as the waiting kind is;
        // a stage or date question waiting is left to the answer's offer to work the date out
        boolean yesNoWaits = flow.filter(f -> f.route() == Route.ESCALATION).flatMap(f -> engine.awaited(f, request.state()))
                .filter(q -> q.slot().equals(Slots.INITIAL_DISCUSSION)).isPresent();
        if (kind.filter(k -> k == DirectQuestions.Kind.STAGE).isPresent() && yesNoWaits) {
            kind = Optional.of(DirectQuestions.Kind.WAITING);
        }
        // esc-44: "how long till we get the outcome back" inside a disagreement where no stage has been reached (own set
        // esc-44-a XW01, XM01, XN01: "I cannot answer that one here", or thanked as news): what the document says of the time
        // after a contact, then a waiting question again; at a stage it asks that stage's day, answered as before
        if ((inEscalation || aboutAStage(request)) && request.role() != CallerRole.CHILD
                && questions.asksOutcomeTime(request.text())
                && request.state().slots().number(Slots.STAGE).filter(n -> n > 0).isEmpty()) {
            ConversationState keep = kept(request, original);
            AdviceRequest asked = request.withState(keep);
            Optional<Turn> told = questions.told(asked, keep);
            if (told.isPresent()) {
                return Optional.of(flow.filter(f -> engine.awaited(f, keep).isPresent())
                        .map(f -> askedAgain(f, asked, told.get())).orElse(told.get()));
            }
        }
        // a question of the caller's own while "have you talked it through?" waits, which no kind above reads and which is
        // no yes or no: answered as far as the document lets, then the question again as first asked, not its reminder
        // ("so is that a yes" reads as a term asked about: a term the document explains is still answered as one)
        if ((kind.isEmpty() || kind.get() == DirectQuestions.Kind.TERM) && yesNoWaits && request.role() != CallerRole.CHILD
                && flow.filter(f -> engine.answersAwaited(f, request)).isEmpty()) {
            ConversationState keep = kept(request, original);
            AdviceRequest asked = request.withState(keep);
            // what the document says of what the question names answers it, then the question again - not "I cannot answer
            // that one here" or "does not explain" after the document's own words (esc helper's own set, 39th session)
            List<uk.mashline.knowledge.SourcedText> documented = GuidanceNotes.askedInADisagreement(asked);
            if (!documented.isEmpty()) {
                Advice said = new Advice();
                documented.forEach(t -> said.add(t.text(), t.source()));
                return Optional.of(askedAgain(flow.get(), asked, Turn.of(asked, said.essentialsEndHere(), keep,
                        Route.ESCALATION)));
            }
            Optional<Turn> term = kind.isPresent() ? questions.term(asked, keep, Route.ESCALATION) : Optional.empty();
            return term.or(() -> questions.aside(asked, keep).map(aside -> askedAgain(flow.get(), asked, aside)));
        }
        if (kind.isEmpty() || request.role() == CallerRole.CHILD) {
            return Optional.empty();
        }
        // "is there a deadline for them to reply to me" after the complaints answer (care helper's own set, 32nd session: the
        // escalation policy's stages): how long the complaint's reply takes, which the follow-ups answer (how_long)
        if (kind.get() == DirectQuestions.Kind.STAGE && flow.isEmpty()
                && request.state().dialogue().last() == Route.COMPLAINT && questions.asksTimeOnly(request.text())) {
            return Optional.empty();
        }
        // "what if they dont reply" to "which stage have you reached?" answers it (lead's weak spot, 1 Dec: a Medway DSL
        // got stage 1 without its due date): the flow reads it and answers with the date
        if (kind.get() == DirectQuestions.Kind.OVERDUE && flow.filter(f -> engine.answersAwaited(f, request)).isPresent()) {
            return Optional.empty();
        }
        // "how long do they have to respond?" while the escalation asks whether it was talked through (esc helper's known
        // gap, 17th session): the stages and limits, then the question again; elsewhere the follow-ups answer it
        if (kind.get() == DirectQuestions.Kind.WAITING) {
            ConversationState keep = kept(request, original);
            Turn stage = questions.stage(request.withState(keep), keep, DirectQuestions.Kind.STAGE);
            // where the document sets out no stages at all (West Sussex), "whats stage 2 then" is answered and the yes or no
            // is not tacked on after it (esc helper's leftover, 30th session, E6); the question still waits. North Tyneside
            // numbers its stages without days: its timescale answer still asks again (typed-as-users E05, F04)
            if (request.partnership().escalationPolicy().stages().isEmpty()) {
                return flow.map(f -> stage);
            }
            return flow.map(f -> askedAgain(f, request, stage)).or(() -> Optional.of(stage));
        }
        if (kind.get() == DirectQuestions.Kind.CHALLENGE) {
            // "how do i challenge it" to the escalation's own question (own probe, 1 Dec: "please reply yes or no"):
            // that question as first asked, with what it means beside it, never the reminder how to answer
            if (flow.filter(f -> f.route() == Route.ESCALATION).isPresent()) {
                DialogueState d = request.state().dialogue();
                AdviceRequest fresh = request.withState(request.state().withDialogue(
                        new DialogueState(d.flow(), null, d.slots(), d.last())));
                return Optional.of(engine.run(flow.get(), fresh, routes.advisor(Route.ESCALATION)));
            }
            return flow.isEmpty() && request.state().dialogue().last() != null
                    ? Optional.of(routes.advise(Route.ESCALATION, request, before)) : Optional.empty();
        }
        // "is it overdue now?", "are they late then?" after a stage's answer with its day, no question of the flow waiting:
        // yes or not yet, then that stage's answer; anywhere else, or with no dated stage, the follow-ups give the last
        // answer's date again (context-questions.tsv how_long)
        if (kind.get() == DirectQuestions.Kind.PAST_DUE) {
            ConversationState keep = kept(request, original);
            if (request.state().dialogue().last() != Route.ESCALATION || flow.flatMap(f -> engine.awaited(f, keep)).isPresent()
                    || !(routes.advisor(Route.ESCALATION) instanceof FlowHooks escalation)) {
                return Optional.empty();
            }
            return escalation.ifPastDue(request.withState(keep));
        }
        // "what happens if they miss it": the next stage, but only about an escalation the line has answered
        // "who do i contact exactly": the escalation's contact, but only inside an escalation (elsewhere the
        // route's own answer gives its numbers)
        if ((kind.get() == DirectQuestions.Kind.OVERDUE || kind.get() == DirectQuestions.Kind.CONTACT
                || kind.get() == DirectQuestions.Kind.TOLD || kind.get() == DirectQuestions.Kind.SAY)
                && flow.map(FlowDefinition::route)
                .orElse(request.state().dialogue().last()) != Route.ESCALATION) {
            return Optional.empty();
        }
        // "whats the number" after an answer: the follow-ups give that answer's numbers again, as before
        if (kind.get() == DirectQuestions.Kind.CONTACT && flow.isEmpty() && DirectQuestions.asksNumber(request.text())) {
            return Optional.empty();
        }
        ConversationState keep = kept(request, original);
        AdviceRequest asked = request.withState(keep);
        // "where do i send the escalation template": the escalation's answer, so that "link?" or "more" stay with it
        Route route = flow.map(FlowDefinition::route).orElse(request.classification().route() == Route.ESCALATION
                ? Route.ESCALATION : Route.CONSULTATION);
        // the flow's question stays waiting but is not asked again here: the answer offers to work the date out
        // "what if they dont reply" after a stage answered with its date: the day to move on and the next stage's date
        // (the case answered, no question of the flow waiting)
        if (kind.get() == DirectQuestions.Kind.OVERDUE && flow.flatMap(f -> engine.awaited(f, keep)).isEmpty()
                && routes.advisor(Route.ESCALATION) instanceof FlowHooks escalation) {
            Optional<Turn> noReply = escalation.ifNoReply(asked, questions.asksAfterThat(request.text()));
            // "can i go to stage 2 after friday?": asked whether they may, so said as a yes before the day and the stage
            if (noReply.isPresent()) {
                return Optional.of(questions.saidAsYes(request, noReply.get()));
            }
        }
        // "what do i say to them" while "have you talked it through?" waits (lead's sealed q18b, 3 Dec: "please reply yes if
        // ..." to a North Tyneside mum): what to say, then the question again
        if (kind.get() == DirectQuestions.Kind.SAY) {
            Turn said = questions.say(asked, keep);
            return Optional.of(flow.filter(f -> engine.awaited(f, keep).isPresent())
                    .map(f -> askedAgain(f, asked, said)).orElse(said));
        }
        // "who do i even talk to about it" from a family once answered: whom a family talks to, not the professionals' contact
        if (kind.get() == DirectQuestions.Kind.CONTACT && flow.flatMap(f -> engine.awaited(f, keep)).isEmpty()
                && routes.advisor(Route.ESCALATION) instanceof FlowHooks escalation) {
            Optional<Turn> family = escalation.familyContact(asked);
            if (family.isPresent()) {
                return family;
            }
        }
        // "how many stages are there" while "are you a professional, a parent or the child?" waits (esc helper's leftover, 31st
        // session K03, and own set 32: that question again, unanswered): answered, then the question as first asked
        boolean roleWaits = flow.filter(f -> f.route() == Route.ESCALATION).flatMap(f -> engine.awaited(f, keep))
                .filter(q -> q.slot().equals(Slots.ROLE)).isPresent();
        return switch (kind.get()) {
            case STAGE, OVERDUE -> Optional.of(roleWaits ? askedAgain(flow.get(), asked, questions.stage(asked, keep, kind.get()))
                    : questions.stage(asked, keep, kind.get()));
            case CONTACT -> Optional.of(questions.contact(asked, keep));
            // "will they tell me what they decided?" inside a disagreement (blind set 6, G12: the consent reply)
            case TOLD -> questions.told(asked, keep);
            // "do i need to fill in a form for that?" inside a disagreement (esc helper's unseen set, 18th session: the
            // report-a-concern answer): what the policy asks to be written down
            case RECORD -> Optional.of(questions.record(asked, keep));
            // "whats a TAF meeting": a term the early help answer itself leads with (partnerships/*.yml EARLY_HELP entries that
            // name it) is that answer, with its teams, not the term's words alone (facts helper, 37th session)
            default -> namedByEarlyHelp(asked) ? Optional.of(routes.advise(Route.EARLY_HELP, asked, before))
                    : questions.term(asked, keep, route);
        };
    }

    /**
     * "escalat", or "this policy" with no other policy's subject in the message: on this line the policy asked about is the
     * partnership's escalation policy ("does this policy apply to police officers too or is it just social workers": own
     * trial esc-41-a L02, the consultation answer), unless consent, information sharing or a complaint is named.
     */
    private static final java.util.regex.Pattern OTHER_POLICY = java.util.regex.Pattern.compile(
            "\\b(?:consent|shar(?:e|ing)|gdpr|data protection|confidential\\w*|complain\\w*|whistleblow\\w*)\\b");

    static boolean namesThePolicy(String cueText) {
        return cueText.contains("escalat")
                || cueText.contains("policy") && !OTHER_POLICY.matcher(cueText).find();
    }

    private static boolean namedByEarlyHelp(AdviceRequest request) {
        return request.partnership().guidance(uk.mashline.knowledge.GuidanceTopic.EARLY_HELP, null, request.text()).stream()
                .anyMatch(g -> !g.mentions().isEmpty() && g.topics().size() == 1);
    }

    /**
     * A parent or relative asking whether they may challenge a decision ("im the mum can i challenge it", "can i escalate it
     * myself? its my son"): the family's answer where the policy is for professionals, never the professionals' words of
     * who may use it and their line manager (the brief's leftover, 32nd session).
     */
    private Optional<Turn> familyMay(AdviceRequest request) {
        if (!questions.asksWhetherMay(request.text())
                || !(routes.advisor(Route.ESCALATION) instanceof FlowHooks escalation)) {
            return Optional.empty();
        }
        return escalation.familyMayChallenge(request);
    }

    /**
     * Whether a message outside an escalation is about one all the same: the model heard a disagreement, or the message
     * placed a stage by its people ("its being referred on to the lscb panel tomorrow, what do we send them").
     */
    private static boolean aboutAStage(AdviceRequest request) {
        return request.classification().route() == Route.ESCALATION
                || request.state().slots().number(Slots.STAGE).filter(n -> n > 0).isPresent();
    }

    /** The case as it was before the question (the stage asked about is not the stage reached), with the role now known. */
    private static ConversationState kept(AdviceRequest request, AdviceRequest original) {
        ConversationState state = request.state();
        Slots kept = original.state().slots();
        if (state.role().isKnown()) {
            kept = kept.with(Slots.ROLE, state.role().name());
        }
        return state.withDialogue(original.state().dialogue().withSlots(kept));
    }

    /** The answer, then the flow's waiting question again as it was first asked, so the caller knows what to reply. */
    private Turn askedAgain(FlowDefinition flow, AdviceRequest request, Turn answer) {
        engine.question(flow, request.withState(answer.state()), routes.advisor(flow.route()))
                .ifPresent(q -> answer.advice().addToEssentials(q));
        return answer;
    }
}
