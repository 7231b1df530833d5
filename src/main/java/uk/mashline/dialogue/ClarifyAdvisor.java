package uk.mashline.dialogue;


/**
 * Not sure what is needed: one clarifying question with numbered choices. A second miss
 * in a row offers a person instead of asking again; a caller on the phone, whom Twilio may be
 * transcribing badly (another language, a strong accent, a whisper), hears the 999 line and is put
 * through to the MASH or the out-of-hours team.
 */
public final class ClarifyAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HandoffAdvisor handoff;
    private final HelpNow helpNow;

    public ClarifyAdvisor(Wording wording, HandoffAdvisor handoff, HelpNow helpNow) {
        this.wording = wording;
        this.handoff = handoff;
        this.helpNow = helpNow;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        ConversationState state = request.state();
        if (state.misses() >= 1 && request.style().spoken()) {
            var person = helpNow.personNow(request.partnership(), request.now());
            if (person.isPresent()) {
                Advice advice = new Advice().add(wording.text("risk.first.voice"))
                        .add(wording.format("clarify.secondMiss.transfer", helpNow.describe(person.get(), request)),
                                person.get().source())
                        .transferTo(person.get().phone()).essentialsEndHere();
                return new Turn(advice, state.settled(), Route.HUMAN_HANDOFF, request.classification().intent(),
                        request.classification().confidence(), null);
            }
        }
        if (state.misses() >= 1) {
            Turn offer = handoff.offer(request);
            Advice advice = new Advice().add(wording.text("clarify.secondMiss"));
            offer.advice().paragraphs().forEach(advice::add);
            return new Turn(copySources(offer.advice(), advice).essentialsEndHere(), offer.state(), offer.route(),
                    request.classification().intent(), request.classification().confidence(), null);
        }
        Advice advice = new Advice()
                .add(wording.text("clarify.question"))
                .add(wording.text(request.style().spoken() ? "menu.voice" : "menu.text"))
                .add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"))
                .essentialsEndHere();
        return new Turn(advice, state.withDialogue(state.dialogue().asking(DialogueState.CLARIFY, null, state.slots()))
                .withMisses(state.misses() + 1),
                request.classification().route(), request.classification().intent(),
                request.classification().confidence(), null);
    }

    private static Advice copySources(Advice from, Advice to) {
        to.citeAll(from.sources());
        if (from.action() == ReplyAction.TRANSFER) {
            to.transferTo(from.transferNumber());
        }
        return to;
    }
}
