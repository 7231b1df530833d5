package uk.mashline.dialogue;

import uk.mashline.knowledge.ContactKind;


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
        // a professional unhappy with another's practice: where the document sends a concern about a colleague (B13)
        if (request.role() == CallerRole.PROFESSIONAL) {
            p.contacts(ContactKind.WHISTLEBLOWING).forEach(c -> advice.add(wording.format("complaint.whistleblowing",
                    java.util.Map.of("name", c.name(), "notes", c.notes() == null ? "" : c.notes(),
                            "url", c.url() == null ? "" : c.url())).strip(), c.source()));
        }
        // "what else" after the complaints answer: how to make the complaint, before the note on escalation (care helper's
        // unseen set, twelfth session: only that note and the 999 line)
        advice.essentialsEndHere().add(wording.text("complaint.steps")).add(wording.text("complaint.notEscalation"))
                .add(wording.text("complaint.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.COMPLAINT);
    }

    /** The partnership's own number to talk it through (its front door, or else its number for its decisions). */
    private void addNumber(Advice advice, AdviceRequest request) {
        var p = request.partnership();
        var own = helpNow.frontDoor(p).filter(c -> c.phone() != null)
                .or(() -> p.contacts(ContactKind.DISAGREEMENT).stream().filter(c -> c.phone() != null).findFirst());
        own.ifPresent(c -> advice.add(wording.format("complaint.frontDoor", helpNow.describe(c, request)), c.source()));
        if (own.isEmpty()) {
            // never nothing to ring, but only the national line: 101 is for a crime, not for how someone was treated
            helpNow.addNational(advice, request);
        }
    }
}
