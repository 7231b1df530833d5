package uk.mashline.nlu.opennlp;

import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.TrainingDataValidator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scripts/train}: validates the intents, trains the model as the service would at
 * start-up and prints the model version. Usage: {@code TrainCommand [intents-dir] [--write FOLDER [--cache DIR]]};
 * the build writes the model into the jar's classes and keeps a copy in a cache outside {@code target/}
 * ({@link BuildCache}), so neither a second build nor a fresh clone trains the same data again.
 */
public final class TrainCommand {

    private TrainCommand() {
    }

    /** The slot name finder, from its annotated examples; written beside the intent model with --write. */
    private static void trainNames(Path examples, Path writeTo, BuildCache cache) {
        if (!Files.exists(examples)) {
            System.out.println("No slot examples at " + examples + ": no name finder");
            return;
        }
        try {
            SlotNameFinderTrainer trainer = new SlotNameFinderTrainer(TextNormaliser.standard());
            List<String> lines = Files.readAllLines(examples);
            String version = trainer.version(trainer.samples(lines));
            if (writeTo != null && upToDate(writeTo.resolve(version + ".bin"), "names", cache)) {
                System.out.println("Name finder up to date: " + writeTo.resolve(version + ".bin"));
                return;
            }
            long start = System.nanoTime();
            SlotNameFinder finder = trainer.train(lines);
            System.out.printf("Name finder %s trained on %d examples in %d ms%n", finder.version(),
                    trainer.samples(lines).size(), (System.nanoTime() - start) / 1_000_000);
            if (writeTo != null) {
                Path written = SlotNameFinderTrainer.write(finder, writeTo);
                System.out.println("Name finder written to " + written);
                if (cache != null) {
                    cache.store("names", written);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The model is in the classes already, or the cache had it and it was copied there. */
    private static boolean upToDate(Path model, String kind, BuildCache cache) {
        if (Files.exists(model)) {
            return true;
        }
        if (cache != null && cache.restore(kind, model.getFileName().toString(), model)) {
            System.out.println("Copied from the build cache: " + model.getFileName());
            return true;
        }
        return false;
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "intents");
        // with "--write FOLDER" (the build does this), the model is saved for the service to load
        Path writeTo = args.length > 2 && "--write".equals(args[1]) ? Path.of(args[2]) : null;
        BuildCache cache = writeTo != null && args.length > 4 && "--cache".equals(args[3])
                ? BuildCache.under(Path.of(args[4])) : null;
        NluSettings settings = NluSettings.standard();
        System.out.println("Reading intents from " + dir.toAbsolutePath());
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(dir);
        for (IntentFile file : corpus.intents()) {
            System.out.printf("  %-32s %-20s %4d examples%n", file.name(), file.route(), file.examples().size());
        }
        List<String> problems = new TrainingDataValidator(TextNormaliser.standard(),
                TrainingDataValidator.Limits.STANDARD).validate(corpus, null);
        problems.forEach(p -> System.out.println("WARNING: " + p));
        trainNames(dir.resolve("slots").resolve("train.txt"), writeTo == null ? null : writeTo.resolveSibling("names"), cache);
        OpenNlpModelTrainer trainer = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training());
        if (writeTo != null) {
            Path existing = writeTo.resolve(trainer.version(trainer.samples(corpus)) + ".bin");
            if (upToDate(existing, "model", cache)) {
                System.out.println("Model up to date: " + existing);
                return;
            }
        }
        System.out.println("Training " + settings.training().describe() + " on " + corpus.exampleCount()
                + " examples in " + corpus.intents().size() + " intents ...");
        long start = System.nanoTime();
        OpenNlpIntentModel model = trainer.train(corpus);
        System.out.printf("Trained in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.println("Model version: " + model.version());
        if (writeTo != null) {
            Path written = OpenNlpModelTrainer.write(model, writeTo);
            System.out.println("Model written to " + written);
            if (cache != null) {
                cache.store("model", written);
            }
        }
    }
}
