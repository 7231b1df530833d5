package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Slots;

import java.util.Optional;

import static uk.mashline.dialogue.ClassifierTrust.modelOnly;

/**
 * Whether a reply to a flow's question answers it or leaves the flow: "2", "yesterday", "im his nan" or "they decided
 * not to increase visits" stay with the question, whatever topic the model heard; a confident other topic leaves. A
 * frightened caller who answered what was asked must never be asked it again, nor lose the case for a guess.
 */
final class FlowReplies {

    /** "2", "yesterday", "in Crawley": a short answer, not a new story. */
    static final int SHORT_ANSWER_WORDS = 5;
    /** "yes i phoned them last week": a yes or no and what was done, no longer. */
    static final int YES_NO_ANSWER_WORDS = 8;

    private final FlowEngine engine;
    private final ReplyReader replies;
    private final AnswerParser answers;
    private final CallerRoleDetector roles;
    private final ClassifierTrust trust;
    private final FollowUpAdvisor followUps;
    private final StageTakenTo stageTakenTo;

    FlowReplies(FlowEngine engine, ReplyReader replies, AnswerParser answers, CallerRoleDetector roles,
                ClassifierTrust trust, FollowUpAdvisor followUps, StageTakenTo stageTakenTo) {
        this.engine = engine;
        this.replies = replies;
        this.answers = answers;
        this.roles = roles;
        this.trust = trust;
        this.followUps = followUps;
        this.stageTakenTo = stageTakenTo;
    }

    /**
     * An adult's message that names harm but also gives the flow a fact it lacked ("the MASH closed my referral
     * about a boy with bruises") describes the case the flow is about, not a new disclosure.
     */
    static boolean aboutTheCase(FlowDefinition flow, AdviceRequest request, Slots before) {
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
     * "i emailed the service manager", "weve gone to the resolution panel" to "have you talked it through?": the people
     * of a stage of this partnership's policy, named, say how far the case has gone (lead's generated sweep, 2 Dec: the
     * complaints answer at 0.75, and the 999 reply from the model alone at 0.21).
     */
    private boolean namesAStageHolder(FlowDefinition flow, AdviceRequest request) {
        return flow.route() == Route.ESCALATION
                && stageTakenTo.reached(request.text(), request.partnership().escalationPolicy()).isPresent();
    }

    /**
     * A confident other topic leaves the flow, unless the reply is what was asked for (a free answer, a yes
     * or no) or states a fact the flow needs and did not have ("they decided not to increase visits" is still
     * the escalation).
     */
    boolean interrupts(FlowDefinition flow, AdviceRequest request, Slots before) {
        Classification c = request.classification();
        // "ok" to a question is not a goodbye: the question is asked again; nor is "ok i will do that" or "where do i
        // go from here", whatever the model's confidence - only a plain goodbye ("thats all thanks") leaves a flow so;
        // "dunno when" answers the question, whatever topic the model heard in it
        if (!flow.interruptedBy().contains(c.route()) || !trust.confident(c, request.text())
                || (c.route() == Route.GOODBYE && !followUps.saysGoodbye(request.text()))
                || answers.yesNo(request.text()).isPresent() || flow.notKnown(request.text())
                || aboutTheCase(flow, request, before) || restatesTheDecision(flow, request)
                || namesAStageHolder(flow, request) || followUps.acknowledges(request.text())) {
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
    boolean saysOnlyWhoTheyAre(FlowDefinition flow, AdviceRequest request) {
        String text = request.text().strip();
        return engine.awaited(flow, request.state())
                .filter(q -> !q.slot().equals(Slots.ROLE) && !request.slots().has(q.slot())
                        && replies.read(q, request).isEmpty())
                .isPresent()
                && Words.in(text) <= SHORT_ANSWER_WORDS + 1 && answers.yesNo(text).isEmpty()
                && (request.slots().has(Slots.ROLE) || roles.detect(text).isPresent());
    }

    /**
     * A short structured answer the flow asked for ("2", "yesterday", "yes") that only the
     * classifier, with low confidence, took for danger: the flow takes it. Any risk rule, a
     * confident classifier, a longer message or a free-text question keeps the 999 reply.
     */
    boolean answersTheFlow(AdviceRequest request, Optional<FlowDefinition> flow) {
        Classification c = request.classification();
        boolean modelOnly = modelOnly(c);
        boolean weak = modelOnly && trust.doubtful(c);
        String text = request.text().strip();
        int words = Words.in(text);
        if (flow.isEmpty() || !modelOnly) {
            return false;
        }
        Optional<SlotQuestion> awaited = engine.awaited(flow.get(), request.state()).filter(q -> q.fill().structured());
        // "yes i phoned them last wk" to "have you talked it through?": a yes or no first, then what was done, and no
        // danger in the risk rules' words - the model's guess of danger is no reason to leave the question
        boolean yesNoFirst = awaited.filter(q -> q.fill() == SlotQuestion.Fill.YES_NO).isPresent()
                && answers.yesNo(text).isPresent() && words <= YES_NO_ANSWER_WORDS;
        if (awaited.isPresent() && weak && words <= YES_NO_ANSWER_WORDS && namesAStageHolder(flow.get(), request)) {
            return true;
        }
        if (!yesNoFirst && (!weak || words > SHORT_ANSWER_WORDS)) {
            return false;
        }
        return awaited.filter(q -> request.slots().has(q.slot()) || replies.read(q, request).isPresent()
                || q.namesOnlyTheWeek(request.text())).isPresent();
    }
}
