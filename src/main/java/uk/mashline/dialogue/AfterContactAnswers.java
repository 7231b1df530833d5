package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What happens after a worry is passed on, as the partnership's document says it (guidance AFTER_CONTACT, ASSESSMENT,
 * COMPLAINT_REPLY): "what happens after I ring them", "how long will it take", "what will they want to know from me",
 * and what an assessment is for a family told children's services want one. Where the document says nothing for this
 * caller, a professional is told so and anyone else who can tell them - never of a document's silence.
 */
final class AfterContactAnswers {

    /**
     * What a document says a caller like this is told after a contact, where it says so in words a question can name (its
     * AFTER_CONTACT guidance with mentions: North Tyneside's family hear that a decision was made, not what). One place for
     * the reply to "do i get told what they decide" and for the family follow-up of the same (care-43).
     */
    static List<uk.mashline.knowledge.Guidance> toldLines(uk.mashline.knowledge.Partnership partnership, Boolean professional,
                                                         String text) {
        return partnership.guidance(uk.mashline.knowledge.GuidanceTopic.AFTER_CONTACT, professional, text).stream()
                .filter(g -> !g.mentions().isEmpty()).toList();
    }

    /**
     * How long it takes, asked by someone who is not a professional ("its been 2 days now is that normal", esc helper's
     * unseen set, 25th session: "ask them what will happen next when you get in touch", to a caller who had): that the
     * document does not say, and to ring again if nothing came and they are still worried.
     */
    static final String HOW_LONG = ".howLong";

    /** Set once an assessment was answered: "how long will it take" next is the assessment's length. */
    static final String ASSESSMENT_ANSWERED = "assessment_answered";

