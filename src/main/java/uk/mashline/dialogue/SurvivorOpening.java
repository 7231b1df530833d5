package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An adult's first words about their own childhood, before telling what happened ("can i ask something about my own
 * childhood or is this only for kids now", "can i talk about stuff from when i was a kid"): yes, in their own words and
 * only as much as they want, it was not their fault, and the support line for adults abused as children - with Childline
 * in case a young person wrote it. Without this the opener got the professionals' consultation answer or the menu (blind
 * tester's q32 D04, risk helper's brief, 33rd session). The conversation then knows it is a survivor's, so "thank you, i just
 * needed to say it" next is heard ({@link DisclosureAdvisor#survivorHeard}), not asked whether "the child" is safe. A message
 * that already tells the harm is left to the disclosure and non-recent-abuse answers; danger now is the 999 answer's.
 */
public final class SurvivorOpening implements Shortcut {

    static final String INTENT = "survivor_opening";
    /** The national services this answer names, kept as told so the follow-ups know the conversation is a survivor's. */
    private static final List<String> TOLD = List.of("adult-survivors", "childline.if-young");

    private final List<GatedPattern> openers;
    /** Harm told in the same message: then it is a disclosure, answered by the disclosure and non-recent-abuse lines. */
    private final List<GatedPattern> harmTold;
    private final Wording wording;
    private final NationalHelp national;
    private final CallerRoleDetector roles;

    public SurvivorOpening(List<Pattern> openers, List<Pattern> harmTold, Wording wording, NationalHelp national,
                           CallerRoleDetector roles) {
        this.openers = openers.stream().map(GatedPattern::of).toList();
        this.harmTold = harmTold.stream().map(GatedPattern::of).toList();
        this.wording = wording;
        this.national = national;
        this.roles = roles;
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        if (request.classification().route() == Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        String text = PatternFile.cueText(request.text()).strip();
        if (openers.stream().noneMatch(p -> p.foundIn(text)) || harmTold.stream().anyMatch(p -> p.foundIn(text))) {
            return Optional.empty();
        }
        ConversationState state = request.state();
        // a child who says their age is answered as a child by the routes, with Childline
        if (state.role() == CallerRole.CHILD || roles.detect(request.text()).filter(r -> r == CallerRole.CHILD).isPresent()) {
            return Optional.empty();
        }
        boolean spoken = request.style().spoken();
        Advice advice = new Advice().add(wording.text(spoken ? "survivor.opening.voice" : "survivor.opening"));
        national.addService(advice, "adult-survivors", "national.adult-survivors", request.style());
        // Childline in words of its own (national.yml's one entry): a young person may write the same
        national.addService(advice, "childline", spoken ? "national.childline.if-young.voice"
                : "national.childline.if-young", request.style());
        advice.add(wording.text(spoken ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        ConversationState after = OnlineFollowUps.withServicesTold(state, TOLD);
        return Optional.of(new Turn(advice, after, Route.REPORT_CONCERN, INTENT, 1.0, null));
    }
}
