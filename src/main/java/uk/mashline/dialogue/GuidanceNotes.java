package uk.mashline.dialogue;

import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;

/**
 * Adds what a partnership's document tells callers on a topic (what a referral must contain, what
 * happens next, Prevent's first step...), filtered by who is asking and what they wrote.
 */
final class GuidanceNotes {

    private GuidanceNotes() {
    }

    static Advice add(Advice advice, AdviceRequest request, GuidanceTopic topic) {
        // a caller who has not said who they are may be either, so guidance for both applies
        Boolean professional = switch (request.role()) {
            case PROFESSIONAL -> Boolean.TRUE;
            case UNKNOWN -> null;
            default -> Boolean.FALSE;
        };
        for (Guidance guidance : request.partnership().guidance(topic, professional, request.text())) {
            advice.add(guidance.text().text(), guidance.text().source());
        }
        return advice;
    }
}