    /** A due date as the escalation answers give it ({@link StageWording#DUE_DATE}: "Monday 14 December 2026"). */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
            "\\bdue by (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+ \\d{4}\\b");

    /** "when will we hear the result", "whats the outcome by": more than the stage's date is asked (the outcome's time). */
    // esc-43: "how long till we hear what they decided" once the chair has met (own set esc-43-a ES03: the stage's date only,
    // the outcome's month after the meeting left out)
    private static final java.util.regex.Pattern OUTCOME_ASKED = java.util.regex.Pattern.compile(
            "\\b(?:results?|outcomes?|verdict|what (?:they|the chair|the panel|it) decided?|(?:their|the) decision)\\b");

    /**
     * "when should i hear back", "how long till they reply": the other side's reply asked for, not the caller's own deadline
     * ("by when do i have to raise it" keeps its own answer; typed-as-users L70).
     */
    private static final java.util.regex.Pattern REPLY_ASKED = java.util.regex.Pattern.compile(
            "\\b(?:hear|heard|reply|replies|respond|response|get back|come back|answer|back to (?:me|us))\\b");

    private final Wording wording;
    private final StageWording stages;
    private final Optional<NamedStageLimit> namedStage;
    private final SilentDeadline silentDeadline;

    AfterContactAnswers(Wording wording) {
        this(wording, Optional.empty());
    }

    /** @param namedStage the time of a next stage just named, where a working-day calendar counts it */
    AfterContactAnswers(Wording wording, Optional<NamedStageLimit> namedStage) {
        this.wording = wording;
        this.stages = new StageWording(wording);
        this.namedStage = namedStage;
        this.silentDeadline = new SilentDeadline(wording);
    }

    /**
     * A family told that children's services want to assess their child ("they want to come and do an assessment on my
     * kids"), before anything else was answered: that it does not mean they are thought to have done wrong, what the
     * document says an assessment is (guidance ASSESSMENT), and who to ask (lead's sealed set q2: the menu, then a
     * goodbye to "i havent done anything wrong"). On the consent route: the family's agreement is what they ask next.
     */
    Turn assessment(AdviceRequest request) {
        Advice advice = new Advice();
        assessment(advice, request);
        return answered(request, advice);
    }

    /**
     * The same, after a parent's answer the caller put first ({@code lead}: that contact is not a finding of wrong, what
     * they asked, independent advice): the document's words on assessments and whom to ask follow it, behind "more" on a
     * web chat when the lead fills the first screen.
     */
    Turn assessment(AdviceRequest request, Advice lead) {
        request.partnership().guidance(GuidanceTopic.ASSESSMENT, professional(request), request.text())
                .forEach(g -> lead.add(g.text().text(), g.text().source()));
        lead.add(wording.text("context.assessed.ask"));
        return answered(request, lead);
    }

    private Turn answered(AdviceRequest request, Advice advice) {
        ConversationState settled = request.state().settled();
        settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(ASSESSMENT_ANSWERED, Slots.YES)));
        return Turn.of(request, advice.essentialsEndHere(), settled, Route.CONSENT_INFO_SHARING);
    }

    /** The last answer was what an assessment is ({@link #assessment(AdviceRequest)}), on its route. */
    static boolean assessmentAnswered(AdviceRequest request, Route last) {
        return last == Route.CONSENT_INFO_SHARING && request.state().slots().flag(ASSESSMENT_ANSWERED).orElse(false);
    }

    /** What an assessment is, from the document, and who to ask. */
    void assessment(Advice advice, AdviceRequest request) {
        advice.add(wording.text("context.assessed"));
        request.partnership().guidance(GuidanceTopic.ASSESSMENT, professional(request), request.text())
                .forEach(g -> advice.add(g.text().text(), g.text().source()));
        advice.add(wording.text("context.assessed.ask"));
    }

    /** What the document says of children staying with their families, if anything; whether it said something. */
    boolean removal(Advice advice, AdviceRequest request) {
        List<Guidance> said = request.partnership().guidance(GuidanceTopic.REMOVAL, professional(request), request.text());
        said.forEach(g -> advice.add(g.text().text(), g.text().source()));
        return !said.isEmpty();
    }

    /**
     * "What will they want to know from me": what the document says the MASH asks whoever passes a worry on, or that it
     * lists nothing (then the answer's number, added after, to ask them).
     */
    void theyAsk(Advice advice, AdviceRequest request) {
        if (!professional(request)) {
            advice.add(wording.text("context.theyAsk.public"));
        }
        documentSaysAsked(advice, request, request.partnership().mashQuestions());
    }

    /**
     * What the document says the MASH asks: for a professional, {@code questions} (lines of its list), or that it lists
     * none. The documents' lists are what the MASH asks an agency that refers ("everything your agency knows", consent,
     * the threshold levels): a neighbour, a grandparent or a parent is told what the document says of contact from the
     * public where it says anything (care helper's unseen set, sixteenth session: a neighbour got West Sussex's list for
     * agencies, a Medway parent its consent question for referrers).
     */
    private void documentSaysAsked(Advice advice, AdviceRequest request,
                                   List<uk.mashline.knowledge.SourcedText> questions) {
        if (!professional(request)) {
            var said = request.partnership().publicReporting().publicContact();
            if (Boolean.TRUE.equals(request.partnership().publicMayContact()) && !said.notStated()) {
                advice.add(said.text(), said.source());
            } else {
                // a document written for professionals (Sandwell, the LSCB model) lists nothing a member of the public is
                // asked: its silence said, not left to look like an answer (facts-41-a F22: "what sort of things will the
                // mash ask me when i ring them")
                advice.add(wording.format("context.theyAsk.public.notListed", "partnership",
                        request.partnership().name()), said.source());
            }
        } else if (questions.isEmpty()) {
            advice.add(request.partnership().mashQuestionsNotStated());
        } else {
            advice.add(wording.format("report.theyWillAsk", "questions", questions.stream()
                    .map(q -> q.text()).collect(Collectors.joining("; "))));
            questions.forEach(q -> advice.cite(q.source()));
        }
    }

    /**
     * facts-42: "do i need the childs date of birth", "i dont know her surname" (own set facts-42-a S05, W03: the NSPCC's lines,
     * or what the MASH asks again word for word): a worry can be passed on without every detail, then what the document
     * says of that detail - the lines of its list that name it (a professional), or what it says the public are asked, or
     * that it lists nothing.
     */
    void theyAskDetail(Advice advice, AdviceRequest request) {
        advice.add(wording.text("context.theyAsk.detail"));
        String word = AskedCues.detailAsked(request.text()).orElse("");
        var all = request.partnership().mashQuestions();
        var naming = all.stream()
                .filter(q -> !word.isEmpty() && q.text().toLowerCase(java.util.Locale.ROOT).contains(word)).toList();
        documentSaysAsked(advice, request, naming.isEmpty() ? all : naming);
    }

    /**
     * "How long will it take": after an assessment was answered, the assessment's length; after an escalation, the case's
     * own stage, limit and due date again (both answered in full here); otherwise nothing yet - the caller adds the
     * document's times ({@link #addGuidance}).
     */
    Optional<Turn> howLong(Advice advice, AdviceRequest request, Turn previous, Route last) {
        // after an assessment was answered: the assessment's length, as its document gives it (facts audit: the
        // MASH's decision time, as if it were the assessment's)
        if (assessmentAnswered(request, last)) {
            var all = request.partnership().guidance(GuidanceTopic.ASSESSMENT, professional(request), "");
            var asked = request.partnership().guidance(GuidanceTopic.ASSESSMENT, professional(request),
                    request.text()).stream().filter(g -> !all.contains(g)).toList();
            (asked.isEmpty() ? all : asked).forEach(g -> advice.add(g.text().text(), g.text().source()));
            advice.add(wording.text("context.assessed.ask"));
            return Optional.of(previous.withAdvice(advice.essentialsEndHere()));
        }
        // right after "and after that who?" named the next stage: that stage's own time, not the case's again
        Optional<Advice> named = last == Route.ESCALATION ? namedStage.flatMap(n -> n.answer(request)) : Optional.empty();
        if (named.isPresent()) {
            return Optional.of(Turn.of(request, named.get(), request.state(), Route.ESCALATION));
        }
        // where the document gives the case no time at all, that plainly and where to ask, not the answer again
        Optional<Advice> silent = last == Route.ESCALATION
                && REPLY_ASKED.matcher(request.text().toLowerCase(java.util.Locale.UK)).find()
                ? silentDeadline.whenAsked(request, request.state()) : Optional.empty();
        if (silent.isPresent()) {
            return Optional.of(Turn.of(request, silent.get(), request.state(), Route.ESCALATION));
        }
        if (last == Route.ESCALATION) {
            // the case's own stage, its limit and due date: the answer's first steps again, those that give a limit first
            // ("how many days do they get" after "start by talking it through": the same screen again, the stage's
            // limit still under "more", esc helper's unseen set, 25th session)
            // the one that gives the case's own due date first, before a stage's limit ("when am i meant to hear back"
            // after an overdue stage: esc helper's own set, 34th session - "Stage 2 is Heads of Service ... within 5
            // working days" came first, the date that had passed second)
            List<String> first = previous.advice().paragraphs().stream().limit(previous.advice().essential()).toList();
            List<String> limits = limitsOf(request.partnership().escalationPolicy());
            // where the answer gave a date, that is what "whens that due", "how long do they have" asks: the dated lines
            // (a stage past its day keeps both, the passed one and the next stage's if raised today) and the case's own
            // stage's limit if they do not give it, not the whole first screen again (esc helper's brief, 39th session);
            // "when will we hear the result of the meeting" asks more than the date, and gets the first screen as before
            List<String> dated = first.stream().filter(p -> DATED.matcher(p).find()).toList();
            if (!dated.isEmpty() && !OUTCOME_ASKED.matcher(request.text().toLowerCase(java.util.Locale.UK)).find()) {
                dated.forEach(advice::add);
                String own = "Stage " + request.state().slots().number(Slots.STAGE).orElse(0) + " ";
                if (dated.stream().noneMatch(p -> limits.stream().anyMatch(p::contains))) {
                    first.stream().filter(p -> p.startsWith(own) && limits.stream().anyMatch(p::contains)).findFirst()
                            .ifPresent(advice::add);
                }
                return Optional.of(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
            }
            dated.forEach(advice::add);
            first.stream().filter(p -> !DATED.matcher(p).find() && limits.stream().anyMatch(p::contains)).forEach(advice::add);
            first.stream().filter(p -> !DATED.matcher(p).find() && limits.stream().noneMatch(p::contains)).forEach(advice::add);
            return Optional.of(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
        }
        return Optional.empty();
    }

    /** Each stage's time limit as the answers word it ("3 working days"): what a paragraph giving a limit says. */
    private List<String> limitsOf(EscalationPolicy policy) {
        return policy.stages().stream().filter(s -> s.workingDays() != null)
                .map(s -> stages.values(s).get("days")).distinct().toList();
    }

    /**
     * What the document says on the topic for this caller. Where it says nothing for them, a professional is told so;
     * anyone else (also someone who has not said who they are) is told who can tell them, never of a document's silence
     * ({@code askedNext}: ".next" when they asked what happens next rather than how long).
     */
    void addGuidance(Advice advice, AdviceRequest request, GuidanceTopic topic, String askedNext) {
        boolean professional = professional(request);
        List<Guidance> said = request.partnership().guidance(topic, professional, request.text());
        if (said.isEmpty()) {
            advice.add(professional ? wording.format("context.notInDocument", "partnership", request.partnership().name())
                    : wording.text(topic == GuidanceTopic.COMPLAINT_REPLY ? "context.complaintReply.ask" + askedNext
                    : referred(request) ? "context.afterContact.referred"
                    : "context.afterContact.ask" + (ContextQuestions.MADE.equals(askedNext) || HOW_LONG.equals(askedNext)
                    ? askedNext : "")));
        }
        // care-45: "will they tell me what they decided", "will they let me know the outcome" as a short follow-up to what follows
        // a contact (own set care-45-a CW03, CL05: the new line, then the whole last answer again): the lines the words name,
        // first and alone; in a longer message that asks more, the rest after them
        if (topic == GuidanceTopic.AFTER_CONTACT) {
            List<Guidance> named = said.stream().filter(g -> !g.mentions().isEmpty()).toList();
            if (!named.isEmpty()) {
                List<Guidance> rest = Words.in(request.text()) <= SHORT_FOLLOW_UP ? List.of()
                        : said.stream().filter(g -> g.mentions().isEmpty()).toList();
                said = java.util.stream.Stream.concat(named.stream(), rest.stream()).toList();
            }
        }
        said.forEach(g -> advice.add(g.text().text(), g.text().source()));
    }

    /** A short follow-up: what it names is answered alone (care-45). */
    private static final int SHORT_FOLLOW_UP = 12;

    /** A family told they were referred: "them" is whoever from children's services gets in touch, not a number they ring. */
    private static boolean referred(AdviceRequest request) {
        return request.state().slots().flag(ConsentAdvisor.TOLD_OF_REFERRAL).orElse(false);
    }

    private static boolean professional(AdviceRequest request) {
        return request.role() == CallerRole.PROFESSIONAL;
    }
}
