package uk.mashline.dialogue;


/**
 * Greetings, goodbyes and messages the line cannot help with. Never a dead end: each gives
 * the 999 line and the front door's number, except a goodbye after an answer that was not about a child's safety.
 */
public final class FrontDoorAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    private final Route route;
    private final String key;

    public FrontDoorAdvisor(Wording wording, HelpNow helpNow, Route route, String key) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.route = route;
        this.key = key;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        // a goodbye after an answer that was not about a child's safety: the caller has what they came for (a child is
        // always left with 999 and a number)
        if (route == Route.GOODBYE && request.state().onlyProcessAnswered()
                && request.role() != CallerRole.CHILD) {
            Advice advice = new Advice().add(wording.format(key, "partnership", request.partnership().name()))
                    .essentialsEndHere().hangUp();
            return Turn.of(request, advice, request.state().settled(), route);
        }
        Advice advice = new Advice()
                .add(wording.format(key, "partnership", request.partnership().name()))
                .add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        // a greeting or a goodbye needs a number to ring, never a professional's note about the document
        helpNow.addWhoToCall(advice, request.partnership(), request.now(), request.style(), "contact.frontDoorOpen");
        advice.essentialsEndHere();
        if (route != Route.GOODBYE) {
            advice.add(wording.text(request.style().spoken() ? "menu.voice" : "menu.text"));
        }
        if (route == Route.GOODBYE) {
            advice.hangUp();
        }
        return Turn.of(request, advice, request.state().settled(),
                route);
    }
}
