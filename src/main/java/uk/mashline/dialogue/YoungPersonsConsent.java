package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * A practitioner's question about a young person's own consent: whether they are competent to consent to advice or treatment
 * on their own (Gillick, Fraser), or what a pregnancy at 16 by a partner of about her age means. Answered from the national
 * advice (partnerships/national.yml gillick, sexual-activity-16-17), not with the rules for consent to a referral, a parent's
 * answer, or "you cannot keep this secret ... pass it on today" (care helper's leftover, 34th session). Anything in the words
 * that may be harm - a much older partner, pressure, exploitation, someone in a position of trust (dialogue/young-persons-
 * consent.tsv {@code unless}) - and any danger, flow or child writer leave the message to the usual answers.
 */
public final class YoungPersonsConsent implements Shortcut {

    static final String INTENT = "young_persons_consent";

    private final List<PatternFile.Labelled> cues;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final CallerRoleDetector roles;

    /**
     * @param cues  {@code competence}, {@code own_child}, {@code sixteen}, {@code not_sixteen} and {@code unless} lines
     * @param roles who the words say the writer is, kept for the next turn (a shortcut runs before the conversation reads it)
     */
    public YoungPersonsConsent(List<PatternFile.Labelled> cues, Wording wording, HelpNow helpNow, NationalHelp national,
                               CallerRoleDetector roles) {
        this.cues = List.copyOf(cues);
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        this.roles = roles;
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        if (request.classification().route() == Route.IMMEDIATE_RISK || request.role() == CallerRole.CHILD
                || request.state().dialogue().inFlow() || request.state().highestRoute() == Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        String text = PatternFile.cueText(request.text());
        if (said("unless", text)) {
            return Optional.empty();
        }
        ChannelStyle style = request.style();
        Advice advice = new Advice();
        if (said("competence", text) && !said("own_child", text)) {
            national.addService(advice, "gillick", "national.gillick", style);
            advice.add(wording.text("consent.competence.then"));
        } else if (said("sixteen", text) && !said("not_sixteen", text)) {
            national.addService(advice, "sexual-activity-16-17", "national.sexual-activity-16-17", style);
            advice.add(wording.text("consent.sixteen")).add(wording.text("consent.sixteen.unless"));
        } else {
            return Optional.empty();
        }
        advice.essentialsEndHere();
        helpNow.addWhoToCall(advice, request, "handoff.call");
        // care-47: the writer's role from these words, or "and can i share anything with her school" next is answered as a
        // parent's question ("The people working with your child...": own set care-47-a CS06, a sexual health nurse)
        ConversationState state = request.state().settled();
        if (state.role() == CallerRole.UNKNOWN) {
            // the name finder's reading of the writer ("sexual health nurse"), else the rules'
            Optional<CallerRole> named = request.slots().get(uk.mashline.nlu.Slots.ROLE).map(CallerRole::valueOf);
            state = named.or(() -> roles.detect(request.text())).map(state::withRole).orElse(state);
        }
        return Optional.of(new Turn(advice, state, Route.CONSENT_INFO_SHARING, INTENT, 1.0, null));
    }

    private boolean said(String label, String text) {
        return PatternFile.Labelled.anyFound(cues, label, text);
    }
}
