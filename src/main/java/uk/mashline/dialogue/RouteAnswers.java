package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer on a route: its flow (dialogue/flows.yml) run by the {@link FlowEngine} where it has one, else its advisor.
 * A new message starts a new case; a follow-up gets the last answer again, on the same facts, to build on. Every route
 * has an advisor, checked at start-up: a message with nowhere to go would get no answer at all.
 */
final class RouteAnswers {

    private final Map<Route, RouteAdvisor> advisors;
    private final FlowCatalog flows;
    private final FlowEngine engine;

    RouteAnswers(Map<Route, RouteAdvisor> advisors, FlowCatalog flows, FlowEngine engine) {
        this.advisors = new EnumMap<>(advisors);
        for (Route route : Route.values()) {
            if (!this.advisors.containsKey(route)) {
                throw new IllegalArgumentException("no advisor for route " + route);
            }
        }
        this.flows = flows;
        this.engine = engine;
    }

    RouteAdvisor advisor(Route route) {
        return advisors.get(route);
    }

    /** A new message on {@code route}: a flow that answered before starts a new case when this one states one. */
    Turn advise(Route route, AdviceRequest request, Slots before) {
        RouteAdvisor advisor = advisors.get(route);
        return flows.forRoute(route).map(f -> engine.run(f, engine.restarted(f, request, before), advisor))
                .orElseGet(() -> advisor.advise(request));
    }

    /**
     * The last answer on any route, given again for a follow-up to {@code request} (the conversation settled: no flow
     * question waiting), for the follow-up advisors to build on.
     */
    Function<Route, Turn> againFor(AdviceRequest request) {
        AdviceRequest settled = request.withState(request.state().settled());
        return route -> again(route, settled);
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
}
