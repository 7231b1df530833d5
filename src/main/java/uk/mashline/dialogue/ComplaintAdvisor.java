package uk.mashline.dialogue;


/**
 * Unhappy with how the service or a person behaved. This is the complaints route, not the
 * escalation policy, which is for disagreeing with a decision; the reply says so.
 */
public final class ComplaintAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;

    public ComplaintAdvisor(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        var p = request.partnership();
        Advice advice = new Advice()
                .add(wording.text("complaint.intro"))
                .add(p.complaints().text(), p.complaints().source())
                .essentialsEndHere()
                .add(wording.text("complaint.notEscalation"));
        helpNow.frontDoor(p).filter(c -> c.phone() != null).ifPresent(c -> advice.add(
                wording.format("complaint.frontDoor", helpNow.describe(c, request)), c.source()));
        advice.add(wording.text("complaint.danger"));
        return Turn.of(request, advice, request.state().settled(),
                Route.COMPLAINT);
    }
}
