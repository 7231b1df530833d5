package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stage that shares its limit with the one before it (the LSCB model's stages 2 and 3: "stages 2 and 3 should be
 * completed within two working days", seed 001 line 60; lscb-model.yml sharesLimitWith), told in one message with the
 * earlier stage's own day before it ("our TM and theirs spoke mon 14th and got nowhere, so our senior manager has taken it
 * to theirs today": esc helper's own set, 42nd session, L01, due two working days from today). That day is the one the
 * shared limit is counted from; a new limit from the later stage's day is a reading the document does not give.
 */
final class SharedLimit {

    private SharedLimit() {
    }

    /** The earlier stage's day, where this message tells it beside the stage reached and names that earlier stage. */
    static Optional<LocalDate> from(AdviceRequest request, EscalationPolicy policy, int stage, LocalDate raisedOn) {
        Optional<EscalationStage> at = policy.stage(stage).filter(s -> s.sharesLimitWith() != null);
        Optional<LocalDate> earlier = request.slots().date(Slots.EARLIER_RAISED_ON).filter(day -> day.isBefore(raisedOn));
        if (at.isEmpty() || earlier.isEmpty()) {
            return Optional.empty();
        }
        EscalationStage before = policy.stage(at.get().sharesLimitWith()).orElseThrow();
        // the later stage's own people hold the earlier stage's words ("senior manager" holds "manager"): taken out first
        String typed = StageTakenTo.typed(request.text());
        for (String holder : at.get().heldBy()) {
            typed = typed.replace(holder.toLowerCase(Locale.UK), " ");
        }
        String text = typed;
        boolean named = text.contains("stage " + before.number())
                || Stream.concat(before.heldBy().stream(), before.heldByOwn().stream()).anyMatch(holder ->
                Pattern.compile("\\b" + Pattern.quote(holder.toLowerCase(Locale.UK)) + "\\b").matcher(text).find());
        return named ? earlier : Optional.empty();
    }
}
