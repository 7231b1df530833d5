package uk.mashline.dialogue;


import uk.mashline.nlu.Classification;

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

    private final GatedCues questions;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;

    private final CallerRoleDetector roles;
    /** "is this for kids as well", "can i use this if im 11" (dialogue/for-young-people.txt). */
    private final GatedCues forYoungPeople;
    /** "is this private", "is this free", "who runs this" (dialogue/line-questions.tsv): each label's own answer. */
    private final List<PatternFile.Labelled> lineQuestions;
    private final GatedCues lineQuestionCues;
    /**
     * The writer's own age under 18 (dialogue/own-child-age.txt): "im 14. if i tell you something do you have to tell the
     * police" (care helper's own set, 35th session: answered as an adult), said with the question, makes it a child's.
     */
    private final GatedCues ownChildAge;

    /**
     * @param forYoungPeople asks whether children may use the line: answered yes, with Childline, as to a child
     * @param lineQuestions whether what is written is private and who reads it, whether it costs anything, who runs the
     *                      line: each answered honestly about the line, not with "nobody is on duty" or the menu
     * @param ownChildAge the writer's own age under 18 (dialogue/own-child-age.txt), read with a question about the line
     * @param roles who is writing, read from this message too: a shortcut runs before the conversation takes the
     *              message's facts ("im 11 is this a real person", care helper's third probe, twelfth session: no Childline)
     */
    public AboutTheLine(List<Pattern> questions, List<Pattern> forYoungPeople, List<PatternFile.Labelled> lineQuestions,
                        List<Pattern> ownChildAge, Wording wording, HelpNow helpNow, NationalHelp national,
                        CallerRoleDetector roles) {
        this.lineQuestions = List.copyOf(lineQuestions);
        // asked on every turn, and mostly of texts none of them matches: only the cues whose words a text holds are tried
        this.lineQuestionCues = GatedCues.of(this.lineQuestions);
        this.forYoungPeople = new GatedCues(forYoungPeople.stream().map(GatedPattern::of).toList());
        this.ownChildAge = new GatedCues(ownChildAge.stream().map(GatedPattern::of).toList());
        this.roles = roles;
        this.questions = new GatedCues(questions.stream().map(GatedPattern::of).toList());
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
    }

    static final String INTENT = "about_the_line";
    /** The labels of line-questions.tsv that ask about Childline ("is childline free"), not about this line. */
    private static final String CHILDLINE = "childline_";
    /** facts-43: the labels of line-questions.tsv that ask about 999 itself ("is 999 free", "can you text 999"). */
    private static final String EMERGENCY = "emergency_";
    /** facts-43: "does it cost anything to ring the out of hours team" (line-questions.tsv number_cost). */
    private static final String NUMBER_COST = "number_cost";
    /** The labels of line-questions.tsv that ask whether what is written stays private. */
    private static final String PRIVATE = "private";
    @Override
    public Optional<Turn> answer(AdviceRequest request) {
        String text = request.text().toLowerCase(Locale.UK).strip();
        Classification c = request.classification();
        // "is this for kids to or just grown ups" (care helper's own set, 31st session: the professionals' consultation
        // answer): yes, and what it is, then Childline as for a child - whoever asks it may be one
        int asked = lineQuestionCues.first(text);
        Optional<String> about = asked < 0 ? Optional.empty() : Optional.of(lineQuestions.get(asked).label());
        // facts-43: 999 itself asked about ("is 999 free from a mobile? my mum never has any credit", "if i phone 999 does it
        // use my credit": own set facts-43-a, the 999 reply from the model alone) is answered where only the model guessed
        // danger, as minor illness is; a risk rule's danger, or a conversation that has reached danger, keeps the 999 reply
        boolean aboutNine = about.filter(l -> l.startsWith(EMERGENCY)).isPresent();
        if (aboutNine && request.state().highestRoute() == Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        if (c.route() == Route.IMMEDIATE_RISK && !(aboutNine && c.dangerByModelAlone())) {
            return Optional.empty();
        }
        // facts-43: a number's cost asked after an answer is that answer's numbers' (context-questions.tsv cost), not these
        if (about.filter(NUMBER_COST::equals).isPresent() && request.state().dialogue().last() != null) {
            return Optional.empty();
        }
        if (about.isPresent()) {
            return Optional.of(aboutTheLine(request, about.get()));
        }
        boolean forYoung = forYoungPeople.anyIn(text);
        if (!forYoung && !questions.anyIn(text)) {
            return Optional.empty();
        }
        Advice advice = new Advice().add(wording.text(forYoung ? (request.style().spoken() ? "about.forYoungPeople.voice"
                : "about.forYoungPeople") : request.style().spoken() ? "about.automated.voice" : "about.automated"));
        boolean child = forYoung || childWriting(request, false);
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

    /**
     * A child writing: so known, or, with no role known yet, a child by this message's words (and by an own age under 18 said
     * with it, where {@code ownAge}).
     */
    private boolean childWriting(AdviceRequest request, boolean ownAge) {
        if (request.role() == CallerRole.CHILD) {
            return true;
        }
        return !request.role().isKnown()
                && ((ownAge && ownChildAge.anyIn(PatternFile.cueText(request.text())))
                || (roles != null && roles.detect(request.text()).filter(CallerRole.CHILD::equals).isPresent()));
    }

    /**
     * "Where are you based", "can i go in person": the front door's address where its source prints one, with that source;
     * otherwise that the document gives none (facts-41). No source says whether anyone can call in person.
     */
    private Advice address(AdviceRequest request) {
        var door = helpNow.frontDoor(request.partnership()).filter(c -> c.address() != null && c.phone() != null);
        if (door.isPresent()) {
            return new Advice().add(wording.format("about.line.address.given", java.util.Map.of("name", door.get().name(),
                    "address", door.get().address(), "phone", request.style().phone(door.get().phone()))),
                    door.get().source());
        }
        return new Advice().add(wording.format("about.line.address.none", "partnership", request.partnership().name()));
    }

    /**
     * "is this private", "does it cost anything", "who runs this", "is childline free": the line's honest answer (care helper's leftovers, 34th
     * session: "nobody from the MASH team is on duty", the menu, or "tell an adult you trust" to a child who asked whether it
     * was private). A child asking whether it is private is told what happens to what they write, and that Childline can keep
     * more private; then, as for "is this a bot", who to call and 999.
     */
    private Turn aboutTheLine(AdviceRequest request, String label) {
        ChannelStyle style = request.style();
        boolean child = childWriting(request, true);
        if (label.startsWith(EMERGENCY)) {
            return aboutNine(request, label, child);
        }
        if (NUMBER_COST.equals(label)) {
            return numberCost(request);
        }
        String key = "about.line." + label;
        if (style.spoken() && wording.has(key + ".voice")) {
            key = key + ".voice";
        } else if (child && wording.has(key + ".child")) {
            key = key + ".child";
        }
        Advice advice = "address".equals(label) ? address(request)
                : new Advice().add(wording.format(key, "partnership", request.partnership().name()));
        // "private" and "private_who_runs" (lead-48) both ask whether what is written stays private
        if (child && label.startsWith(PRIVATE)) {
            national.addService(advice, "childline-confidential", "national.childline-confidential", style);
            national.addChildline(advice, style);
            if (!style.spoken()) {
                advice.add(wording.text("about.line.private.ask"));
            }
        } else if (child || label.startsWith(CHILDLINE)) {
            national.addChildline(advice, style);
        }
        // "is childline free to ring": Childline is the answer, not this line's numbers beside it
        if (!label.startsWith(CHILDLINE)) {
            helpNow.addWhoToCall(advice, request, "handoff.call");
        }
        advice.add(wording.text(style.spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        return new Turn(advice, request.state().settled(), Route.HUMAN_HANDOFF, INTENT, 1.0, null);
    }

    /**
     * facts-43: "is 999 free, i have no credit" - yes, free from any phone and from a mobile with no credit (national.yml
     * emergency-no-credit, with its source); "can you text 999" - only from a phone registered first (national.yml
     * emergency-sms). Nothing of the partnership's numbers beside it: 999 is what was asked about. Then Childline for a child,
     * and the 999 line for danger.
     */
    private Turn aboutNine(AdviceRequest request, String label, boolean child) {
        ChannelStyle style = request.style();
        boolean text = "emergency_text".equals(label);
        String key = text ? "national.emergency-sms" : "about.line." + label;
        if (style.spoken() && wording.has(key + ".voice")) {
            key = key + ".voice";
        } else if (child && wording.has(key + ".child")) {
            key = key + ".child";
        }
        Advice advice = national.addService(new Advice(), text ? "emergency-sms" : "emergency-no-credit", key, style);
        if (child) {
            national.addChildline(advice, style);
        }
        advice.add(wording.text(style.spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        return new Turn(advice, request.state().settled(), Route.HUMAN_HANDOFF, INTENT, 1.0, null);
    }

    /**
     * facts-43: "does it cost anything to ring the out of hours team? im on a contract with limited minutes" as a first message
     * (own set facts-43-a FW06: the menu; after an answer, context-questions.tsv cost answers it): the numbers whose cost
     * national.yml publishes are said to be free, the rest that no source here gives their cost, then those numbers, and 999
     * free in an emergency. No cost is guessed.
     */
    private Turn numberCost(AdviceRequest request) {
        ChannelStyle style = request.style();
        Advice numbers = helpNow.addWhoToCall(new Advice(), request, "handoff.call");
        java.util.Set<String> free = new java.util.LinkedHashSet<>();
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        for (String number : NumbersGiven.numbers(numbers.paragraphs())) {
            national.byPhone(number).filter(h -> Boolean.TRUE.equals(h.free())).ifPresentOrElse(
                    h -> free.add(wording.format("context.cost.named", "name", h.name(), "phone", number)),
                    () -> unknown.add(number));
        }
        Advice advice = new Advice();
        if (!unknown.isEmpty()) {
            advice.add(wording.format("context.cost.notStated", "numbers", String.join(", ", unknown)));
        }
        if (!free.isEmpty()) {
            advice.add(wording.format("context.cost.free", "numbers", String.join(", ", free)));
        }
        numbers.paragraphs().forEach(advice::add);
        advice.citeAll(numbers.sources());
        if (free.isEmpty()) {
            national.addFor(advice, request.role(), style);
        }
        national.byPhone("999").filter(h -> Boolean.TRUE.equals(h.free()))
                .ifPresent(h -> advice.add(wording.format("context.cost.emergency", "phone", h.phone())));
        advice.essentialsEndHere();
        return new Turn(advice, request.state().settled(), Route.HUMAN_HANDOFF, INTENT, 1.0, null);
    }
}
