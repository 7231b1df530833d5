package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;

/**
 * How far the classifier's reading of a message is trusted. A guess of danger by the model alone (no risk rule) may be
 * noise in the light of the conversation; a risk rule's never is. A goodbye ends a call and a chat's case, so a
 * doubtful guess of one needs the words to say goodbye plainly.
 */
final class ClassifierTrust {

    private final double confidenceThreshold;
    private final FollowUpAdvisor followUps;

    ClassifierTrust(double confidenceThreshold, FollowUpAdvisor followUps) {
        this.confidenceThreshold = confidenceThreshold;
        this.followUps = followUps;
    }

    /**
     * Sure enough to act on. A greeting is trusted where the words plainly greet; a goodbye ends a call and a chat's case, so a
     * guess of one, however sure, is trusted only for a message that plainly says goodbye ("cheers bye"), never for "the
     * one with the managers" to a flow's question nor "they seem ok today" after an answer (the model at 0.43, over the
     * threshold: lead's ordinary-answers sweep, 16th session).
     */
    boolean confident(Classification c, String text) {
        if (c.route() == Route.GOODBYE) {
            return followUps.saysGoodbye(text);
        }
        // a greeting, however sure, only where the words greet: "he did it this morning before school" (0.30) and "she did
        // it again this morning before school" (0.81: the model hears "morning"), after a child told of being hit, are
        // more of what was told, not a new hello (tester's blind set q20, 23rd session)
        if (c.route() == Route.GREETING) {
            return followUps.saysHello(text);
        }
        return c.confidence() >= confidenceThreshold;
    }

    /** Below the threshold: a doubtful reading. */
    boolean doubtful(Classification c) {
        return c.confidence() < confidenceThreshold;
    }

    /** Whether only the model, not a risk rule, placed the message (its guess of danger may be noise). */
    static boolean modelOnly(Classification c) {
        return c.dangerByModelAlone();
    }
}
