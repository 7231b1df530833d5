package uk.mashline.nlu.opennlp;

import uk.mashline.dialogue.Route;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.RoutePolicy;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Developer tool for risk work: the whole classifier cross-validated (10 folds, as scripts/evaluate) and, beside
 * route accuracy and immediate-risk recall, the lines a rule change can move: every danger line missed, every danger
 * line caught by the model alone (its probability: raising a floor above it loses it), every false 999 reply and
 * the rule that gave it. Usage: CvRiskCommand [intents-dir] [folds]
 */
public final class CvRiskCommand {

    public static void main(String[] args) {
        NluSettings settings = NluSettings.standard();
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(Path.of(args.length > 0 ? args[0] : "intents"));
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Evaluation cv = new PipelineCrossValidator(new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()),
                settings).evaluate(corpus, folds);
        List<Prediction> all = cv.predictions();
        long right = all.stream().filter(Prediction::correct).count();
        List<Prediction> danger = all.stream().filter(p -> p.expected() == Route.IMMEDIATE_RISK).toList();
        List<Prediction> missed = danger.stream().filter(p -> !p.correct()).toList();
        List<Prediction> modelOnly = danger.stream().filter(Prediction::correct)
                .filter(p -> RoutePolicy.RULE_CLASSIFIER.equals(p.classification().rule())
                        || RoutePolicy.RULE_MARGIN.equals(p.classification().rule()))
                .sorted(Comparator.comparingDouble(p -> p.classification().confidence())).toList();
        List<Prediction> false999 = all.stream().filter(p -> p.expected() != Route.IMMEDIATE_RISK
                && p.classification().route() == Route.IMMEDIATE_RISK).toList();
        System.out.printf(Locale.ROOT, "cv %d folds: accuracy %.3f (%d/%d); danger caught %d/%d; false 999 %d/%d%n",
                folds, (double) right / all.size(), right, all.size(), danger.size() - missed.size(), danger.size(),
                false999.size(), all.size() - danger.size());
        print("MISSED DANGER", missed);
        print("DANGER BY THE MODEL ALONE", modelOnly);
        print("FALSE 999", false999);
    }

    private static void print(String title, List<Prediction> lines) {
        System.out.println("== " + title + " (" + lines.size() + ")");
        lines.forEach(p -> System.out.printf(Locale.ROOT, "  %-20s %-28s %.2f %-20s %s%n", p.source(),
                p.classification().intent(), p.classification().confidence(), p.classification().rule(), p.text()));
    }
}
