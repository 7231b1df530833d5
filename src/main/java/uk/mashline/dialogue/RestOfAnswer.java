package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Optional;

/**
 * "More", "what else should I do": the rest of the last answer beyond its first steps; asked a second time in a row,
 * that it was everything, with a person to talk it through (lead's G22) - never the same text again.
 */
final class RestOfAnswer {

    /**
     * Kept (yes) while the rest of the last answer has been given for "more" or "what else", so that the next such
     * request is told that was everything, with a person offered, not the same text again (lead's G22).
     */
    static final String REST_GIVEN = "rest_given";
    /** The follow-up kind ({@code dialogue/follow-ups.tsv}) that asks for the rest. */
    static final String WHAT_ELSE = "what_else";

    /** The wording of paragraphs that are asides ({@link #aside}): the role notes and each route's 999 line. */
    private static final List<String> ASIDES = List.of("report.forProfessionals", "consent.forProfessionals",
            "report.danger", "earlyhelp.danger", "consult.danger", "consent.danger", "complaint.danger", "handoff.danger",
            "escalation.danger", "safety.999");

    private final Wording wording;
    private final FollowUpCues cues;

    RestOfAnswer(Wording wording, FollowUpCues cues) {
        this.wording = wording;
        this.cues = cues;
    }

    /** "What else?" after {@code previous}, the answer on {@code last}. */
    Turn whatElse(AdviceRequest request, Turn previous, Route last) {
        // a second "more" or "what else" in a row: that was everything, and a person, not the same text again (G22)
        if (request.state().slots().flag(REST_GIVEN).orElse(false)) {
            return allSaid(request, previous);
        }
        // "what else is there" after the family-support answer in a web chat, whose rest was shown behind "more" with it (care
        // helper's first set, 27th session: that rest again): who else can help, the answer's own number, and a person
        // (only where they ask what else: a bare "more" is the rest, as on every answer - lead's G22)
        if (last == Route.EARLY_HELP && request.style().channel() == Channel.WEB && request.role() != CallerRole.PROFESSIONAL
                && request.role() != CallerRole.CHILD && PatternFile.cueText(request.text()).contains("else")) {
            Advice advice = LastAnswerParts.start(previous).add(wording.text("followup.earlyHelp.otherHelp"));
            previous.advice().paragraphs().stream().filter(p -> !advice.paragraphs().contains(p))
                    .filter(LastAnswerParts::givesContact).findFirst().ifPresent(advice::add);
            advice.add(wording.text("followup.offerPerson"));
            return restGiven(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
        }
        // care-49: "what else should i do" after a practitioner's consultation (own set care-49-a CL03: "The document says nothing
        // more about this" and the NSPCC): the steps every document asks of them - their safeguarding lead, the family told and
        // asked unless that is unsafe, the decision written down - then the answer's own contact
        // (a threshold question is a practitioner's even when no role was said: CL03 said none)
        if (last == Route.CONSULTATION && (request.role() == CallerRole.PROFESSIONAL || request.role() == CallerRole.UNKNOWN)
                && PatternFile.cueText(request.text()).contains("else")) {
            Advice advice = LastAnswerParts.start(previous).add(wording.text("followup.consultation.next"));
            previous.advice().paragraphs().stream().filter(p -> !advice.paragraphs().contains(p))
                    .filter(LastAnswerParts::givesContact).findFirst().ifPresent(advice::add);
            return restGiven(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
        }
        // care-49: "done. what else should i do" after a practitioner's referral answer and its link (own set care-49-b B01, the
        // blind tester's q49 kind 8: the link and the first reply again): what comes after referring - the record, the lead, the
        // family told where that is safe - and the times the document promises a referrer, to chase by
        if (last == Route.REPORT_CONCERN && request.role() == CallerRole.PROFESSIONAL
                && PatternFile.cueText(request.text()).contains("else")) {
            Advice advice = LastAnswerParts.start(previous).add(wording.text("followup.report.next"));
            request.partnership().timescales().forEach(t -> advice.add(t.description(), t.source()));
            return restGiven(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
        }
        // care-50: "what else should i do" after a member of the public's or a relative's worry (own set care-50-b B11, B12, the blind
        // tester's q50 kind 15: what the MASH tells them back, or the email): what they can do meanwhile, then the answer's own contact
        if (last == Route.REPORT_CONCERN && request.role() != CallerRole.PROFESSIONAL && request.role() != CallerRole.CHILD
                && PatternFile.cueText(request.text()).contains("else")) {
            Advice advice = LastAnswerParts.start(previous).add(wording.text("followup.report.public.next"));
            previous.advice().paragraphs().stream().filter(p -> !advice.paragraphs().contains(p))
                    .filter(LastAnswerParts::givesContact).findFirst().ifPresent(advice::add);
            return restGiven(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
        }
        // after "I've rung 999" the wait for help was said: "what else?" is who to tell once help has come (G24)
        boolean called999 = request.state().slots().flag(Slots.CALLED_999).orElse(false);
        // once help came and dealt with the danger ("police came and took him away"), "wat shud i do now" is what comes next
        // and whom to tell, the whole of it (risk helper's unseen set, 26th session: only "if anything changes, call 999 again")
        if (last == Route.IMMEDIATE_RISK && request.state().slots().flag(ImmediateRiskAdvisor.HELP_CAME).orElse(false)) {
            return restGiven(previous);
        }
        return restGiven(called999 && last == Route.IMMEDIATE_RISK ? restOnly(previous)
                : rest(previous, "followup.nothingElse", request.style().spoken()));
    }

    /**
     * The turn as it is, except that a rest given before is forgotten once the caller writes anything but another "more"
     * or "what else" (after a new answer, "more" is that answer's rest).
     */
    Turn forgetRestUnlessAskedAgain(Turn turn, String text) {
        Slots slots = turn.state().slots();
        if (!slots.flag(REST_GIVEN).orElse(false) || cues.kind(text).filter(WHAT_ELSE::equals).isPresent()) {
            return turn;
        }
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(slots.with(REST_GIVEN,
                Slots.NO))));
    }

    private Turn rest(Turn previous, String intro, boolean spoken) {
        List<String> paragraphs = previous.advice().paragraphs();
        int essential = previous.advice().essential();
        // the rest itself, from its first sentence: an introduction would take the first screen's room
        Advice advice = LastAnswerParts.start(previous);
        // "say your role for the steps of a referral" alone is no answer to "what else can i do" (lead's SMS trial, 1 Dec:
        // a brother worried about a missing 15-year-old got only that): then the document has no more for this caller
        List<String> more = essential < paragraphs.size() ? paragraphs.subList(essential, paragraphs.size()) : List.of();
        if (more.stream().anyMatch(p -> !aside(p))) {
            more.forEach(advice::add);
            return previous.withAdvice(advice.citeAll(previous.advice().sources()));
        }
        // the document says no more: not the whole answer again, but the one thing to do next - the answer's own
        // number or address - and 999 if a child is in danger
        Optional<String> contact = paragraphs.stream().filter(p -> !advice.paragraphs().contains(p))
                .filter(LastAnswerParts::givesContact).findFirst();
        if (contact.isEmpty()) {
            advice.add(wording.text(intro));
            paragraphs.forEach(advice::add);
            return previous.withAdvice(advice.citeAll(previous.advice().sources()));
        }
        advice.add(wording.text("followup.nothingMore")).add(contact.get());
        if (previous.route() != Route.IMMEDIATE_RISK) {
            advice.add(wording.text(spoken ? "safety.999.voice" : "safety.999"));
        }
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * A paragraph that is no answer to "what else should I do" on its own: the role note, a route's 999 line, a note
     * about a number ("About the Emergency Duty Team: ..."). Given alone, "what happens next" after what an assessment is
     * got only "If a child is in danger now, call 999" and the notes (care helper's probe, 1 Dec).
     */
    private boolean aside(String paragraph) {
        if (ASIDES.stream().anyMatch(key -> paragraph.equals(wording.text(key)))) {
            return true;
        }
        String notes = wording.text("contact.notesOf");
        int field = notes.indexOf('{');
        return field > 0 && paragraph.startsWith(notes.substring(0, field));
    }

    /** Everything has been said: so, the answer's own number or address again, and a person to talk it through with. */
    private Turn allSaid(AdviceRequest request, Turn previous) {
        Advice advice = LastAnswerParts.start(previous).add(wording.text("followup.allSaid"));
        previous.advice().paragraphs().stream().filter(p -> !advice.paragraphs().contains(p))
                .filter(LastAnswerParts::givesContact).findFirst().ifPresent(advice::add);
        advice.add(wording.text(request.style().spoken() ? "followup.offerPerson.voice" : "followup.offerPerson"));
        return restGiven(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
    }

    private static Turn restGiven(Turn turn) {
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(turn.state().slots()
                .with(REST_GIVEN, Slots.YES))));
    }

    /** The rest of the last answer beyond its first steps, without repeating them (nothing to add if there is none). */
    private static Turn restOnly(Turn previous) {
        List<String> paragraphs = previous.advice().paragraphs();
        int essential = previous.advice().essential();
        Advice advice = new Advice();
        paragraphs.subList(Math.min(essential, paragraphs.size()), paragraphs.size()).forEach(advice::add);
        if (advice.paragraphs().isEmpty()) {
            paragraphs.forEach(advice::add);
        }
        return previous.withAdvice(advice.citeAll(previous.advice().sources()));
    }
}
