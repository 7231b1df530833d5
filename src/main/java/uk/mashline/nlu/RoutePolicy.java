package uk.mashline.nlu;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.mashline.dialogue.Route;

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
    /** Intent reported for a message made only of words the model never saw in training. */
    public static final String INTENT_UNRECOGNISED = "unrecognised";
    public static final String NO_MODEL_VERSION = "untrained";

    private final double immediateRiskMargin;
    private final double cueMargin;
    private final double classifierFloor;
    private final double reassuredFloor;
    private final boolean routeBySum;

    /** As {@link #RoutePolicy(double, double, double)} with no floor: the model's top intent always counts. */
    public RoutePolicy(double immediateRiskMargin, double cueMargin) {
        this(immediateRiskMargin, cueMargin, 0);
    }

    /**
     * @param immediateRiskMargin an immediate-risk intent this probable wins even as a second choice
     * @param cueMargin           with a weak rule (a cue) firing, this much immediate-risk probability is enough
     * @param classifierFloor     with no rule or cue firing, the model's top immediate-risk intent needs this
     *                            probability ("i want to find a childminder" came first as self-harm at 0.19)
     */
    public RoutePolicy(double immediateRiskMargin, double cueMargin, double classifierFloor) {
        this(immediateRiskMargin, cueMargin, classifierFloor, classifierFloor);
    }

    /**
     * @param reassuredFloor with no rule or cue firing and the message saying the child is safe now, an
     *                       immediate-risk intent needs this probability (see {@link #decideReassured})
     */
    public RoutePolicy(double immediateRiskMargin, double cueMargin, double classifierFloor, double reassuredFloor) {
        this(immediateRiskMargin, cueMargin, classifierFloor, reassuredFloor, false);
    }

    /**
     * @param routeBySum when no danger is found, answer with the route whose intents together are most probable (see
     *                   {@link #bestAnswer}) rather than the route of the single most probable intent
     */
    public RoutePolicy(double immediateRiskMargin, double cueMargin, double classifierFloor, double reassuredFloor,
                       boolean routeBySum) {
        this.immediateRiskMargin = immediateRiskMargin;
        this.cueMargin = cueMargin;
        this.classifierFloor = classifierFloor;
        this.reassuredFloor = reassuredFloor;
        this.routeBySum = routeBySum;
    }

    /**
     * @param riskRule the detector rule that fired, if any
     * @param ranked   the model's ranking, most probable first; null when no model is ready
     * @param version  the model version, ignored when {@code ranked} is null
     */
    public Classification decide(Optional<RiskSignal> risk, List<IntentScore> ranked, String version) {
        if (ranked == null || ranked.isEmpty()) {
            // No model to weigh a cue against: any sign of danger counts.
            return risk
                    .map(r -> new Classification(INTENT_IMMEDIATE_RISK, Route.IMMEDIATE_RISK, 1.0, r.rule(), NO_MODEL_VERSION))
                    .orElseGet(() -> new Classification(INTENT_UNCLASSIFIED, Route.OUT_OF_SCOPE, 0.0, null, NO_MODEL_VERSION));
        }
        IntentScore top = ranked.get(0);
        if (top.route() == Route.IMMEDIATE_RISK && (risk.isPresent() || top.probability() >= classifierFloor)) {
            return immediate(top, risk.map(RiskSignal::rule).orElse(RULE_CLASSIFIER), version);
        }
        // The single most likely immediate-risk intent, not their sum: with several such intents
        // the sum is large even for a message the model knows nothing about.
        IntentScore bestRisk = ranked.stream().filter(s -> s.route() == Route.IMMEDIATE_RISK).findFirst().orElse(null);
        double riskProbability = bestRisk == null ? 0 : bestRisk.probability();
        if (risk.isPresent() && (risk.get().strong() || riskProbability >= cueMargin)) {
            return bestRisk == null
                    ? new Classification(INTENT_IMMEDIATE_RISK, Route.IMMEDIATE_RISK, 1.0, risk.get().rule(), version)
                    : immediate(bestRisk, risk.get().rule(), version);
        }
        if (bestRisk != null && riskProbability >= immediateRiskMargin) {
            return immediate(bestRisk, RULE_MARGIN, version);
        }
        IntentScore answer = bestAnswer(ranked);
        return answer == null ? unrecognised(version)
                : new Classification(answer.intent(), answer.route(), answer.probability(), null, version);
    }

    /**
     * No rule or cue fired and the message says the child is safe now or the harm is over, with nothing saying
     * danger is present ("my son was threatened with a knife on saturday, he got away and he's home and ok"): the
     * model's guess of danger from the words "knife" or "raped" alone must be surer than usual, or the message is
     * the worry to report it says it is.
     */
    public Classification decideReassured(List<IntentScore> ranked, String version) {
        return decideReassured(ranked, () -> ranked, version);
    }

    /**
     * As {@link #decideReassured(List, String)}, where the guess of danger must also stand in the message without its
     * harmless phrases ({@code withoutIdioms}, asked only when the guess is sure enough): "my 12yo keeps going 'im gonna
     * kill myself' every time she loses on fortnite, shes laughing" was danger to the model at 1.00 from the quoted words
     * alone, and at 0.09 without them (risk-49). The rules already read the message without those phrases.
     */
    public Classification decideReassured(List<IntentScore> ranked, Supplier<List<IntentScore>> withoutIdioms,
                                          String version) {
        IntentScore bestRisk = bestRisk(ranked);
        if (bestRisk == null || bestRisk.probability() < reassuredFloor) {
            return plainAnswer(ranked, version);
        }
        List<IntentScore> without = withoutIdioms.get();
        IntentScore stillRisk = bestRisk(without);
        if (stillRisk != null && stillRisk.probability() >= reassuredFloor) {
            return immediate(bestRisk, RULE_CLASSIFIER, version);
        }
        // the guess of danger was the idiom's: the rest of the message says what it is about (the fortnite parent's
        // worry is a report to talk through, not out of scope, which the whole message's other intents made it)
        return plainAnswer(without.isEmpty() ? ranked : without, version);
    }

    private static IntentScore bestRisk(List<IntentScore> ranked) {
        return ranked.stream().filter(s -> s.route() == Route.IMMEDIATE_RISK).findFirst().orElse(null);
    }

    /**
     * The answer when danger is ruled out: the most probable intent that is not immediate risk or, by route sum, the most
     * probable intent of the route whose intents together weigh most. Several routes are split into intents (out of scope
     * into four, escalation, the report and the handoff into two each): "my 80 year old dad isnt coping" spread over three
     * out-of-scope intents lost to one report intent that alone weighed more. Immediate risk is never summed (its six
     * intents add up for a message the model barely knows); its own tests come first in {@link #decide}.
     */
    private IntentScore bestAnswer(List<IntentScore> ranked) {
        if (!routeBySum) {
            return ranked.stream().filter(s -> s.route() != Route.IMMEDIATE_RISK).findFirst().orElse(null);
        }
        Map<Route, Double> sums = new EnumMap<>(Route.class);
        Map<Route, IntentScore> best = new EnumMap<>(Route.class);
        for (IntentScore s : ranked) {
            if (s.route() != Route.IMMEDIATE_RISK) {
                sums.merge(s.route(), s.probability(), Double::sum);
                best.putIfAbsent(s.route(), s);
            }
        }
        IntentScore answer = null;
        double answerSum = -1;
        for (IntentScore s : ranked) {
            // ranked order breaks a tie in favour of the route of the more probable intent
            if (best.get(s.route()) == s && sums.get(s.route()) > answerSum) {
                answer = s;
                answerSum = sums.get(s.route());
            }
        }
        return answer;
    }

    /**
     * A plain answer ("12", "18/11/2026", "a teacher", "yes", see {@link PlainAnswers}) on which no
     * immediate-risk rule or cue fired: the model's best intent that is not immediate risk. Its guess of
     * danger for a bare fact is noise, and a 999 reply to someone giving their age scares them for nothing.
     */
    public Classification plainAnswer(List<IntentScore> ranked, String version) {
        IntentScore best = bestAnswer(ranked);
        return best == null ? unrecognised(version)
                : new Classification(best.intent(), best.route(), best.probability(), null, version);
    }

    /** A message with no words: nothing to classify, but a rule cannot fire either. */
    public Classification empty(String version) {
        return new Classification(INTENT_EMPTY, Route.OUT_OF_SCOPE, 0.0, null, version);
    }

    /** A message of words the model never saw and no sign of danger: out of scope, and uncertain. */
    public Classification unrecognised(String version) {
        return new Classification(INTENT_UNRECOGNISED, Route.OUT_OF_SCOPE, 0.0, null, version);
    }

    private static Classification immediate(IntentScore score, String rule, String version) {
        return new Classification(score.intent(), Route.IMMEDIATE_RISK, score.probability(), rule, version);
    }
}
