package uk.mashline.nlu.opennlp;

import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.eval.Evaluation;
import uk.mashline.nlu.eval.Prediction;

import java.util.ArrayList;
import java.util.List;

/**
 * k-fold cross-validation of the whole classifier (normaliser, model, immediate-risk rules and
 * route policy), not just the model: example i of every intent file is tested in fold i mod k,
 * so folds are stratified by intent and the same every run.
 */
public final class PipelineCrossValidator {

    private final OpenNlpModelTrainer trainer;
    private final NluSettings settings;

    public PipelineCrossValidator(OpenNlpModelTrainer trainer, NluSettings settings) {
        this.trainer = trainer;
        this.settings = settings;
    }

    public Evaluation evaluate(IntentCorpus corpus, int folds) {
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<IntentFile> training = new ArrayList<>();
            List<IntentFile> testing = new ArrayList<>();
            for (IntentFile file : corpus.intents()) {
                List<String> train = new ArrayList<>();
                List<String> test = new ArrayList<>();
                for (int i = 0; i < file.examples().size(); i++) {
                    (i % folds == fold ? test : train).add(file.examples().get(i));
                }
                training.add(new IntentFile(file.name(), file.route(), file.header(), train));
                testing.add(new IntentFile(file.name(), file.route(), file.header(), test));
            }
            IntentClassifier classifier = OpenNlpIntentClassifier.of(trainer.train(new IntentCorpus(training)), settings);
            for (IntentFile file : testing) {
                for (String text : file.examples()) {
                    predictions.add(new Prediction(file.route(), text, file.name(), classifier.classify(text)));
                }
            }
        }
        return new Evaluation(predictions);
    }
}
