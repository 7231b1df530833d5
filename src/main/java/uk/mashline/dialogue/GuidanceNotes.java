package uk.mashline.dialogue;

import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourcedText;

import java.util.List;
import java.util.Map;

/**
 * Adds what a partnership's document tells callers on a topic (what a referral must contain, what
 * happens next, Prevent's first step...), filtered by who is asking and what they wrote.
 */
final class GuidanceNotes {

    /**
     * A message that asks something: a question mark, or a question's first words ("do i need to tell the iro"), at its
     * start or after the caller's sign-on or story ("health visitor, ... their manager wont call me back. can i go straight
     * to the top": the brief's leftover, 36th session, whose skipping answer was left under "more"); "so which level of need
     * is this" too (esc helper's 39th session: thanked, the document's answer under "more").
     */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "\\?|^(?:(?:so|and|ok|hi|also)[ ,.]+)*(?:do|does|should|must|shall|can|could|how|who|what|which|where|is|are|will|would)\\b"
                    + "|[,.;:!\\-]\\s*(?:(?:so|and|but|also)\\s+)?(?:do|does|should|must|shall|can|could|may|is|are|will|would)"
                    + "\\s+(?:i|we|you|they|there|it)\\b");

    private GuidanceNotes() {
    }

    static Advice add(Advice advice, AdviceRequest request, GuidanceTopic topic) {
        // someone who has not said who they are may be a member of the public: professional procedure waits until
        // they say they are a professional, except where the topic is advice for professionals (a consultation)
        CallerRole role = request.role() == CallerRole.UNKNOWN && topic != GuidanceTopic.CONSULTATION
                ? CallerRole.PUBLIC : request.role();
        for (Guidance guidance : applicable(request.partnership(), role, request.text(), topic)) {
            advice.add(guidance.text().text(), guidance.text().source());
        }
        return advice;
    }

    /**
     * On a turn of a disagreement, what the document says about something the caller has just
     * mentioned (a child on a plan or looked after, the escalation template, a significant policy
     * issue) answers what they raised. On the flow's answer ({@code answered}) it comes right after the
     * answer's first paragraph, so no channel's budget cuts it, and a fact the conversation already knew ({@code known}, e.g.
     * decision=cp_plan) brings it there too; on a turn that asks the flow's next question it follows
     * the question, which must stay within the budget. A paragraph the turn already gives further
     * down is moved up, not repeated.
     */
    static Advice addMentioned(Advice advice, Route route, Partnership partnership, CallerRole role, String text,
                               Map<String, String> known, boolean answered) {
        // a child is answered as a child (ChildFirstAdvisor): no policy paragraph joins it
        if (route != Route.ESCALATION || role == CallerRole.CHILD) {
            return advice;
        }
        List<Guidance> shown = applicable(partnership, role, text, GuidanceTopic.ESCALATION,
                answered ? known : Map.of());
        if (!answered) {
            // "do i have to let the IRO know? how do i get hold of them" (esc helper's unseen set, 17th session: the flow's
            // "on what date was stage 1 raised?" came first): what the caller asked about is answered before the question
            boolean asked = ASKS.matcher(text == null ? "" : text.toLowerCase(java.util.Locale.UK)).find();
            for (int i = shown.size() - 1; asked && i >= 0; i--) {
                if (advice.putFirst(shown.get(i).text().text())) {
                    advice.cite(shown.get(i).text().source());
                }
            }
            for (Guidance guidance : asked ? List.<Guidance>of() : shown) {
                if (!advice.paragraphs().contains(guidance.text().text().strip())) {
                    advice.addToEssentials(guidance.text().text()).cite(guidance.text().source());
                }
            }
            return advice;
        }
        // right after the answer (the due date), in reverse so that the data's first entry comes first; but what the
        // question the message ends on names comes first ("... so its gone to the partnership today. is their decision
        // final?": esc helper's own set, 37th session - Medway's silence on it was left under "more" after the stage)
        String question = lastQuestion(text);
        // esc-43: or a question with its mark before a last sentence that tells ("can it be done faster? im scared for her
        // going home": regression chat ER11 - the document's words on speed were left under "more")
        List<String> marked = markedQuestions(text);
        for (int i = shown.size() - 1; i >= 0; i--) {
            Guidance guidance = shown.get(i);
            boolean asked = !guidance.mentions().isEmpty()
                    && (!question.isEmpty() && guidance.appliesTo(GuidanceTopic.ESCALATION, null, question)
                    || marked.stream().anyMatch(q -> guidance.appliesTo(GuidanceTopic.ESCALATION, null, q)));
            if (asked ? advice.putFirst(guidance.text().text()) : advice.putSecond(guidance.text().text())) {
                advice.cite(guidance.text().source());
            }
        }
        return advice;
    }

    /** A question about when ("is it final and when do we hear?"): the answer's date leads, not the document's note. */
    private static final java.util.regex.Pattern ASKS_WHEN = java.util.regex.Pattern.compile(
            "\\b(?:when|how long|how soon|deadline|due|timescale|time limit|by what date)\\b");

    /** The sentences of the message that end with a question mark and do not ask when (esc-43). */
    private static List<String> markedQuestions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(Words.sentences(text.toLowerCase(java.util.Locale.UK)))
                .filter(s -> s.strip().endsWith("?") && !ASKS_WHEN.matcher(s).find()).toList();
    }

    /** The question the message ends on, if its last sentence asks one and not when; else empty. */
    private static String lastQuestion(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] sentences = Words.sentences(text.toLowerCase(java.util.Locale.UK));
        String last = sentences[sentences.length - 1];
        return ASKS.matcher(last).find() && !ASKS_WHEN.matcher(last).find() ? last : "";
    }

    /**
     * A question about a disagreement's last answer that something the document says answers ("is it final?" after Medway's
     * stage 4, which this copy is silent on): those paragraphs, the entries the question's own words call up, for the
     * follow-up to give in place of "I cannot answer that one here" (esc helper's brief, 37th session). Empty after any other
     * answer, to a child, or where no entry's words are in the message.
     */
    static List<SourcedText> askedAfterADisagreement(AdviceRequest request) {
        return askedAfterADisagreement(request, mention -> true);
    }

    /**
     * What the document says of something a question names while the disagreement's question waits ("is it s17 or s47 tho"
     * before "have you talked it through?" is answered): the entries its words call up, for the answer to give in place of
     * "I cannot answer that one here" (esc helper's own set, 39th session: the document's words first, then that). Empty to a
     * child, or where no entry's words are in the message.
     */
    static List<SourcedText> askedInADisagreement(AdviceRequest request) {
        CallerRole role = request.state().role();
        if (role == CallerRole.CHILD) {
            return List.of();
        }
        return applicable(request.partnership(), role, request.text(), GuidanceTopic.ESCALATION).stream()
                .filter(g -> !g.mentions().isEmpty()).map(Guidance::text).toList();
    }

    /**
     * What the document says of something a question names after a consultation, consent or early help answer ("who decides
     * which one it is" after the levels of need; care helper's own set, 46th session: "I cannot answer that one here"): the
     * entries of that answer's topic whose words are in the question. Empty to a child, after any other answer, or where no
     * entry's words are in the message.
     */
    static List<SourcedText> askedAfterAnAnswer(AdviceRequest request) {
        CallerRole role = request.state().role();
        GuidanceTopic topic = switch (request.state().dialogue().last() == null ? Route.GREETING
                : request.state().dialogue().last()) {
            case CONSULTATION -> GuidanceTopic.CONSULTATION;
            case CONSENT_INFO_SHARING -> GuidanceTopic.CONSENT;
            case EARLY_HELP -> GuidanceTopic.EARLY_HELP;
            default -> null;
        };
        if (topic == null || role == CallerRole.CHILD) {
            return List.of();
        }
        return applicable(request.partnership(), role, request.text(), topic).stream()
                .filter(g -> !g.mentions().isEmpty()).map(Guidance::text).toList();
    }

    /** As above, only the entries one of whose words is of the kind asked ("level of need": a level asked about). */
    static List<SourcedText> askedAfterADisagreement(AdviceRequest request, java.util.function.Predicate<String> mentionKind) {
        CallerRole role = request.state().role();
        if (request.state().dialogue().last() != Route.ESCALATION || role == CallerRole.CHILD) {
            return List.of();
        }
        return applicable(request.partnership(), role, request.text(), GuidanceTopic.ESCALATION).stream()
                .filter(g -> g.mentions().stream().anyMatch(mentionKind)).map(Guidance::text).toList();
    }

    private static List<Guidance> applicable(Partnership partnership, CallerRole role, String text,
                                             GuidanceTopic topic) {
        return applicable(partnership, role, text, topic, Map.of());
    }

    private static List<Guidance> applicable(Partnership partnership, CallerRole role, String text,
                                             GuidanceTopic topic, Map<String, String> known) {
        // a caller who has not said who they are may be either, so guidance for both applies
        Boolean professional = switch (role) {
            case PROFESSIONAL -> Boolean.TRUE;
            case UNKNOWN -> null;
            default -> Boolean.FALSE;
        };
        return partnership.guidance(topic, professional, text, known);
    }
}
