package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality gates on the held-out file: the model is trained on intents/ exactly as at start-up
 * and judged on messages it never saw, through the whole classifier including the override.
 */
class NluQualityGateTest {

    private static Evaluation heldOut;
    private static List<HeldOutExample> examples;
    private static IntentCorpus corpus;
    private static IntentClassifier classifier;
    /** Ordinary messages and flow answers that must not get the 999 reply: kind TAB text. */
    static final Path NOT_IMMEDIATE_RISK = Path.of("src/test/resources/nlu/not-immediate-risk.tsv");
    /** Ordinary messages written blind on 2026-11-30, before the false-alarm work they measure: kind TAB text. */
    static final Path NOT_IMMEDIATE_RISK_BLIND = Path.of("src/test/resources/nlu/not-immediate-risk-blind.tsv");
    /** First messages written blind on 2026-11-30, before issue 13's accuracy work: ROUTE TAB text. */
    static final Path BLIND_FIRST_MESSAGES = Path.of("src/test/resources/nlu/blind-2026-11-30/first-messages.tsv");
    /** Flow answers written blind at the same time: kind TAB text. */
    static final Path BLIND_ANSWERS = Path.of("src/test/resources/nlu/blind-2026-11-30/answers.tsv");
    /** First messages of the lead's user trial (2026-11-30) that got the wrong route: ROUTE TAB text. */
    static final Path USER_TRIAL = Path.of("src/test/resources/nlu/trial-2026-11-30.tsv");
    /** Ordinary messages of the user trials that got the 999 reply (NOTICE N1-N4): kind TAB text. */
    static final Path USER_TRIAL_NOT_999 = Path.of("src/test/resources/nlu/trial-2026-11-30-not-999.tsv");
    static final int MAX_B_FALSE_ALARMS = 0;
    static final double MIN_B_ACCURACY = 0.975;
    static final int MAX_B_ANSWER_ALARMS = 3;
    static final int MAX_C_FALSE_ALARMS = 2;
    static final double MIN_C_ACCURACY = 0.89;
    static final int MAX_D_FALSE_ALARMS = 2;
    static final double MIN_D_ACCURACY = 0.98;
    static final int MAX_E_FALSE_ALARMS = 0;
    static final double MIN_E_ACCURACY = 0.97;
    static final int MAX_F_FALSE_ALARMS = 0;
    static final double MIN_F_ACCURACY = 0.95;
    static final int MAX_G_FALSE_ALARMS = 0;
    static final double MIN_G_ACCURACY = 0.98;
    static final int MAX_I_FALSE_ALARMS = 2;
    static final double MIN_I_ACCURACY = 0.97;
    static final int MAX_H_FALSE_ALARMS = 1;
    static final double MIN_H_ACCURACY = 0.96;
    static final int MAX_K_FALSE_ALARMS = 1;
    static final double MIN_K_ACCURACY = 0.96;
    /**
     * The routing work's blind sets (ROUTE TAB text first messages, kind TAB text answers): b written before it
     * began, c part-way through and run only at its end; d and e written before the second session's routing work,
     * e sealed (only its summary read) until that work ended; f and g written before the fourth session's routing work, f
     * sealed until its end and g read and tuned on; i written by the fifth session's routing helper before its work and
     * tuned on; h written by a helper who read no training or test data and sealed from both helpers until the fifth
     * session's end (the honest figure); k written blind by the sixth session's sealed-data helper, scored before any
     * change and tuned on by kind. Each: the 999 reply for every danger-now line, and at
     * most the false alarms and at least the route accuracy measured at the end (README).
     */
    static final List<BlindSet> ROUTING_BLIND_SETS = List.of(
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-b", 45, MAX_B_FALSE_ALARMS, MIN_B_ACCURACY, MAX_B_ANSWER_ALARMS),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-c", 20, MAX_C_FALSE_ALARMS, MIN_C_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-d", 40, MAX_D_FALSE_ALARMS, MIN_D_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-e", 18, MAX_E_FALSE_ALARMS, MIN_E_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-f", 22, MAX_F_FALSE_ALARMS, MIN_F_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-g", 22, MAX_G_FALSE_ALARMS, MIN_G_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-i", 21, MAX_I_FALSE_ALARMS, MIN_I_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-h", 28, MAX_H_FALSE_ALARMS, MIN_H_ACCURACY, 0),
            new BlindSet("src/test/resources/nlu/blind-2026-11-30-k", 32, MAX_K_FALSE_ALARMS, MIN_K_ACCURACY, 0));

    /** A blind set and what it must reach: danger lines it holds, false 999 replies allowed, route accuracy. */
    record BlindSet(String dir, int dangerLines, int maxFalseAlarms, double minAccuracy, int maxAnswerAlarms) {
        List<HeldOutExample> firstMessages() {
            return HeldOutExample.read(Path.of(dir, "first-messages.tsv"));
        }
    }

    @BeforeAll
    static void trainAndEvaluate() {
        NluSettings settings = NluSettings.standard();
        corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        var model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(corpus);
        classifier = OpenNlpIntentClassifier.of(model, settings);
        examples = HeldOutExample.read(HeldOutExample.DEFAULT_FILE);
        heldOut = new Evaluation(examples.stream()
                .map(e -> new Prediction(e.route(), e.text(), "line " + e.line(), classifier.classify(e.text())))
                .toList());
    }

    @Test
    void everyImmediateRiskMessageIsRecognised() {
        List<Prediction> missed = heldOut.misclassified().stream()
                .filter(p -> p.expected() == Route.IMMEDIATE_RISK).toList();
        assertEquals(List.of(), missed.stream().map(p -> p.source() + ": " + p.text()).toList());
        assertEquals(1.0, heldOut.recall(Route.IMMEDIATE_RISK));
    }

    @Test
    void macroF1OverRoutesIsAtLeast90Percent() {
        assertTrue(heldOut.macroF1() >= 0.90, () -> "macro-F1 " + heldOut.macroF1() + "\n"
                + heldOut.routeMatrix().formatScores() + heldOut.formatMisclassified());
    }

    /** The issue's target is 0.97 on first messages; the held-out file is held to what it reaches (README). */
    @Test
    void heldOutRouteAccuracyIsAtLeast98Percent() {
        long right = heldOut.predictions().stream().filter(Prediction::correct).count();
        assertTrue(right >= 0.98 * heldOut.predictions().size(), () -> "held-out route accuracy " + right + " of "
                + heldOut.predictions().size() + "\n" + heldOut.formatMisclassified());
    }

    @Test
    void outOfScopeRecallIsAtLeast90Percent() {
        assertTrue(heldOut.recall(Route.OUT_OF_SCOPE) >= 0.90, () -> "OUT_OF_SCOPE recall "
                + heldOut.recall(Route.OUT_OF_SCOPE));
    }

    /** Numbers, dates, ages and short answers never get the 999 reply; everyday questions almost never. */
    @Test
    void ordinaryMessagesAndFlowAnswersDoNotGetThe999Reply() throws java.io.IOException {
        Map<String, List<String>> falseAlarms = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (String[] line : ordinaryMessages()) {
            counts.merge(line[0], 1, Integer::sum);
            if (classifier.classify(line[1]).route() == Route.IMMEDIATE_RISK) {
                falseAlarms.computeIfAbsent(line[0], k -> new ArrayList<>()).add(line[1]);
            }
        }
        for (String kind : List.of("number", "date", "age", "answer")) {
            assertTrue(counts.getOrDefault(kind, 0) >= 20, kind);
            assertEquals(List.of(), falseAlarms.getOrDefault(kind, List.of()), kind);
        }
        List<String> questions = falseAlarms.getOrDefault("question", List.of());
        assertTrue(questions.size() <= counts.get("question") * 0.03, () -> "999 replies to questions: " + questions);
    }

    static List<String[]> ordinaryMessages() throws java.io.IOException {
        return kindAndText(NOT_IMMEDIATE_RISK);
    }

    static List<String[]> kindAndText(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)).toList();
    }

    private static List<String> getThe999Reply(List<String> texts) {
        return texts.stream().filter(t -> classifier.classify(t).route() == Route.IMMEDIATE_RISK).toList();
    }

    /** Every danger-now message of the blind set gets the 999 reply: recall is checked on lines never tuned for. */
    @Test
    void everyBlindDangerNowMessageGetsThe999Reply() {
        List<String> danger = HeldOutExample.read(BLIND_FIRST_MESSAGES).stream()
                .filter(e -> e.route() == Route.IMMEDIATE_RISK).map(HeldOutExample::text).toList();
        assertTrue(danger.size() >= 30, "blind danger-now lines: " + danger.size());
        List<String> missed = danger.stream().filter(t -> classifier.classify(t).route() != Route.IMMEDIATE_RISK).toList();
        assertEquals(List.of(), missed);
    }

    /** A school year, an age "nearly 10", a date or "the police already know" never gets the 999 reply. */
    @Test
    void blindFlowAnswersNeverGetThe999Reply() throws java.io.IOException {
        List<String> answers = new ArrayList<>();
        kindAndText(BLIND_ANSWERS).forEach(l -> answers.add(l[1]));
        kindAndText(NOT_IMMEDIATE_RISK_BLIND).stream().filter(l -> !l[0].equals("question")).forEach(l -> answers.add(l[1]));
        assertTrue(answers.size() >= 40, "blind answers: " + answers.size());
        assertEquals(List.of(), getThe999Reply(answers));
    }

    /**
     * Ordinary blind first messages and questions: the 999 reply for at most 2 of the 122 (README figure).
     * Checked against lines written before the work that changed them, so it can fail for real.
     */
    @Test
    void blindOrdinaryMessagesRarelyGetThe999Reply() throws java.io.IOException {
        List<String> ordinary = new ArrayList<>(HeldOutExample.read(BLIND_FIRST_MESSAGES).stream()
                .filter(e -> e.route() != Route.IMMEDIATE_RISK).map(HeldOutExample::text).toList());
        kindAndText(NOT_IMMEDIATE_RISK_BLIND).stream().filter(l -> l[0].equals("question")).forEach(l -> ordinary.add(l[1]));
        assertTrue(ordinary.size() >= 120, "blind ordinary messages: " + ordinary.size());
        List<String> falseAlarms = getThe999Reply(ordinary);
        assertTrue(falseAlarms.size() <= MAX_BLIND_FALSE_ALARMS, () -> "999 replies: " + falseAlarms);
    }

    static final int MAX_BLIND_FALSE_ALARMS = 2;

    @Test
    void routingBlindSetsGetThe999ReplyForEveryDangerAndRarelyOtherwise() throws java.io.IOException {
        for (BlindSet set : ROUTING_BLIND_SETS) {
            List<HeldOutExample> lines = set.firstMessages();
            List<String> danger = lines.stream().filter(e -> e.route() == Route.IMMEDIATE_RISK).map(HeldOutExample::text).toList();
            assertEquals(set.dangerLines(), danger.size(), set.dir());
            assertEquals(List.of(), danger.stream().filter(t -> classifier.classify(t).route() != Route.IMMEDIATE_RISK).toList(),
                    set.dir() + ": danger now without the 999 reply");
            List<String> falseAlarms = getThe999Reply(lines.stream().filter(e -> e.route() != Route.IMMEDIATE_RISK)
                    .map(HeldOutExample::text).toList());
            assertTrue(falseAlarms.size() <= set.maxFalseAlarms(), () -> set.dir() + ": 999 replies " + falseAlarms);
            long right = lines.stream().filter(e -> classifier.classify(e.text()).route() == e.route()).count();
            assertTrue(right >= set.minAccuracy() * lines.size(), () -> set.dir() + ": route accuracy " + right + " of " + lines.size());
            Path answers = Path.of(set.dir(), "answers.tsv");
            if (Files.exists(answers)) {
                List<String> answerAlarms = getThe999Reply(kindAndText(answers).stream().map(l -> l[1]).toList());
                assertTrue(answerAlarms.size() <= set.maxAnswerAlarms(), () -> set.dir() + ": 999 replies to answers " + answerAlarms);
            }
        }
    }

    /** First messages from the lead's user trial that got the wrong route: each now gets the route it needs. */
    @Test
    void theUserTrialsFirstMessagesGetTheirRoute() {
        List<HeldOutExample> trial = HeldOutExample.read(USER_TRIAL);
        assertTrue(!trial.isEmpty());
        assertEquals(List.of(), trial.stream().filter(e -> classifier.classify(e.text()).route() != e.route())
                .map(e -> e.route() + ": " + e.text()).toList());
    }

    /** Ordinary messages of the user trials that got the 999 reply: none gets it now. */
    @Test
    void theUserTrialsOrdinaryMessagesDoNotGetThe999Reply() throws java.io.IOException {
        List<String> ordinary = kindAndText(USER_TRIAL_NOT_999).stream().map(l -> l[1]).toList();
        assertTrue(ordinary.size() >= 5);
        assertEquals(List.of(), getThe999Reply(ordinary));
    }

    /** No blind line is a training line, so the figures above stay blind. */
    @Test
    void theBlindSetsAreNeverTrainingData() throws java.io.IOException {
        TextNormaliser normaliser = TextNormaliser.standard();
        var taught = corpus.intents().stream().flatMap(f -> f.examples().stream()).map(normaliser::normalise)
                .collect(java.util.stream.Collectors.toSet());
        List<String> blind = new ArrayList<>(HeldOutExample.read(BLIND_FIRST_MESSAGES).stream().map(HeldOutExample::text).toList());
        kindAndText(NOT_IMMEDIATE_RISK_BLIND).stream().filter(l -> l[0].equals("question")).forEach(l -> blind.add(l[1]));
        ROUTING_BLIND_SETS.forEach(set -> set.firstMessages().forEach(e -> blind.add(e.text())));
        HeldOutExample.read(USER_TRIAL).forEach(e -> blind.add(e.text()));
        kindAndText(USER_TRIAL_NOT_999).forEach(l -> blind.add(l[1]));
        assertEquals(List.of(), blind.stream().filter(t -> taught.contains(normaliser.normalise(t))).toList());
    }

    @Test
    void theHeldOutSetIsNeverTrainingData() {
        TextNormaliser normaliser = TextNormaliser.standard();
        var taught = corpus.intents().stream().flatMap(f -> f.examples().stream()).map(normaliser::normalise)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(examples.stream().noneMatch(e -> taught.contains(normaliser.normalise(e.text()))));
        try {
            // short answers ("ok", "stage 2") are in training data by nature, and the rules decide them anyway
            List<String> taughtOrdinary = ordinaryMessages().stream().filter(l -> l[0].equals("question")).map(l -> l[1])
                    .filter(t -> taught.contains(normaliser.normalise(t))).toList();
            assertEquals(List.of(), taughtOrdinary, "the false-alarm set is never training data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
