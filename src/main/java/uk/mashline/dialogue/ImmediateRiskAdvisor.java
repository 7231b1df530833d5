package uk.mashline.dialogue;

import uk.mashline.nlu.Route;

/**
 * Danger now. The 999 line comes first, before anything else, on every channel; then who to
 * tell once the child is safe. Any flow in progress is dropped.
 */
public final class ImmediateRiskAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    private final ChildHelp childHelp;

    public ImmediateRiskAdvisor(Wording wording, HelpNow helpNow, ChildHelp childHelp) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.childHelp = childHelp;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text(request.style().spoken() ? "risk.first.voice" : "risk.first"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        advice.essentialsEndHere();
        if (request.role() == CallerRole.CHILD) {
            advice.add(wording.text("risk.child"));
            childHelp.add(advice);
        }
        advice.add(wording.text("risk.stayHere"));
        ConversationState state = request.state().settled();
        return Turn.of(request, advice, state, Route.IMMEDIATE_RISK);
    }
}
