package uk.mashline.dialogue;

import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;

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
     * to the top": the brief's leftover, 36th session, whose skipping answer was left under "more").
     */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "\\?|^(?:(?:so|and|ok|hi|also)[ ,.]+)*(?:do|does|should|must|shall|can|could|how|who|what|where|is|are|will|would)\\b"
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
        // right after the answer (the due date), in reverse so that the data's first entry comes first
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (advice.putSecond(shown.get(i).text().text())) {
                advice.cite(shown.get(i).text().source());
            }
        }
        return advice;
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
