package uk.mashline.nlu.opennlp;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.TrainingSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Trains an OpenNLP maxent document categorizer on the intent files, reproducibly: samples
 * are normalised, de-duplicated and sorted, and GIS with one thread is deterministic, so the
 * same data and settings always give the same model and the same version hash.
 */
public final class OpenNlpModelTrainer {

    private static final int VERSION_HEX_CHARS = 12;
    /** Where packaged models live on the classpath, one file per model version. */
    public static final String MODEL_FOLDER = "nlu/model";

    static {
        // DocumentCategorizerME re-creates feature generators by class name and only trusts
        // listed packages: ours holds StemFeatureGenerator.
        ExtensionLoader.registerAllowedPackage(OpenNlpModelTrainer.class.getPackageName());
    }

    private final TextNormaliser normaliser;
    private final TrainingSettings settings;

    public OpenNlpModelTrainer(TextNormaliser normaliser, TrainingSettings settings) {
        this.normaliser = normaliser;
        this.settings = settings;
    }

    public OpenNlpIntentModel train(IntentCorpus corpus) {
        for (IntentFile file : corpus.intents()) {
            if (file.route() == null) {
                throw new IllegalArgumentException("intent " + file.name() + " has no valid '# route:' header");
            }
        }
        List<DocumentSample> samples = samples(corpus);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        try {
            DoccatModel model = DocumentCategorizerME.train("en",
                    ObjectStreamUtils.createObjectStream(samples), parameters(), factory());
            return wrap(model, samples, corpus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model built from this corpus at package time ({@link #MODEL_FOLDER}/&lt;version&gt;.bin on the
     * classpath), or a freshly trained one when the data has changed since (or was never packaged).
     * Loading takes a fraction of a second; training takes several, so the service and the tests
     * start on the packaged model.
     */
    public OpenNlpIntentModel loadOrTrain(IntentCorpus corpus, ClassLoader loader) {
        List<DocumentSample> samples = samples(corpus);
        String version = version(samples);
        if (!packedModelMatchesSettings()) {
            return train(corpus);
        }
        try (InputStream packaged = loader.getResourceAsStream(MODEL_FOLDER + "/" + version + ".bin")) {
            if (packaged != null) {
                return wrap(new DoccatModel(packaged), samples, corpus);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return train(corpus);
    }

    /**
     * A model read from a file gets its feature generators back by class name, built with no arguments: OpenNLP's
     * {@link NGramFeatureGenerator} then makes word pairs only. With {@code train.max-ngram} above 2 a packed model
     * would be asked with other features than it was trained on, so it is trained instead.
     */
    boolean packedModelMatchesSettings() {
        return settings.maxNgram() <= 2;
    }

    /** Writes the trained model where {@link #loadOrTrain} finds it; returns the file. */
    public static Path write(OpenNlpIntentModel model, Path folder) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(model.version() + ".bin");
            // models of earlier data would only make the jar bigger
            try (var old = Files.list(folder)) {
                for (Path stale : old.filter(p -> p.toString().endsWith(".bin") && !p.equals(file)).toList()) {
                    Files.delete(stale);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                model.doccatModel().serialize(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OpenNlpIntentModel wrap(DoccatModel model, List<DocumentSample> samples, IntentCorpus corpus) {
        Map<String, Integer> linesByWord = new HashMap<>();
        samples.forEach(sample -> new HashSet<>(Arrays.asList(sample.getText()))
                .forEach(word -> linesByWord.merge(word, 1, Integer::sum)));
        return new OpenNlpIntentModel(model, version(samples), corpus.routesByIntent(), linesByWord);
    }

    /** Normalised samples, sorted by intent then text, without duplicates within an intent. */
    public List<DocumentSample> samples(IntentCorpus corpus) {
        List<DocumentSample> samples = new ArrayList<>();
        for (IntentFile file : corpus.intents()) {
            TreeSet<String> texts = new TreeSet<>();
            for (String example : file.examples()) {
                String normalised = normaliser.normalise(example);
                if (!normalised.isEmpty()) {
                    texts.add(normalised);
                }
            }
            for (String text : texts) {
                samples.add(new DocumentSample(file.name(), text.split(" ")));
            }
        }
        return samples;
    }

    public TrainingParameters parameters() {
        TrainingParameters params = new TrainingParameters();
        if (ConvergedQnTrainer.ALGORITHM.equals(settings.algorithm())) {
            // OpenNLP loads a trainer that is not its own by class name
            params.put(TrainingParameters.ALGORITHM_PARAM, ConvergedQnTrainer.class.getName());
        } else {
            params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        }
        if (settings.algorithm().startsWith("MAXENT_QN")) {
            params.put("L2Cost", settings.l2());
            params.put("L1Cost", 0.0);
        }
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        // One thread: the multi-threaded trainer sums in a varying order and is not reproducible.
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // Index in memory: the default two-pass indexer spools every event through a temp file.
        params.put("DataIndexer", "OnePass");
        return params;
    }

    public DoccatFactory factory() {
        try {
            List<FeatureGenerator> generators = new ArrayList<>();
            generators.add(new BagOfWordsFeatureGenerator());
            if (settings.maxNgram() >= 2) {
                generators.add(new NGramFeatureGenerator(2, settings.maxNgram()));
            }
            if (settings.stems()) {
                generators.add(new StemFeatureGenerator());
            }
            return new DoccatFactory(generators.toArray(FeatureGenerator[]::new));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 prefix over the training settings and every normalised sample, in order. */
    public String version(List<DocumentSample> samples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.describe().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            for (DocumentSample sample : samples) {
                sha.update(sample.getCategory().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\t');
                sha.update(String.join(" ", sample.getText()).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public TrainingSettings settings() {
        return settings;
    }
}
