package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Route;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what one message means in its conversation and which advisor answers it. Immediate
 * risk preempts everything, at any step of any flow; a flow in progress takes the answers it
 * asked for; otherwise a confident classification picks the route and a doubtful one gets a
 * clarifying question.
 */
public final class Conversation {

    /** Routes that may interrupt a flow waiting for an answer, when recognised with confidence. */
    private static final Set<Route> INTERRUPTS = Set.of(Route.COMPLAINT, Route.HUMAN_HANDOFF, Route.GOODBYE,
            Route.REPORT_CONCERN, Route.EARLY_HELP, Route.CONSENT_INFO_SHARING);

    private static final int SHORT_ANSWER_WORDS = 5;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_STAGES = 9;

    private final Map<Route, RouteAdvisor> advisors;
    private final ClarifyAdvisor clarify;
    private final AnswerParser answers;
    private final CallerRoleDetector roles;
    private final double confidenceThreshold;
    private final Map<String, RouteAdvisor> smsKeywords;

    /**
     * @param smsKeywords advisors for the carriers' opt-out words (STOP, HELP, START), which on SMS
     *                    must still leave the sender with the 999 line
     */
    public Conversation(Map<Route, RouteAdvisor> advisors, ClarifyAdvisor clarify, AnswerParser answers,
                        CallerRoleDetector roles, double confidenceThreshold, Map<String, RouteAdvisor> smsKeywords) {
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
    }

    public Turn take(AdviceRequest original) {
        AdviceRequest request = withDetectedRole(original);
        Classification c = request.classification();
        ConversationState state = request.state();
        if (c.route() == Route.IMMEDIATE_RISK && !answersTheFlow(request)) {
            return advise(Route.IMMEDIATE_RISK, request);
        }
        if (request.style().channel() == Channel.SMS) {
            RouteAdvisor keyword = smsKeywords.get(request.text().strip().toLowerCase(java.util.Locale.UK));
            if (keyword != null) {
                return keyword.advise(request);
            }
        }
        Optional<Route> menu = answers.menuChoice(request.text());
        if (state.step() == FlowStep.CLARIFY || (menu.isPresent() && state.step() == FlowStep.NONE)) {
            if (menu.isPresent()) {
                return advise(menu.get(), request);
            }
            return confident(c) ? advise(c.route(), request) : clarify.advise(request);
        }
        if (state.step().isEscalation()) {
            boolean interrupts = INTERRUPTS.contains(c.route()) && confident(c) && state.step() != FlowStep.ESCALATION_DECISION
                    && answers.yesNo(request.text()).isEmpty();
            return interrupts ? advise(c.route(), request) : advise(Route.ESCALATION, request);
        }
        if (!confident(c)) {
            return clarify.advise(request);
        }
        return advise(c.route(), request);
    }

    /**
     * A short structured answer the flow asked for ("2", "yesterday", "yes") that only the
     * classifier, with low confidence, took for danger: the flow takes it. Any risk rule, a
     * confident classifier, a longer message or a free-text step keeps the 999 reply.
     */
    private boolean answersTheFlow(AdviceRequest request) {
        Classification c = request.classification();
        boolean weak = c.rule() != null && c.rule().startsWith("classifier") && !c.rule().equals("classifier-unavailable")
                && c.confidence() < confidenceThreshold;
        String text = request.text().strip();
        if (!weak || WHITESPACE.split(text).length > SHORT_ANSWER_WORDS) {
            return false;
        }
        return switch (request.state().step()) {
            case ESCALATION_INITIAL_DISCUSSION -> answers.yesNo(text).isPresent();
            case ESCALATION_STAGE -> answers.stage(text, MAX_STAGES).isPresent();
            case ESCALATION_RAISED_ON -> answers.date(text, request.now().toLocalDate()).isPresent();
            case ESCALATION_ROLE -> answers.menuChoice(text).isPresent() || roles.detect(text).isPresent();
            default -> false;
        };
    }

    private Turn advise(Route route, AdviceRequest request) {
        return advisors.get(route).advise(request);
    }

    private boolean confident(Classification c) {
        return c.confidence() >= confidenceThreshold || c.route() == Route.GREETING || c.route() == Route.GOODBYE;
    }

    private AdviceRequest withDetectedRole(AdviceRequest request) {
        if (request.state().step() == FlowStep.ESCALATION_ROLE) {
            return request;
        }
        return roles.detect(request.text())
                .filter(role -> !request.state().role().isKnown()
                        || (role == CallerRole.PROFESSIONAL && request.state().role() != role))
                .map(role -> new AdviceRequest(request.partnership(), request.state().withRole(role),
                        request.classification(), request.text(), request.now(), request.style(), request.slots()))
                .orElse(request);
    }
}
