package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;

import java.util.List;
import java.util.Optional;

/**
 * A child who is ill, not harmed ("my toddler has been sick twice tonight and feels a bit hot", "earache all day and the gp is
 * shut"): the signs that need 999 first, in the NHS's words, then NHS 111 for the rest, and what this line is for. Without it
 * the message got the menu, the early help answer, or "Call 999 now" from the model's guess alone (care helper's leftover, 34th
 * session). Anything that may be danger or harm in the words (dialogue/minor-illness.tsv {@code unless}), a risk rule, or a
 * conversation that has reached danger leaves the message to the usual answers. Where only the model guessed danger, the turn
 * stays on the danger route, so the duty phones hear of it as before; the reply still opens with 999.
 */
public final class MinorIllness implements Shortcut {

    static final String INTENT = "minor_illness";

    private final List<PatternFile.Labelled> cues;
    private final Wording wording;
    private final NationalHelp national;

    /** @param cues {@code illness} and {@code unless} lines (dialogue/minor-illness.tsv) */
    public MinorIllness(List<PatternFile.Labelled> cues, Wording wording, NationalHelp national) {
        this.cues = List.copyOf(cues);
        this.wording = wording;
        this.national = national;
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        Classification c = request.classification();
        boolean modelGuessedDanger = c.route() == Route.IMMEDIATE_RISK;
        if ((modelGuessedDanger && !c.dangerByModelAlone())
                || request.state().highestRoute() == Route.IMMEDIATE_RISK || request.state().dialogue().inFlow()
                || request.role() == CallerRole.CHILD) {
            return Optional.empty();
        }
        String text = PatternFile.cueText(request.text());
        if (!said("illness", text) || said("unless", text)) {
            return Optional.empty();
        }
        ChannelStyle style = request.style();
        Advice advice = new Advice().add(wording.text(style.spoken() ? "illness.999.voice" : "illness.999"));
        national.addService(advice, "nhs-111", style.spoken() ? "illness.111.voice" : "illness.111", style);
        advice.essentialsEndHere();
        if (!style.spoken()) {
            advice.add(wording.text("illness.notThisLine"));
        }
        return Optional.of(new Turn(advice, request.state().settled(),
                modelGuessedDanger ? Route.IMMEDIATE_RISK : Route.OUT_OF_SCOPE, INTENT, 1.0, null));
    }

    private boolean said(String label, String text) {
        return PatternFile.Labelled.anyFound(cues, label, text);
    }
}
