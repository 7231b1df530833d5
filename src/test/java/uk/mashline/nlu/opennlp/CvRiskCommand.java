package uk.mashline.nlu.opennlp;

import uk.mashline.dialogue.Route;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer tool: cross-validates the whole classifier and says what sent each wrongly-routed message to
 * the 999 reply (the model alone, the margin, or which risk rule), and which immediate-risk lines were missed.
 * Usage: CvRiskCommand [intents-dir] [folds]
 */
public final class CvRiskCommand {

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "intents");
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        NluSettings settings = NluSettings.standard();
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(dir);
        Evaluation cv = new PipelineCrossValidator(new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()),
                settings).evaluate(corpus, folds);
        Map<String, Integer> byRule = new TreeMap<>();
        for (Prediction p : cv.predictions()) {
            var c = p.classification();
            if (p.expected() == Route.IMMEDIATE_RISK && c.route() == Route.IMMEDIATE_RISK && c.confidence() < 0.2
                    && !c.rule().startsWith("classifier")) {
                System.out.printf("LOWCUE   %-22s %.3f %s%n", c.rule(), c.confidence(), p.text());
            }
            if (p.expected() == Route.IMMEDIATE_RISK && c.route() == Route.IMMEDIATE_RISK && c.confidence() < 0.5
                    && c.rule().startsWith("classifier")) {
                // danger the model alone caught, and how surely: what a higher floor or margin would lose
                System.out.printf("LOWMODEL %-22s %.3f %s%n", c.rule(), c.confidence(), p.text());
            }
        }
        for (Prediction p : cv.misclassified()) {
            if (p.classification().route() == Route.IMMEDIATE_RISK) {
                byRule.merge(p.classification().rule(), 1, Integer::sum);
                System.out.printf("FALSE999 %-16s %-22s %.2f %s%n", p.expected(), p.classification().rule(),
                        p.classification().confidence(), p.text());
            } else if (p.expected() == Route.IMMEDIATE_RISK) {
                System.out.printf("MISSED   %-22s %.2f %s%n", p.classification().intent(), p.classification().confidence(), p.text());
            }
        }
        System.out.println("false 999 by rule: " + byRule);
        System.out.printf("route accuracy %.3f, immediate-risk recall %.3f%n", 1.0 - (double) cv.misclassified().size() / cv.predictions().size(), cv.recall(Route.IMMEDIATE_RISK));
    }
}
