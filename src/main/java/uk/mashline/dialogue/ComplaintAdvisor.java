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
        boolean spoken = request.style().spoken();
        Advice advice = new Advice().add(wording.text(spoken ? "complaint.intro.voice" : "complaint.intro"));
        // a number to ring is one of the essentials: on a call it comes first, before the route is explained
        if (spoken) {
            addNumber(advice, request);
        }
        // a complaint is about how someone was treated, whoever makes it: where the document describes no route,
        // everyone is told where complaints go (its silence helps nobody here)
        if (!p.complaints().notStated()) {
            advice.add(p.complaints().text(), p.complaints().source());
        } else {
            advice.add(wording.text("complaint.council"));
        }
        if (!spoken) {
            addNumber(advice, request);
        }
        advice.essentialsEndHere().add(wording.text("complaint.notEscalation")).add(wording.text("complaint.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.COMPLAINT);
    }

    private void addNumber(Advice advice, AdviceRequest request) {
        var door = helpNow.frontDoor(request.partnership()).filter(c -> c.phone() != null);
        if (door.isPresent()) {
            advice.add(wording.format("complaint.frontDoor", helpNow.describe(door.get(), request)), door.get().source());
        } else {
            // no front-door number in the document: the national one, never nothing (nor the escalation contact)
            helpNow.addWhoToCall(advice, request.partnership(), request.now(), request.style(), "report.callOpen");
        }
    }
}
