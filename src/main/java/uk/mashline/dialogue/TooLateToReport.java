package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * An adult asking whether it is too late to report abuse from their own childhood ("is it too late to report something that
 * happened to me when i was 9? im 34 now", "is there a time limit on reporting abuse from when you were a child?"): it is not -
 * there is no time limit, it was not their fault, the police on 101 take it however long ago it was, whether the person is
 * around children now is looked into, and NAPAC supports adult survivors (partnerships/national.yml non-recent-report,
 * abuser-near-children, adult-survivors). Without this the question got a child's answer ("telling an adult you trust, like a
 * teacher"), the NSPCC's line for a child now, or an escalation policy's stages (care helper's brief, 38th session). A child
 * who gives an age under 18, a professional asking for someone else, danger now and a flow in progress are left to the usual
 * answers.
 */
public final class TooLateToReport implements Shortcut {

    static final String INTENT = "too_late_to_report";
    /** The national services this answer names, kept as told so the follow-ups know the conversation is a survivor's. */
    private static final List<String> TOLD = List.of("non-recent-report", "adult-survivors", "childline.if-young");

    private final List<PatternFile.Labelled> cues;
    private final Wording wording;
    private final NationalHelp national;
    private final CallerRoleDetector roles;

    /** @param cues {@code asks} (too late, a time limit), {@code past} (their own childhood), {@code unless} and {@code adult} lines */
    public TooLateToReport(List<PatternFile.Labelled> cues, Wording wording, NationalHelp national, CallerRoleDetector roles) {
        this.cues = List.copyOf(cues);
        this.wording = wording;
        this.national = national;
        this.roles = roles;
    }

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        ConversationState state = request.state();
        if (request.classification().route() == Route.IMMEDIATE_RISK || state.dialogue().inFlow()
                || state.role() == CallerRole.PROFESSIONAL) {
            return Optional.empty();
        }
        String text = PatternFile.cueText(request.text());
        if (!PatternFile.Labelled.anyFound(cues, "asks", text) || !PatternFile.Labelled.anyFound(cues, "past", text)
                || PatternFile.Labelled.anyFound(cues, "unless", text)
                || roles.plainly(request.text()).filter(r -> r == CallerRole.PROFESSIONAL).isPresent()) {
            return Optional.empty();
        }
        ChannelStyle style = request.style();
        // a child, by the age in these words or told before ("i'm 14", then "is it to late to say about my old babysitter"):
        // a child's answer - never too late, not their fault, an adult they trust, Childline - not the adults' 101 and NAPAC
        if (PatternFile.Labelled.anyFound(cues, "child", text) || request.role() == CallerRole.CHILD
                || state.role() == CallerRole.CHILD) {
            Advice advice = new Advice().add(wording.text("tooLate.child"));
            national.addChildline(advice, style);
            return Optional.of(new Turn(advice.essentialsEndHere().add(wording.text(style.spoken() ? "child.danger.voice" : "child.danger")),
                    state.withRole(CallerRole.CHILD), Route.REPORT_CONCERN, INTENT, 1.0, null));
        }
        Advice advice = new Advice();
        national.addService(advice, "non-recent-report", "national.non-recent-report", style);
        national.addService(advice, "adult-survivors", "national.adult-survivors", style);
        advice.add(wording.text(style.spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        national.addService(advice, "abuser-near-children", "national.non-recent-report.nearChildren", style);
        // a young person may ask it too, of something years before; not one who said they are grown up
        if (!PatternFile.Labelled.anyFound(cues, "adult", text)) {
            national.addService(advice, "childline", style.spoken() ? "national.childline.if-young.voice"
                    : "national.childline.if-young", style);
        }
        ConversationState after = OnlineFollowUps.withServicesTold(state, TOLD);
        return Optional.of(new Turn(advice, after, Route.REPORT_CONCERN, INTENT, 1.0, null));
    }
}
