package uk.mashline.dialogue;

import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.nlu.Route;

import java.util.List;
import java.util.Map;

/**
 * Adds what a partnership's document tells callers on a topic (what a referral must contain, what
 * happens next, Prevent's first step...), filtered by who is asking and what they wrote.
 */
final class GuidanceNotes {

    private GuidanceNotes() {
    }

    static Advice add(Advice advice, AdviceRequest request, GuidanceTopic topic) {
        for (Guidance guidance : applicable(request.partnership(), request.role(), request.text(), topic)) {
            advice.add(guidance.text().text(), guidance.text().source());
        }
        return advice;
    }

    /**
     * On any turn of a disagreement, what the document says about something the caller has just
     * mentioned or the conversation already knows (a child on a plan or looked after, the escalation
     * template, a significant policy issue) joins the essentials, whichever question the turn asks:
     * it answers what they raised. A paragraph the turn already gives further down is moved up, not repeated.
     */
    static Advice addMentioned(Advice advice, Route route, Partnership partnership, CallerRole role, String text,
                               Map<String, String> known) {
        if (route != Route.ESCALATION) {
            return advice;
        }
        for (Guidance guidance : applicable(partnership, role, text, GuidanceTopic.ESCALATION, known)) {
            if (advice.promoteToEssentials(guidance.text().text())) {
                advice.cite(guidance.text().source());
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
