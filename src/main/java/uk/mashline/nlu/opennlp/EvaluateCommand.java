package uk.mashline.nlu.opennlp;

import opennlp.tools.cmdline.doccat.DoccatFineGrainedReportListener;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.util.ObjectStreamUtils;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.eval.ConfusionMatrix;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;
import uk.mashline.nlu.slots.PhraseRules;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/evaluate}: cross-validates on the intents (OpenNLP's own cross-validator at
 * intent level, and the whole classifier at route level) and scores the held-out file, with
 * per-route precision/recall/F1, confusion matrices, the misclassified lines and the
 * precision/coverage curve the confidence threshold is chosen from.
 * Usage: {@code EvaluateCommand [intents-dir] [held-out.tsv] [folds] [report-dir]}, or
 * {@code EvaluateCommand --slots [intents-dir]} for the slot scores alone.
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--slots")) {
            // only the slot scores, in seconds rather than the minutes cross-validation takes
            evaluateSlots(Path.of(arg(args, 1, "intents")).resolve("slots"), TextNormaliser.standard());
            return;
        }
        Path dir = Path.of(arg(args, 0, "intents"));
        Path heldOutFile = Path.of(arg(args, 1, HeldOutExample.DEFAULT_FILE.toString()));
        int folds = Integer.parseInt(arg(args, 2, "10"));
        Path reportDir = Path.of(arg(args, 3, "target/nlu-report"));
        Files.createDirectories(reportDir);

        NluSettings settings = NluSettings.standard();
        TextNormaliser normaliser = TextNormaliser.standard();
        OpenNlpModelTrainer trainer = new OpenNlpModelTrainer(normaliser, settings.training());
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(dir);
        System.out.println("Settings: " + settings);

        Path fineGrained = reportDir.resolve("doccat-cross-validation.txt");
        try (OutputStream out = Files.newOutputStream(fineGrained)) {
            DoccatFineGrainedReportListener report = new DoccatFineGrainedReportListener(out);
            DoccatCrossValidator cv = new DoccatCrossValidator("en", trainer.parameters(), trainer.factory(), report);
            cv.evaluate(ObjectStreamUtils.createObjectStream(trainer.samples(corpus)), folds);
            report.writeReport();
            System.out.printf(Locale.ROOT, "%n== OpenNLP DoccatCrossValidator, %d folds, intent level (model only) ==%n", folds);
            System.out.printf(Locale.ROOT, "intent accuracy %.3f over %d documents; full report: %s%n",
                    cv.getDocumentAccuracy(), cv.getDocumentCount(), fineGrained);
        }

        Evaluation crossValidated = new PipelineCrossValidator(trainer, settings).evaluate(corpus, folds);
        print("Cross-validation, " + folds + " folds, whole classifier (route level)", crossValidated);
        System.out.println("\nThreshold curve (cross-validation): answered share and its precision");
        System.out.print(crossValidated.formatThresholdCurve());
        crossValidated.thresholdCurve().stream().filter(p -> p.precision() >= 0.90).findFirst().ifPresent(p ->
                System.out.printf(Locale.ROOT, "Suggested confidence threshold (smallest with precision >= 0.90): %.2f"
                        + " (coverage %.3f); configured: %.2f%n", p.threshold(), p.coverage(), settings.confidenceThreshold()));

        if (Files.exists(heldOutFile)) {
            OpenNlpIntentModel model = trainer.train(corpus);
            IntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
            List<Prediction> predictions = HeldOutExample.read(heldOutFile).stream()
                    .filter(e -> e.route() != null)
                    .map(e -> new Prediction(e.route(), e.text(), "line " + e.line(), classifier.classify(e.text())))
                    .toList();
            Evaluation heldOut = new Evaluation(predictions);
            print("Held-out " + heldOutFile + ", model " + model.version(), heldOut);
            System.out.println("\nThreshold curve (held-out)");
            System.out.print(heldOut.formatThresholdCurve());
            System.out.println("\nMisclassified held-out lines");
            System.out.print(heldOut.formatMisclassified());
        } else {
            System.out.println("No held-out file at " + heldOutFile);
        }
        evaluateSlots(dir.resolve("slots"), normaliser);
    }

    /** Per-slot precision and recall on the held-out slot file: the rules alone, then rules and name finder. */
    private static void evaluateSlots(Path slotsDir, TextNormaliser normaliser) throws IOException {
        Path train = slotsDir.resolve("train.txt");
        Path heldOutFile = slotsDir.resolve("test").resolve("heldout.txt");
        if (!Files.exists(train) || !Files.exists(heldOutFile)) {
            System.out.println("No slot examples under " + slotsDir);
            return;
        }
        SlotNameFinderTrainer trainer = new SlotNameFinderTrainer(normaliser);
        SlotNameFinder finder = trainer.train(Files.readAllLines(train));
        List<opennlp.tools.namefind.NameSample> heldOut = trainer.samples(Files.readAllLines(heldOutFile));
        PhraseRules phrases = PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE);
        NameFinderSlotExtractor combined = new NameFinderSlotExtractor(normaliser, RuleSlotExtractor.standard(), phrases,
                java.util.concurrent.CompletableFuture.completedFuture(finder));
        SlotEvaluation evaluation = new SlotEvaluation(combined);
        System.out.printf(Locale.ROOT, "%n== Slots, held-out %s (%d messages), name finder %s ==%n", heldOutFile,
                heldOut.size(), finder.version());
        System.out.println(SlotEvaluation.nameFinderReport(finder, heldOut));
        System.out.print(SlotEvaluation.format("rules alone", evaluation.score(RuleSlotExtractor.standard(), heldOut)));
        System.out.print(SlotEvaluation.format("rules and name finder", evaluation.score(combined, heldOut)));
        Path factsFile = slotsDir.resolve("test").resolve("heldout-facts.tsv");
        if (Files.exists(factsFile)) {
            // every slot the flows use: the facts file judges all of them, the annotated file adds role, profession, place
            FactEvaluation.Cases facts = FactEvaluation.parse(Files.readAllLines(factsFile));
            System.out.printf(Locale.ROOT, "%n== Every slot: %s (%d messages) and the annotated file above ==%n",
                    factsFile, facts.cases().size());
            System.out.print(SlotEvaluation.format("rules alone", FactEvaluation.plus(
                    evaluation.score(RuleSlotExtractor.standard(), heldOut), FactEvaluation.score(RuleSlotExtractor.standard(), facts))));
            System.out.print(SlotEvaluation.format("rules and name finder", FactEvaluation.plus(
                    evaluation.score(combined, heldOut), FactEvaluation.score(combined, facts))));
        }
    }

    private static void print(String title, Evaluation evaluation) {
        ConfusionMatrix matrix = evaluation.routeMatrix();
        System.out.printf(Locale.ROOT, "%n== %s ==%n", title);
        System.out.printf(Locale.ROOT, "macro-F1 %.3f  IMMEDIATE_RISK recall %.3f  OUT_OF_SCOPE recall %.3f%n",
                matrix.macroF1(), matrix.recall(Route.IMMEDIATE_RISK.name()), matrix.recall(Route.OUT_OF_SCOPE.name()));
        System.out.print(matrix.formatScores());
        System.out.print(matrix.formatMatrix());
        if (title.startsWith("Cross")) {
            System.out.println("Misclassified (cross-validation)");
            System.out.print(evaluation.formatMisclassified());
        }
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i ? args[i] : fallback;
    }
}
