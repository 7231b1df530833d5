package uk.mashline.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Is it different from disagreeing with a decision?", "do I complain or escalate?": a complaint (how someone was
 * treated) and a disagreement (a decision about a child) go different ways, and a caller unsure which is theirs is
 * told how they differ and how to start either, instead of being taken into one of them. Whatever the conversation
 * was in the middle of stays as it was, so an escalation's waiting question can still be answered.
 */
public final class ComplaintOrDisagreement implements Shortcut {

    static final String INTENT = "complaint_or_disagreement";

    private final List<GatedPattern> questions;
    private final Wording wording;
    private final CallerRoleDetector roles;

    /**
     * @param roles who is writing, read from this message too: a shortcut runs before the conversation takes the
     *              message's facts, and "my daughter's case" should not be followed by "are you a parent?"
     */
    public ComplaintOrDisagreement(List<Pattern> questions, Wording wording, CallerRoleDetector roles) {
        this.questions = questions.stream().map(GatedPattern::of).toList();
        this.wording = wording;
        this.roles = roles;
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        String text = request.text().toLowerCase(Locale.UK).strip();
        if (request.classification().route() == Route.IMMEDIATE_RISK || questions.stream().noneMatch(p -> p.foundIn(text))) {
            return Optional.empty();
        }
        ConversationState state = request.state();
        if (!state.role().isKnown()) {
            state = roles.detect(request.text()).map(state::withRole).orElse(state);
        }
        // a child asking is answered as a child by the routes, with Childline
        if (state.role() == CallerRole.CHILD) {
            return Optional.empty();
        }
        boolean spoken = request.style().spoken();
        Route last = state.dialogue().last();
        // inside an escalation whose question waits, the caller has already chosen: carry on there
        boolean escalating = state.dialogue().awaiting() != null && last == Route.ESCALATION;
        Advice advice = new Advice()
                .add(wording.text(spoken ? "difference.answer.voice" : "difference.answer"))
                .add(wording.text(escalating ? "difference.carryOn" : spoken ? "difference.next.voice" : "difference.next"))
                .add(wording.text(spoken ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        // a practitioner's either-or is nearly always about a decision on a child: kept as a disagreement, so that "ok so who
        // do i take it to" next is whom the policy names (esc helper's leftover, 29th session: "I cannot answer that one",
        // then the complaints answer); a family's stays with the complaint, whose answer names both ways
        Route kept = last != null ? last : state.role() == CallerRole.PROFESSIONAL ? Route.ESCALATION : Route.COMPLAINT;
        return Optional.of(new Turn(advice, state, kept, INTENT, 1.0, null));
    }
}
