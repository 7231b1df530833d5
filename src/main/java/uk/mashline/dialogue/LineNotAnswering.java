package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Partnership;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "I've rung the out-of-hours number three times and nobody picks up", "that number doesnt connect!!": the out-of-hours (or
 * duty) line did not answer, so the answer is what its document says to do then - West Sussex's fallback mobile for the duty
 * social worker - or that it says nothing, with the national line and the police, never the same number again first (the
 * blind tester's kind 1, 39th session). The line that failed is the one the message names, or, in the evening, at a weekend or
 * on a bank holiday, the out-of-hours line for "that number". Cues: dialogue/line-not-answering.tsv.
 */
final class LineNotAnswering {

    public static final String DEFAULT_FILE = "dialogue/line-not-answering.tsv";

    private static final Set<Route> ANSWERS_WITH_NUMBERS = EnumSet.of(Route.REPORT_CONCERN, Route.EARLY_HELP,
            Route.CONSULTATION, Route.IMMEDIATE_RISK);

    /** What a "nobody picks up" after a number can be misread as. */
    private static final Set<Route> MISREAD = EnumSet.of(Route.COMPLAINT, Route.HUMAN_HANDOFF, Route.OUT_OF_SCOPE,
            Route.GOODBYE);

    private final List<PatternFile.Labelled> cues;
    private final Wording wording;
    private final HelpNow helpNow;

    LineNotAnswering(List<PatternFile.Labelled> cues, Wording wording, HelpNow helpNow) {
        this.cues = List.copyOf(cues);
        this.wording = wording;
        this.helpNow = helpNow;
    }

    static LineNotAnswering fromClasspath(Wording wording, HelpNow helpNow) {
        return new LineNotAnswering(PatternFile.labelledFromClasspath(DEFAULT_FILE), wording, helpNow);
    }

    /** The turn as it was, or, where the out-of-hours line did not answer, what to do instead first. */
    Turn instead(Turn turn, AdviceRequest request) {
        Partnership partnership = request.partnership();
        Optional<Contact> line = partnership.contact(ContactKind.OUT_OF_HOURS)
                .or(() -> partnership.contact(ContactKind.DUTY_TEAM)).filter(c -> c.phone() != null);
        if (line.isEmpty() || !failed(request, line.get())) {
            return turn;
        }
        // facts-42: "ive rung it 3 times and no one picks up" right after the out-of-hours number was given, read by the model
        // as a complaint (own set facts-42-a M03: how to complain): the answer it follows, with what to do instead (never
        // after the 999 answer, whose "it" may be 999 itself)
        Route last = request.state().dialogue().last();
        if (MISREAD.contains(turn.route()) && ANSWERS_WITH_NUMBERS.contains(last) && last != Route.IMMEDIATE_RISK) {
            turn = Turn.of(request, new Advice(), request.state().settled(), last);
        } else if (!ANSWERS_WITH_NUMBERS.contains(turn.route())) {
            return turn;
        }
        boolean danger = turn.route() == Route.IMMEDIATE_RISK;
        List<String> before = turn.advice().paragraphs();
        Advice advice = new Advice();
        // after danger the 999 line stays first
        if (danger && !before.isEmpty()) {
            advice.add(before.get(0));
        }
        Optional<Contact> fallback = partnership.contact(ContactKind.OUT_OF_HOURS_FALLBACK).filter(c -> c.phone() != null);
        if (fallback.isPresent()) {
            java.util.Map<String, String> values = helpNow.describe(fallback.get(), request);
            values.put("line", line.get().name());
            advice.add(wording.format("noAnswer.fallback", values).replaceAll("\\s+", " ").strip(), fallback.get().source());
        } else {
            advice.add(wording.format("noAnswer.silent", "partnership", partnership.name(), "line",
                    line.get().name() + " (" + request.style().phone(line.get().phone()) + ")"), line.get().source());
            helpNow.addNational(advice, request);
            if (!danger && request.role() != CallerRole.CHILD) {
                helpNow.addNational(advice, "police-non-emergency", "national.police", request.style());
            }
        }
        // the 999 line once: the answer's own where it had one
        if (!danger && before.stream().noneMatch(p -> p.contains("999"))) {
            advice.add(wording.text("report.danger"));
        }
        advice.essentialsEndHere();
        // the rest of the answer, without the line that did not answer (nor the fallback said already)
        String failedPhone = request.style().phone(line.get().phone());
        before.stream().skip(danger ? 1 : 0)
                .filter(p -> !p.contains(failedPhone) && !p.contains(line.get().phone()))
                .filter(p -> fallback.isEmpty() || !p.contains(fallback.get().phone()))
                .filter(p -> !advice.paragraphs().contains(p))
                .forEach(advice::add);
        return turn.withAdvice(advice.citeAll(turn.advice().sources()));
    }

    /**
     * Whether the whole message says only that the line did not answer ("i rang it and it just rang once and went dead"),
     * nothing else beside it: label {@code only}, which lets a follow-up the model alone took for danger be answered.
     */
    boolean saysOnlyFailed(AdviceRequest request) {
        Partnership partnership = request.partnership();
        return partnership.contact(ContactKind.OUT_OF_HOURS).or(() -> partnership.contact(ContactKind.DUTY_TEAM))
                .filter(c -> c.phone() != null).isPresent()
                && PatternFile.Labelled.anyFound(cues, "only", PatternFile.cueText(request.text()));
    }

    private boolean failed(AdviceRequest request, Contact line) {
        String text = PatternFile.cueText(request.text());
        if (PatternFile.Labelled.anyFound(cues, "named", text)) {
            return true;
        }
        return PatternFile.Labelled.anyFound(cues, "that", text) && helpNow.outsideOfficeHours(request.now());
    }
}
