package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Optional;

/**
 * Self-harm that is done and over and not deep ("i cut again tonight, its stopped bleeding, not deep", a mother's "the cuts
 * are healing"): the route stays immediate risk, so the duty team still hears of it, but the reply leads with care - kind
 * words, what to do for the cut, 999 for the signs of danger, Childline - not "Call 999 now" and "are you somewhere safe?"
 * (care helper's sets, 22nd and 23rd sessions). "I dont want to go to hospital" after it is answered gently. Any sign of
 * danger in the words (deep, still bleeding, pills, a wish to die: dialogue/self-harm-care.txt) keeps the 999 script.
 */
public final class SelfHarmCare {

    /** Kept (yes) once the care was given: "no hospital" next is read against it. */
    static final String GIVEN = "self_harm_care_given";

    private final Wording wording;
    private final NationalHelp national;
    private final List<PatternFile.Labelled> cues;
    private final WhoseHarm whose;

    /** @param cues self-harm done, over and small, its signs of danger, and "no hospital" (dialogue/self-harm-care.txt) */
    public SelfHarmCare(Wording wording, NationalHelp national, List<PatternFile.Labelled> cues, WhoseHarm whose) {
        this.wording = wording;
        this.national = national;
        this.cues = List.copyOf(cues);
        this.whose = whose;
    }

    /**
     * The care answer, or the gentle answer to "no hospital" after it, where the message fits; nothing otherwise.
     *
     * @param selfHarmTold self-harm heard in this message or told earlier in the chat
     */
    Optional<Turn> answer(AdviceRequest request, boolean selfHarmTold) {
        String t = PatternFile.cueText(request.text());
        // tablets seen to at hospital, the child home: the tablets are a sign of danger only while nothing has been done
        if (treatedAtHospital(request)) {
            return Optional.of(treated(request));
        }
        if (said("danger", t) || WhoseHarm.aboutAFriend(request) || request.role() == CallerRole.PROFESSIONAL) {
            return Optional.empty();
        }
        boolean given = request.state().slots().flag(GIVEN).orElse(false);
        if (given && said("hospital", t)) {
            return Optional.of(noHospital(request));
        }
        // small and over, or going on a while with nothing of now: care first
        boolean notNow = said("minor", t) || said("ongoing", t);
        boolean told = said("done", t) || (selfHarmTold && (given || notNow));
        if (told && notNow) {
            return Optional.of(care(request));
        }
        return Optional.empty();
    }

    /** "i dont want to go to hospital" after the care was given, with no sign of danger in the words. */
    boolean refusesHospital(AdviceRequest request, Slots before) {
        String t = PatternFile.cueText(request.text());
        return before.flag(GIVEN).orElse(false) && said("hospital", t) && !said("danger", t);
    }

    private Turn care(AdviceRequest request) {
        ChannelStyle style = request.style();
        boolean forThem = request.role().isFamilyOrPublic() && !whose.ownHarm(request.text());
        String who = forThem ? "selfHarm.care.forThem" : "selfHarm.care.own";
        Advice advice = new Advice().add(wording.text(who)).add(wording.text(who + ".aid"));
        national.addChildline(advice, style, forThem ? "national.childline.forThem" : "national.childline")
                .essentialsEndHere().add(wording.text(who + ".next"));
        if (forThem) {
            national.addFor(advice, request.role(), style);
        }
        advice.add(wording.text("risk.stayHere"));
        return given(Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK));
    }

    /**
     * Tablets or an overdose already seen to at hospital, the child home, nothing of now in the words ("she took tablets last
     * night, shes been seen at a&e and is home now, what happens next": risk helper, 37th session - the 999 script only). A
     * professional's question of this kind is a consultation, a friend's is answered as a friend's.
     */
    boolean treatedAtHospital(AdviceRequest request) {
        return said("treated", PatternFile.cueText(request.text())) && !WhoseHarm.aboutAFriend(request)
                && request.role() != CallerRole.PROFESSIONAL;
    }

    private Turn treated(AdviceRequest request) {
        ChannelStyle style = request.style();
        // "she took tablets" from someone who has not said who they are is about another: the words say whose it is
        boolean forThem = !whose.ownHarm(request.text());
        Advice advice = new Advice();
        if (forThem) {
            advice.add(wording.text("selfHarm.treated.forThem")).add(wording.text("selfHarm.treated.forThem.aid"));
            national.addChildline(advice, style, "national.childline.forThem").essentialsEndHere()
                    .add(wording.text("selfHarm.treated.forThem.next"));
            national.addFor(advice, request.role(), style);
        } else {
            advice.add(wording.text("selfHarm.care.own")).add(wording.text("selfHarm.treated.own.aid"));
            national.addChildline(advice, style, "national.childline").essentialsEndHere()
                    .add(wording.text("selfHarm.care.own.next"));
        }
        advice.add(wording.text("risk.stayHere"));
        return given(Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK));
    }

    private Turn noHospital(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text("selfHarm.hospital")).add(wording.text("selfHarm.hospital.999"));
        national.addChildline(advice, request.style()).essentialsEndHere();
        return given(Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK));
    }

    private static Turn given(Turn turn) {
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(
                turn.state().slots().with(GIVEN, Slots.YES))));
    }

    private boolean said(String label, String t) {
        return PatternFile.Labelled.anyFound(cues, label, t);
    }
}
