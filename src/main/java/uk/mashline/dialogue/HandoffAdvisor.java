package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;

import java.util.Optional;

/**
 * Wants a person: the number that has a person behind it now. On a call in hours the caller
 * is put through; out of hours they are given the emergency duty team.
 */
public final class HandoffAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;

    public HandoffAdvisor(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Advice advice = new Advice();
        boolean professional = request.role() == CallerRole.PROFESSIONAL;
        Optional<Contact> person = helpNow.transferTarget(request.partnership(), request.now(), professional);
        if (professional) {
            // a document that sends professionals to their own safeguarding lead for advice says so first
            request.partnership().contact(ContactKind.CONSULTATION).filter(c -> c.phone() == null && c.notes() != null)
                    .ifPresent(c -> advice.add(wording.format("consult.lineNoPhone", helpNow.describe(c, request)),
                            c.source()));
        }
        if (person.isPresent() && request.style().spoken()) {
            advice.add(wording.format("handoff.transfer", helpNow.describe(person.get(), request)),
                    person.get().source());
            advice.transferTo(person.get().phone());
        } else if (person.isPresent()) {
            // "open now" only when published hours say so; otherwise just the number
            String key = helpNow.isOpen(person.get(), request.now()) ? "handoff.call" : "handoff.callNumber";
            advice.add(wording.format(key, helpNow.describe(person.get(), request)), person.get().source());
        } else {
            helpNow.addWhoToCall(advice, request, "handoff.call");
        }
        advice.add(wording.text("handoff.danger")).essentialsEndHere();
        return Turn.of(request, advice, request.state().settled(),
                Route.HUMAN_HANDOFF);
    }
}
