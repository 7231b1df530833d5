package uk.mashline.dialogue;


/**
 * An advisor's answer and the conversation state it leaves behind.
 *
 * @param route  the route this turn was handled as (a flow continues on its own route)
 * @param intent what was recognised, or the flow step that consumed the message
 */
public record Turn(Advice advice, ConversationState state, Route route, String intent, double confidence,
                   String rule) {

    public static Turn of(AdviceRequest request, Advice advice, ConversationState state, Route route) {
        var c = request.classification();
        boolean sameRoute = c.route() == route;
        return new Turn(advice, state, route, sameRoute ? c.intent() : route.name().toLowerCase(),
                sameRoute ? c.confidence() : 1.0, route == Route.IMMEDIATE_RISK ? c.rule() : null);
    }
}
