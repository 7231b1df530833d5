package uk.mashline.nlu.opennlp;

import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.TrainingDataValidator;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code scripts/train}: validates the intents, trains the model as the service would at
 * start-up and prints the model version. Usage: {@code TrainCommand [intents-dir]}.
 */
public final class TrainCommand {

    private TrainCommand() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "intents");
        NluSettings settings = NluSettings.standard();
        System.out.println("Reading intents from " + dir.toAbsolutePath());
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(dir);
        for (IntentFile file : corpus.intents()) {
            System.out.printf("  %-32s %-20s %4d examples%n", file.name(), file.route(), file.examples().size());
        }
        List<String> problems = new TrainingDataValidator(TextNormaliser.standard(),
                TrainingDataValidator.Limits.STANDARD).validate(corpus, null);
        problems.forEach(p -> System.out.println("WARNING: " + p));
        System.out.println("Training " + settings.training().describe() + " on " + corpus.exampleCount()
                + " examples in " + corpus.intents().size() + " intents ...");
        long start = System.nanoTime();
        OpenNlpIntentModel model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(corpus);
        System.out.printf("Trained in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.println("Model version: " + model.version());
    }
}
