package uk.mashline.language.opennlp;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import uk.mashline.language.LanguageModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Apache OpenNLP's ready language-detection model ({@code langdetect-183.bin} from
 * {@code opennlp-models-langdetect}: 103 languages, character n-grams). It loads on a thread of
 * its own (10 MB), so the line starts at once and detects by script and words until it is ready.
 */
public final class OpenNlpLanguageModel implements LanguageModel {

    /** The model file inside the opennlp-models-langdetect jar. */
    public static final String RESOURCE = "langdetect-183.bin";

    // The model names a few languages by a narrower code than the line's files use.
    private static final Map<String, String> CODES = Map.of("pes", "fas", "cmn", "zho", "zlm", "msa", "ekk", "est",
            "lvs", "lav", "khk", "mon", "uzn", "uzb", "swh", "swa", "npi", "nep");

    private final CompletableFuture<LanguageDetectorModel> model;

    public OpenNlpLanguageModel(Executor loader) {
        this.model = CompletableFuture.supplyAsync(OpenNlpLanguageModel::load, loader);
    }

    static LanguageDetectorModel load() {
        try (InputStream in = OpenNlpLanguageModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model not on the classpath: " + RESOURCE);
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the model: for tests and evaluation, which want every message judged the same way. */
    public OpenNlpLanguageModel awaitLoaded() {
        model.join();
        return this;
    }

    @Override
    public List<LanguageScore> rank(String text) {
        LanguageDetectorModel loaded = model.getNow(null);
        if (loaded == null) {
            return List.of();
        }
        // LanguageDetectorME keeps no state between calls, but is cheap: one per call keeps it thread-safe
        return Arrays.stream(new LanguageDetectorME(loaded).predictLanguages(text))
                .map(l -> new LanguageScore(CODES.getOrDefault(l.getLang(), l.getLang()), l.getConfidence()))
                .toList();
    }
}
