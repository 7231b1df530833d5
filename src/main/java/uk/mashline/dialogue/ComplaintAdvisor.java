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
        Advice advice = new Advice().add(wording.text("complaint.intro"));
        if (!p.complaints().notStated()) {
            advice.add(p.complaints().text(), p.complaints().source());
        } else {
            // a professional may need to know the document is silent; everyone is told where complaints go
            if (request.role() == CallerRole.PROFESSIONAL) {
                advice.add(p.complaints().text(), p.complaints().source());
            }
            advice.add(wording.text("complaint.council"));
        }
        advice.essentialsEndHere()
                .add(wording.text("complaint.notEscalation"));
        var door = helpNow.frontDoor(p).filter(c -> c.phone() != null);
        if (door.isPresent()) {
            advice.add(wording.format("complaint.frontDoor", helpNow.describe(door.get(), request)), door.get().source());
        } else {
            // no front-door number in the document: the national one, never nothing
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        advice.add(wording.text("complaint.danger"));
        return Turn.of(request, advice, request.state().settled(),
                Route.COMPLAINT);
    }
}
