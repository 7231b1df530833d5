package uk.mashline.nlu;

import uk.mashline.dialogue.Route;

/**
 * What the service understood a message to be.
 *
 * @param intent       the finest label recognised (an intent file name), e.g. {@code escalation_stage_query}
 * @param route        the route the intent maps to, after the immediate-risk override
 * @param confidence   the classifier's probability for {@code intent}, 0..1 (1 when an immediate-risk
 *                     rule fired before any model was ready; 0 when there was nothing to classify).
 *                     Compare with {@link IntentClassifier#isUncertain}, which never doubts immediate risk
 * @param rule         what decided immediate risk: {@code classifier}, {@code classifier-margin} (immediate
 *                     risk was a likely second choice) or the name of the detector rule that fired;
 *                     null when the route is not immediate risk
 * @param modelVersion hash of the training data the model was built from
 */
public record Classification(String intent, Route route, double confidence, String rule, String modelVersion) {

    /** Whether the model alone, not a risk rule, placed the message in danger (its guess of danger may be noise). */
    public boolean dangerByModelAlone() {
        return rule != null && rule.startsWith("classifier") && !rule.equals("classifier-unavailable");
    }
}
