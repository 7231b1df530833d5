package uk.mashline.nlu.opennlp;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import uk.mashline.nlu.TextNormaliser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Trains the slot name finder (OpenNLP {@code NameFinderME}: maxent over OpenNLP's default token,
 * shape and context features) on the annotated examples, reproducibly (one thread, data indexed in
 * memory): the same examples give the same model and the same version. Like the intent model, it is
 * trained at build time and packed in the jar ({@link #MODEL_FOLDER}/&lt;version&gt;.bin), and trained at
 * start-up only when the data has changed.
 */
public final class SlotNameFinderTrainer {

    /** The annotated examples, in the {@code intents/} folder and on the classpath beside the intents. */
    public static final String EXAMPLES = "intents/slots/train.txt";
    public static final String MODEL_FOLDER = "nlu/names";
    private static final int ITERATIONS = 100;
    // a feature seen once is kept: the examples are few, and a rare job title still counts
    private static final int CUTOFF = 1;
    private static final int BEAM_SIZE = 1;
    private static final int VERSION_HEX_CHARS = 12;

    private final SlotNameSamples reader;

    public SlotNameFinderTrainer(TextNormaliser normaliser) {
        this.reader = new SlotNameSamples(normaliser);
    }

    public List<NameSample> samples(List<String> lines) {
        return reader.parse(lines);
    }

    public SlotNameFinder train(List<String> lines) {
        List<NameSample> samples = samples(lines);
        try {
            TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                    parameters(), new TokenNameFinderFactory());
            return new SlotNameFinder(model, version(samples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged model for these examples, or one trained now when the examples changed since packaging. */
    public SlotNameFinder loadOrTrain(List<String> lines, ClassLoader loader) {
        String version = version(samples(lines));
        try (InputStream packaged = loader.getResourceAsStream(MODEL_FOLDER + "/" + version + ".bin")) {
            if (packaged != null) {
                return new SlotNameFinder(new TokenNameFinderModel(packaged), version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return train(lines);
    }

    /** The examples shipped in the jar. */
    public static List<String> examplesFromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("slot examples missing from classpath: " + EXAMPLES);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the model where {@link #loadOrTrain} finds it, removing models of earlier examples. */
    public static Path write(SlotNameFinder finder, Path folder) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(finder.version() + ".bin");
            try (var old = Files.list(folder)) {
                for (Path stale : old.filter(p -> p.toString().endsWith(".bin") && !p.equals(file)).toList()) {
                    Files.delete(stale);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                finder.model().serialize(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TrainingParameters parameters() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("DataIndexer", "OnePass");
        // greedy decoding: a beam of 3 (the default) costs three times as much per message and found the
        // same entities on the held-out file
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        return params;
    }

    /** SHA-256 prefix over the parameters and every sample (tokens and entities), in order. */
    public String version(List<NameSample> samples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("names iterations=" + ITERATIONS + " cutoff=" + CUTOFF + " beam=" + BEAM_SIZE + "\n").getBytes(StandardCharsets.UTF_8));
            for (NameSample sample : samples) {
                sha.update(sample.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
