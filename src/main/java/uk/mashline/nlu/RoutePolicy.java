package uk.mashline.nlu;

import java.util.List;
import java.util.Optional;

/**
 * Turns the model's ranking and the immediate-risk detector's verdict into one route, always
 * erring towards immediate risk: if either says danger now, or the model thinks danger is a
 * serious possibility even as its second guess, the reply starts with the 999 line.
 */
public final class RoutePolicy {

    public static final String RULE_CLASSIFIER = "classifier";
    public static final String RULE_MARGIN = "classifier-margin";
    /** Intent reported when a rule fires before any model is available. */
    public static final String INTENT_IMMEDIATE_RISK = "immediate_risk";
    /** Intent reported when there is no model yet and no sign of danger. */
    public static final String INTENT_UNCLASSIFIED = "unclassified";
    /** Intent reported for a message with no words in it (only emoji, punctuation, nothing). */
    public static final String INTENT_EMPTY = "empty";
    public static final String NO_MODEL_VERSION = "untrained";

    private final double immediateRiskMargin;

    public RoutePolicy(double immediateRiskMargin) {
        this.immediateRiskMargin = immediateRiskMargin;
    }

    /**
     * @param riskRule the detector rule that fired, if any
     * @param ranked   the model's ranking, most probable first; null when no model is ready
     * @param version  the model version, ignored when {@code ranked} is null
     */
    public Classification decide(Optional<String> riskRule, List<IntentScore> ranked, String version) {
        if (ranked == null || ranked.isEmpty()) {
            return riskRule
                    .map(rule -> new Classification(INTENT_IMMEDIATE_RISK, Route.IMMEDIATE_RISK, 1.0, rule, NO_MODEL_VERSION))
                    .orElseGet(() -> new Classification(INTENT_UNCLASSIFIED, Route.OUT_OF_SCOPE, 0.0, null, NO_MODEL_VERSION));
        }
        IntentScore top = ranked.get(0);
        if (top.route() == Route.IMMEDIATE_RISK) {
            return immediate(top, riskRule.orElse(RULE_CLASSIFIER), version);
        }
        IntentScore bestRisk = null;
        double riskProbability = 0;
        for (IntentScore score : ranked) {
            if (score.route() == Route.IMMEDIATE_RISK) {
                riskProbability += score.probability();
                bestRisk = bestRisk == null ? score : bestRisk;
            }
        }
        if (riskRule.isPresent()) {
            return bestRisk == null
                    ? new Classification(INTENT_IMMEDIATE_RISK, Route.IMMEDIATE_RISK, 1.0, riskRule.get(), version)
                    : immediate(bestRisk, riskRule.get(), version);
        }
        if (bestRisk != null && riskProbability >= immediateRiskMargin) {
            return immediate(bestRisk, RULE_MARGIN, version);
        }
        return new Classification(top.intent(), top.route(), top.probability(), null, version);
    }

    /** A message with no words: nothing to classify, but a rule cannot fire either. */
    public Classification empty(String version) {
        return new Classification(INTENT_EMPTY, Route.OUT_OF_SCOPE, 0.0, null, version);
    }

    private static Classification immediate(IntentScore score, String rule, String version) {
        return new Classification(score.intent(), Route.IMMEDIATE_RISK, score.probability(), rule, version);
    }
}
