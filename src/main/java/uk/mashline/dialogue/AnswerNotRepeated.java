package uk.mashline.dialogue;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A new message is never given, word for word, the answer the last one got. A duty worker who has nothing more to say
 * on a question says so and says whom to ask; one who is told more about the same worry thanks the caller and says to
 * pass that on too - neither reads the same answer out again. Whatever path of the conversation chose an answer, it is
 * compared here with the last one (a fingerprint kept in the state, no words), so this one rule stands in for a guard per
 * follow-up. Never for danger: a 999 answer is given again as often as danger is told, and a flow may ask its question
 * again; a caller who asks for it again ("say that again") gets it again.
 */
final class AnswerNotRepeated {

    /** The fingerprints of the last three answers' paragraphs (hashes, never their words), the last first. */
    static final String SLOT = "last_answer";
    /**
     * Routes whose answers are said again when they come again: danger, the line's own manners, and a disagreement, whose
     * answer is its stage and date worked out again from each thing the practitioner adds.
     */
    private static final Set<Route> ALWAYS_AGAIN = Set.of(Route.IMMEDIATE_RISK, Route.GREETING, Route.GOODBYE,
            Route.OUT_OF_SCOPE, Route.ESCALATION);
    /** Follow-ups that ask for the answer, or its numbers, again. */
    private static final Set<String> ASKED_AGAIN = Set.of("again", "number", "link", "plain");
    /** How many answers back a repeat is looked for. */
    private static final int KEPT = 3;
    /** A statement longer than "no not yet" tells more of the worry, to be passed on. */
    private static final int DETAIL_WORDS = 6;
    /** The suffix of a thanks' wording key for its second form (dialogue/wording.properties). */
    private static final String AGAIN = ".again";

    private final FollowUpAdvisor followUps;
    private final RouteOverrides overrides;
    private final Conversation.Harm harm;

    AnswerNotRepeated(Conversation.Harm harm, RouteOverrides overrides) {
        this.followUps = harm.followUps();
        this.overrides = overrides;
        this.harm = harm;
    }

    /**
     * The turn, or where it would say again what the last answer said, what a person on the line would say instead;
     * either way with this answer's fingerprint kept for the next message.
     *
     * @param known   the message with the facts known so far (worked out only when the answer is a repeat)
     */
    Turn instead(Turn turn, AdviceRequest original, Supplier<AdviceRequest> known) {
        String fingerprint = Integer.toHexString(turn.advice().paragraphs().hashCode());
        Turn said = turn;
        String earlier = original.state().slots().get(SLOT).orElse("");
        java.util.List<String> recent = java.util.Arrays.asList(earlier.split(" "));
        boolean same = recent.contains(fingerprint) || opener(turn).filter(recent::contains).isPresent();
        // a family's disagreement has no stage or date to work out again from what they add: its answer is the same
        // whatever they tell ("nobody ever come out to see her once" got the family answer again: the brief's leftover,
        // 36th session), so what they add is thanked and said to be worth telling, as a person on the line would
        boolean familyDisagreement = turn.route() == Route.ESCALATION && turn.state().role().isFamilyOrPublic();
        if (same && (!ALWAYS_AGAIN.contains(turn.route()) || familyDisagreement) && !turn.state().dialogue().inFlow()
                && followUps.kind(original.text()).filter(ASKED_AGAIN::contains).isEmpty()
                // risk-47: "ok back to my first question, do i need the parents consent" after a 999 call made in between (own
                // set risk-47-a AW04: "Thank you for telling me more"): the answer the danger cut short, asked for again
                && !overrides.backToTheCase(original.text())) {
            AdviceRequest request = known.get();
            boolean question = overrides.asks(original.text());
            boolean detail = Words.in(original.text()) > DETAIL_WORDS;
            Optional<Turn> other;
            if (request.role() == CallerRole.CHILD) {
                // a child is answered as a child each time: what they can do, Childline, whether they are safe
                other = Optional.empty();
            } else if (question) {
                other = Optional.of(followUps.inShort(turn, request));
            } else if (harm.disclosures().detect(original.text()).isPresent()) {
                // a grandparent adding "he told me his dad did it": pass it on today, and how to be with a child who told
                Turn next = harm.disclosure().adultNextSteps(request, request.state().dialogue().last());
                other = Optional.of(next.withAdvice(followUps.opening("followup.moreDetail", next.advice())));
            } else {
                String opening = detail ? "followup.moreDetail" : "followup.update";
                // what a complainant adds is for the complaint, not "to see what is happening for the child"; what a
                // family adds to a disagreement is for asking them to look at the decision again
                String own = turn.route() == Route.COMPLAINT ? opening + ".complaint"
                        : familyDisagreement ? opening + ".disagreement" : opening;
                other = Optional.of(told(turn, request, own, earlier));
            }
            said = other.filter(o -> !o.advice().paragraphs().equals(turn.advice().paragraphs()))
                    .map(o -> turn.withAdvice(o.advice())).orElse(turn);
        }
        ConversationState state = said.state();
        // the last three answers: "can someone call me back" may come back to the answer before last; what was said in
        // place of a repeat is kept too, so the thanks said instead is not itself said twice in a row
        String instead = Integer.toHexString(said.advice().paragraphs().hashCode());
        String now = (instead.equals(fingerprint) ? fingerprint : instead + " " + fingerprint)
                + opener(said).map(o -> " " + o).orElse("");
        String kept = now + (earlier.isEmpty() ? "" : " " + String.join(" ",
                java.util.Arrays.asList(earlier.split(" ")).subList(0, Math.min(KEPT - 1, earlier.split(" ").length))));
        return said.withState(state.withDialogue(state.dialogue().withSlots(state.slots().with(SLOT, kept))));
    }

    /**
     * Thanks for more of the same worry, in words not said in the last few answers: "shes about 5" then "rochester" were
     * both "Thank you for letting me know" with the same number (care helper's unseen set, sixteenth session) - a person
     * says "got that" the second time. The wording under {@code opening}, else its {@code .again} form.
     */
    private Turn told(Turn turn, AdviceRequest request, String opening, String earlier) {
        java.util.List<String> recent = java.util.Arrays.asList(earlier.split(" "));
        java.util.List<Turn> forms = java.util.List.of(followUps.told(turn, request, opening),
                followUps.told(turn, request, opening + AGAIN));
        // a form not said lately, else the one not said last ("gillingham", "not right now", "no": each thanked, never
        // the same words twice running)
        return forms.stream().filter(f -> !recent.contains(fingerprint(f))).findFirst()
                .or(() -> forms.stream().filter(f -> !fingerprint(f).equals(recent.get(0))).findFirst())
                .orElse(forms.get(0));
    }

    /**
     * A complaint's answer by its first paragraph alone: "she keeps cancelling visits and didnt tell me about the meeting"
     * after the complaints answer got it again but for one line (a parent's, without the young person's), so the whole
     * differed and it was read out again (tester's blind set q20, Q2011). Only a complaint's: elsewhere an answer that
     * opens the same may go on to say something new.
     */
    private static Optional<String> opener(Turn turn) {
        return turn.route() == Route.COMPLAINT && !turn.advice().paragraphs().isEmpty()
                ? Optional.of("^" + Integer.toHexString(turn.advice().paragraphs().get(0).hashCode()))
                : Optional.empty();
    }

    private static String fingerprint(Turn turn) {
        return Integer.toHexString(turn.advice().paragraphs().hashCode());
    }
}
