package uk.mashline.dialogue;


import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Is this a bot?": the line says honestly that it is automated, and how to reach a person now (the
 * number with someone behind it; for a child, Childline too). It never says a person can help
 * without saying how to reach one.
 */
public final class AboutTheLine implements Shortcut {

    private final List<GatedPattern> questions;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;

    private final CallerRoleDetector roles;
    /** "is this for kids as well", "can i use this if im 11" (dialogue/for-young-people.txt). */
    private final List<GatedPattern> forYoungPeople;

    public AboutTheLine(List<Pattern> questions, Wording wording, HelpNow helpNow, NationalHelp national) {
        this(questions, wording, helpNow, national, null);
    }

    public AboutTheLine(List<Pattern> questions, Wording wording, HelpNow helpNow, NationalHelp national,
                        CallerRoleDetector roles) {
        this(questions, List.of(), wording, helpNow, national, roles);
    }

    /**
     * @param forYoungPeople asks whether children may use the line: answered yes, with Childline, as to a child
     * @param roles who is writing, read from this message too: a shortcut runs before the conversation takes the
     *              message's facts ("im 11 is this a real person", care helper's third probe, twelfth session: no Childline)
     */
    public AboutTheLine(List<Pattern> questions, List<Pattern> forYoungPeople, Wording wording, HelpNow helpNow,
                        NationalHelp national, CallerRoleDetector roles) {
        this.forYoungPeople = forYoungPeople.stream().map(GatedPattern::of).toList();
        this.roles = roles;
        this.questions = questions.stream().map(GatedPattern::of).toList();
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
    }

    static final String INTENT = "about_the_line";

    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        String text = request.text().toLowerCase(Locale.UK).strip();
        if (request.classification().route() == Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        // "is this for kids to or just grown ups" (care helper's own set, 31st session: the professionals' consultation
        // answer): yes, and what it is, then Childline as for a child - whoever asks it may be one
        boolean forYoung = forYoungPeople.stream().anyMatch(p -> p.foundIn(text));
        if (!forYoung && questions.stream().noneMatch(p -> p.foundIn(text))) {
            return Optional.empty();
        }
        Advice advice = new Advice().add(wording.text(forYoung ? (request.style().spoken() ? "about.forYoungPeople.voice"
                : "about.forYoungPeople") : request.style().spoken() ? "about.automated.voice" : "about.automated"));
        boolean child = forYoung || request.role() == CallerRole.CHILD || (!request.role().isKnown() && roles != null
                && roles.detect(request.text()).filter(CallerRole.CHILD::equals).isPresent());
        if (child) {
            // on a call the prompt keeps about 50 words: Childline's number, not a sentence about it
            if (!request.style().spoken()) {
                advice.add(wording.text("about.childline"));
            }
            national.addChildline(advice, request.style());
        }
        helpNow.addWhoToCall(advice, request, "handoff.call");
        advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        // named for what it is, whatever the classifier guessed: asking whether this is a bot is not asking
        // to wait for a member of staff
        return Optional.of(new Turn(advice, request.state().settled(), Route.HUMAN_HANDOFF, INTENT, 1.0, null));
    }
}
