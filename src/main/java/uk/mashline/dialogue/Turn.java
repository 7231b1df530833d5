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

    /** This turn with other words: a follow-up's answer stays on the route, intent and state of the answer it follows. */
    public Turn withAdvice(Advice other) {
        return new Turn(other, state, route, intent, confidence, rule);
    }

    /** This turn leaving another state behind (a marker kept or dropped for the next turn), its words unchanged. */
    public Turn withState(ConversationState other) {
        return new Turn(advice, other, route, intent, confidence, rule);
    }
}
