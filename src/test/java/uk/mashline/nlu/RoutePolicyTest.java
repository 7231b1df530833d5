package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import uk.mashline.dialogue.Route;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoutePolicyTest {

    private final RoutePolicy policy = new RoutePolicy(0.2, 0.05);

    private static List<IntentScore> ranking(double complaint, double risk, double greeting) {
        return List.of(new IntentScore("complaint", Route.COMPLAINT, complaint),
                new IntentScore("immediate_violence", Route.IMMEDIATE_RISK, risk),
                new IntentScore("greeting", Route.GREETING, greeting));
    }

    @Test
    void topIntentWinsWhenNoSignOfDanger() {
        Classification c = policy.decide(Optional.empty(), ranking(0.85, 0.1, 0.05), "v1");
        assertEquals(new Classification("complaint", Route.COMPLAINT, 0.85, null, "v1"), c);
    }

    @Test
    void classifierSayingImmediateRiskIsImmediateRisk() {
        var ranked = List.of(new IntentScore("immediate_violence", Route.IMMEDIATE_RISK, 0.7),
                new IntentScore("complaint", Route.COMPLAINT, 0.3));
        assertEquals("classifier", policy.decide(Optional.empty(), ranked, "v1").rule());
    }

    @Test
    void detectorOverridesTheClassifier() {
        Classification c = policy.decide(Optional.of(new RiskSignal("weapon", true)), ranking(0.9, 0.01, 0.09), "v1");
        assertEquals(Route.IMMEDIATE_RISK, c.route());
        assertEquals("immediate_violence", c.intent());
        assertEquals("weapon", c.rule());
    }

    @Test
    void aCueCountsUnlessTheClassifierRulesDangerOut() {
        Classification c = policy.decide(Optional.of(new RiskSignal("missing-child", false)), ranking(0.9, 0.06, 0.04), "v1");
        assertEquals(Route.IMMEDIATE_RISK, c.route());
        assertEquals("missing-child", c.rule());
        assertEquals(Route.COMPLAINT,
                policy.decide(Optional.of(new RiskSignal("missing-child", false)), ranking(0.9, 0.04, 0.06), "v1").route());
    }

    @Test
    void likelySecondChoiceOfImmediateRiskWins() {
        Classification c = policy.decide(Optional.empty(), ranking(0.7, 0.25, 0.05), "v1");
        assertEquals(Route.IMMEDIATE_RISK, c.route());
        assertEquals("classifier-margin", c.rule());
        assertEquals(Route.COMPLAINT, policy.decide(Optional.empty(), ranking(0.8, 0.15, 0.05), "v1").route());
    }

    @Test
    void aLowGuessOfDangerByTheModelAloneIsNotEnough() {
        RoutePolicy floored = new RoutePolicy(0.3, 0.05, 0.2);
        var lowGuess = List.of(new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 0.19),
                new IntentScore("early_help", Route.EARLY_HELP, 0.15));
        assertEquals(new Classification("early_help", Route.EARLY_HELP, 0.15, null, "v1"),
                floored.decide(Optional.empty(), lowGuess, "v1"));
        assertEquals(Route.IMMEDIATE_RISK, floored.decide(Optional.of(new RiskSignal("alone", false)), lowGuess, "v1").route(),
                "a cue beside the guess still counts");
        var surer = List.of(new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 0.24),
                new IntentScore("early_help", Route.EARLY_HELP, 0.15));
        assertEquals(Route.IMMEDIATE_RISK, floored.decide(Optional.empty(), surer, "v1").route());
    }

    @Test
    void aPlainAnswerTakesTheBestIntentThatIsNotImmediateRisk() {
        var ranked = List.of(new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 0.3),
                new IntentScore("escalation_process", Route.ESCALATION, 0.2));
        assertEquals(new Classification("escalation_process", Route.ESCALATION, 0.2, null, "v1"),
                policy.plainAnswer(ranked, "v1"));
        var onlyRisk = List.of(new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 1.0));
        assertEquals(Route.OUT_OF_SCOPE, policy.plainAnswer(onlyRisk, "v1").route());
    }

    @Test
    void withoutAModelOnlyTheRulesAnswer() {
        assertEquals(new Classification("immediate_risk", Route.IMMEDIATE_RISK, 1.0, "fire", "untrained"),
                policy.decide(Optional.of(new RiskSignal("fire", false)), null, null));
        assertEquals(Route.OUT_OF_SCOPE, policy.decide(Optional.empty(), null, null).route());
    }

    @Test
    void byRouteSumARouteSplitOverSeveralIntentsWinsOverALesserSingleIntent() {
        // out of scope is four intents: together 0.45 against one report intent at 0.30
        var ranked = List.of(new IntentScore("report_concern", Route.REPORT_CONCERN, 0.30),
                new IntentScore("out_of_scope_other", Route.OUT_OF_SCOPE, 0.25),
                new IntentScore("immediate_medical", Route.IMMEDIATE_RISK, 0.15),
                new IntentScore("out_of_scope_council", Route.OUT_OF_SCOPE, 0.20),
                new IntentScore("early_help", Route.EARLY_HELP, 0.10));
        RoutePolicy bySum = new RoutePolicy(0.3, 0.05, 0.2, 0.9, true);
        assertEquals(new Classification("out_of_scope_other", Route.OUT_OF_SCOPE, 0.25, null, "v1"),
                bySum.decide(Optional.empty(), ranked, "v1"));
        assertEquals(Route.OUT_OF_SCOPE, bySum.plainAnswer(ranked, "v1").route());
        assertEquals(Route.REPORT_CONCERN, new RoutePolicy(0.3, 0.05, 0.2, 0.9, false).decide(Optional.empty(), ranked, "v1").route(),
                "without the sum the single most probable intent answers");
    }

    @Test
    void byRouteSumImmediateRiskIsNeverSummed() {
        // six risk intents at 0.12 each (0.72 together) with no rule: below the floor and the margin, so not danger
        List<IntentScore> ranked = new java.util.ArrayList<>();
        ranked.add(new IntentScore("greeting", Route.GREETING, 0.28));
        for (String intent : List.of("a", "b", "c", "d", "e", "f")) {
            ranked.add(new IntentScore("immediate_" + intent, Route.IMMEDIATE_RISK, 0.12));
        }
        RoutePolicy bySum = new RoutePolicy(0.3, 0.05, 0.2, 0.9, true);
        assertEquals(Route.GREETING, bySum.decide(Optional.empty(), ranked, "v1").route());
        assertEquals(Route.IMMEDIATE_RISK, bySum.decide(Optional.of(new RiskSignal("weapon", false)), ranked, "v1").route(),
                "a cue still counts");
    }

    // risk-49: a reassuring message the model calls danger only for its harmless phrase (a child's "im gonna kill myself" on losing
    // at fortnite, with a laugh): without the phrase the guess falls below the reassured floor, and the rest of the message answers
    @Test
    void aReassuredGuessOfDangerMustStandWithoutTheHarmlessPhrase() {
        RoutePolicy reassuring = new RoutePolicy(0.3, 0.05, 0.2, 0.95);
        var whole = List.of(new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 0.99),
                new IntentScore("out_of_scope_chat", Route.OUT_OF_SCOPE, 0.01));
        var without = List.of(new IntentScore("report_concern", Route.REPORT_CONCERN, 0.78),
                new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 0.09));
        Classification c = reassuring.decideReassured(whole, () -> without, "v1");
        assertEquals(Route.REPORT_CONCERN, c.route());
        // ... and the guess that stands without it is still danger
        var stillDanger = List.of(new IntentScore("immediate_self_harm", Route.IMMEDIATE_RISK, 0.97),
                new IntentScore("report_concern", Route.REPORT_CONCERN, 0.03));
        assertEquals(Route.IMMEDIATE_RISK, reassuring.decideReassured(whole, () -> stillDanger, "v1").route());
        assertEquals(Route.IMMEDIATE_RISK, reassuring.decideReassured(whole, "v1").route());
    }
}
