package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

/**
 * After danger or a disclosure an adult's "ok" is not the end: is the child safe now, and 999 if not. The question is
 * remembered for one turn, so that a bare "no" or "yes she's with her mum" is its answer (999 first, or who to tell
 * today), not the same check-in again (own probe, 1 Dec).
 */
final class AdultCheckIn {

    /**
     * Kept (yes) for the one turn after an adult was asked "is the child safe now?", so that a bare "no" or "yes she's
     * with her mum" is the answer to it (999 first, or who to tell today), not the same check-in again (own probe, 1 Dec).
     */
    static final String ASKED_IF_SAFE = "asked_if_safe";

    private final Wording wording;
    private final HelpNow helpNow;

    AdultCheckIn(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    /**
     * Kept (yes) once an adult's "ok" to the 999 answer was told to call and say when they have: the next "ok" is asked
     * whether the child is safe now.
     */
    static final String URGED_TO_CALL = "urged_999";

    /**
     * Is the child safe now; written, with the 999 line after it.
     *
     * @param acknowledged the message only says "ok" (or "yes please"): to the 999 answer, "ok, I will"
     */
    Turn checkIn(AdviceRequest request, boolean acknowledged) {
        Slots known = request.state().slots();
        // "ok" to the 999 answer is "ok, I will", not news: call now and say when you have, before asking about the child;
        // "ok" to "is the child safe now?" is not its answer: still here, tell me when you can - not the question word for
        // word (care helper's unseen set, 2 Dec: the same check-in to every "ok")
        // (harm told of the past, "her uncle touched her", is asked after the child first, as before)
        // a fact given after it ("he is 3", "she is 9") is not that "ok": no urge as if nothing had been said (blind tester,
        // 3 Dec: "If you have not called 999 yet" to an age, and no number to pass the worry on)
        boolean afterDanger = request.state().dialogue().last() == Route.IMMEDIATE_RISK;
        // nor after the care for self-harm seen to and over (care helper's own set, 36th session: a mother home from hospital
        // with her daughter was told "if you have not called 999 yet, please call now" for her "ok")
        boolean urge = acknowledged && afterDanger && !known.has(DisclosureAdvisor.SLOT)
                && !known.flag(Slots.CALLED_999).orElse(false) && !known.flag(URGED_TO_CALL).orElse(false)
                && !known.flag(SelfHarmCare.GIVEN).orElse(false);
        // risk-43: tablets taken, an overdose or a plan to act told, and no call said to be made: "he says he feels fine tho",
        // "the first aider is with her" are not the child safe for now (own set SW02, SM02: "Is the child safe now?") - the
        // body is still in danger, so 999 first, once more, with why
        // risk-45: ... and so after someone strangled, a baby gone floppy, a head hurt ("its gone quiet now", "hes breathing i
        // think": own set RS05, RN06 - "Is the child safe now?"), in words for that
        boolean selfHarm = known.flag(ImmediateRiskAdvisor.SELF_HARM_999).orElse(false);
        boolean bodyAtRisk = !urge && afterDanger && (selfHarm || known.flag(ImmediateRiskAdvisor.BODY_999).orElse(false))
                && !known.flag(Slots.CALLED_999).orElse(false) && !known.flag(ImmediateRiskAdvisor.HELP_CAME).orElse(false)
                && !known.flag(SelfHarmCare.GIVEN).orElse(false);
        String key = bodyAtRisk ? (selfHarm ? "followup.selfHarm999" : "followup.body999")
                : urge ? "followup.call999"
                : known.flag(DisclosureAdvisor.SAID_SAFE).orElse(false) ? "followup.checkIn.safe"
                // risk-47: nor, away from a danger answer, once the writer said the child is with them ("he come back from
                // contact on sunday and said dads new girlfriend slapped him ... hes home with me now", then "ok": own set
                // risk-47-a AM05 - "Is the child safe now?" to a mother who had just said so): harm gone by, the child safe with
                // them - pass the worry on today
                : !afterDanger && known.flag(Slots.CHILD_PRESENT).orElse(false) ? "followup.checkIn.safe"
                : known.flag(ImmediateRiskAdvisor.CHILD_MISSING).orElse(false)
                        // lead-45: not "if no one has told the police yet" to someone who said they know (LA11)
                        ? (known.flag(Slots.CALLED_999).orElse(false) ? "followup.checkIn.missing.told" : "followup.checkIn.missing")
                : known.flag(ASKED_IF_SAFE).orElse(false) ? "followup.checkIn.again" : "followup.checkIn";
        Advice advice = new Advice().add(wording.text(request.style().spoken() ? key + ".voice" : key));
        // a call's check-in says "hang up and dial 999" itself; written, the 999 line follows it
        if (!request.style().spoken() && !bodyAtRisk) {
            advice.add(wording.text("safety.999"));
        }
        advice.essentialsEndHere();
        // after the 999 answer, whom to tell once the child is safe, from the partnership's data: the chat is not locked to 999
        if (afterDanger && !urge) {
            helpNow.addWhoToCall(advice.add(wording.text("context.tellAfter")), request, "report.callOpen");
        }
        ConversationState settled = request.state().settled();
        // the question was asked: the next message may answer it
        // lead-44: "has the child been found?" is asked the same way: a bare "no" is still no child safe (999 first)
        if (key.equals("followup.checkIn") || key.startsWith("followup.checkIn.missing")) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(ASKED_IF_SAFE, Slots.YES)));
        } else if (urge || bodyAtRisk) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(URGED_TO_CALL, Slots.YES)));
        }
        return Turn.of(request, advice, settled, request.state().dialogue().last());
    }

    /** The turn as it is, except that "is the child safe now?" asked the turn before is no longer waiting for its answer. */
    Turn forgetCheckInUnlessAsked(Turn turn, AdviceRequest request) {
        Slots slots = turn.state().slots();
        if (!slots.flag(ASKED_IF_SAFE).orElse(false) || !request.state().slots().flag(ASKED_IF_SAFE).orElse(false)) {
            return turn;
        }
        // asked again this turn (the same question in the reply): still waiting
        String question = wording.text(request.style().spoken() ? "followup.checkIn.voice" : "followup.checkIn");
        if (turn.advice().paragraphs().contains(question)) {
            return turn;
        }
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(slots.with(ASKED_IF_SAFE,
                Slots.NO))));
    }
}
