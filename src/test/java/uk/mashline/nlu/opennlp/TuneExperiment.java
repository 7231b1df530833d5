package uk.mashline.nlu.opennlp;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.ImmediateRiskDetector;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.IntentScore;
import uk.mashline.nlu.RiskSignal;
import uk.mashline.nlu.RoutePolicy;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.TrainingSettings;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grid search used to choose nlu.properties: cross-validates each training setting once and
 * replays the rankings through the route policy for several immediate-risk margins. Training
 * data only; the held-out file is never looked at. Usage: TuneExperiment [folds].
 */
public final class TuneExperiment {

    private record Scored(IntentFile file, String text, Optional<RiskSignal> rule, List<IntentScore> ranked) {
    }

    public static void main(String[] args) {
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        TextNormaliser normaliser = TextNormaliser.standard();
        ImmediateRiskDetector detector = ImmediateRiskDetector.standard();
        List<String> grid = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("MAXENT:1:100:2:false:0", "MAXENT_QN:0:100:2:false:1", "NAIVEBAYES:0:1:2:false:0");
        for (String spec : grid) {
            String[] g = spec.split(":");
            TrainingSettings settings = new TrainingSettings(g[0], Integer.parseInt(g[1]), Integer.parseInt(g[2]),
                    Integer.parseInt(g[3]), Boolean.parseBoolean(g[4]), Double.parseDouble(g[5]));
            OpenNlpModelTrainer trainer = new OpenNlpModelTrainer(normaliser, settings);
            List<Scored> scored = new ArrayList<>();
            for (int fold = 0; fold < folds; fold++) {
                List<IntentFile> training = new ArrayList<>();
                List<IntentFile> testing = new ArrayList<>();
                for (IntentFile f : corpus.intents()) {
                    List<String> tr = new ArrayList<>();
                    List<String> te = new ArrayList<>();
                    for (int i = 0; i < f.examples().size(); i++) {
                        (i % folds == fold ? te : tr).add(f.examples().get(i));
                    }
                    training.add(new IntentFile(f.name(), f.route(), f.header(), tr));
                    testing.add(new IntentFile(f.name(), f.route(), f.header(), te));
                }
                OpenNlpIntentModel model = trainer.train(new IntentCorpus(training));
                for (IntentFile f : testing) {
                    for (String text : f.examples()) {
                        String n = normaliser.normalise(text);
                        boolean known = !n.isEmpty() && model.knowsAnyOf(n.split(" "));
                        scored.add(new Scored(f, text, detector.detect(n), known ? model.rank(n.split(" ")) : null));
                    }
                }
            }
            for (double[] margins : new double[][] {{0.3, 0.02}, {0.2, 0.02}, {0.3, 0.05}}) {
                double margin = margins[0];
                RoutePolicy policy = new RoutePolicy(margin, margins[1]);
                List<Prediction> predictions = scored.stream().map(s -> {
                    Classification c = s.ranked() != null ? policy.decide(s.rule(), s.ranked(), "x")
                            : s.rule().isPresent() ? policy.decide(s.rule(), null, null) : policy.unrecognised("x");
                    return new Prediction(s.file().route(), s.text(), s.file().name(), c);
                }).toList();
                Evaluation e = new Evaluation(predictions);
                var m = e.routeMatrix();
                System.out.printf(Locale.ROOT, "%-60s margin %.2f cue %.2f macroF1 %.3f acc %.3f IR-recall %.3f IR-prec %.3f OOS-recall %.3f  t0.5 cov %.3f prec %.3f%n",
                        settings.describe(), margin, margins[1], m.macroF1(), m.accuracy(), m.recall("IMMEDIATE_RISK"),
                        m.precision("IMMEDIATE_RISK"), m.recall("OUT_OF_SCOPE"), e.atThreshold(0.5).coverage(), e.atThreshold(0.5).precision());
            }
        }
    }
}
