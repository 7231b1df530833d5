package uk.mashline.language.opennlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import uk.mashline.language.LanguageModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Apache OpenNLP's ready language-detection model ({@code langdetect-183.bin} from
 * {@code opennlp-models-langdetect}: 103 languages, character n-grams). It loads on a thread of
 * its own, so no start and no message waits for it without bound: until it is ready the line detects
 * by script and words.
 *
 * <p>Loaded {@linkplain #onFirstUse on first use} in the service: the detector asks the model only about a
 * message an English-speaking line cannot place by its words (ModelShortCutTest), and most services never
 * see one for hours. Loaded at start-up it cost a second of CPU beside the context's start on a 2-core
 * machine and 22 MB of a 128 MB heap, whatever the traffic.
 *
 * <p>Once read, the model's weights are kept {@linkplain PackedLanguageWeights packed} (about 15 MB where OpenNLP's
 * own objects hold 37), when they rank sample texts exactly as OpenNLP's detector does; else the detector is kept.
 */
public final class OpenNlpLanguageModel implements LanguageModel {

    /** The model file inside the opennlp-models-langdetect jar. */
    public static final String RESOURCE = "langdetect-183.bin";

    // The model names a few languages by a narrower code than the line's files use.
    private static final Map<String, String> CODES = Map.of("pes", "fas", "cmn", "zho", "zlm", "msa", "ekk", "est",
            "lvs", "lav", "khk", "mon", "uzn", "uzb", "swh", "swa", "npi", "nep");

    private final Executor loader;
    private final Duration firstWait;
    private final Supplier<LanguageDetectorModel> source;
    private final AtomicReference<CompletableFuture<Ranking>> model = new AtomicReference<>();

    /** Texts in several languages and scripts the packed weights must rank as OpenNLP does before they are used. */
    private static final String[] PROBES = {
        "mój partner bije moje dziecko i boję się wrócić do domu",
        "necesito ayuda, mi vecino pega a sus hijos",
        "زوجي يضرب أطفالي وأنا خائف",
        "میرا شوہر بچوں کو مارتا ہے",
        "copilul meu nu vrea sa mearga la scoala",
        "我很担心邻居的孩子",
        "im worried about my nieghbours kid he is always crying",
        "a",
        "",
    };

    /** How a loaded model ranks a text's languages: with its packed weights, or (when null) OpenNLP's detector. */
    private record Ranking(PackedLanguageWeights packed, LanguageDetectorModel model) {
        List<LanguageScore> rank(String text) {
            // LanguageDetectorME keeps no state between calls, but is cheap: one per call keeps it thread-safe
            return scores(packed != null ? packed.predictLanguages(text)
                    : new LanguageDetectorME(model).predictLanguages(text));
        }
    }

    /** Starts loading now, on {@code loader}. */
    public OpenNlpLanguageModel(Executor loader) {
        this(loader, Duration.ZERO);
        started();
    }

    private OpenNlpLanguageModel(Executor loader, Duration firstWait) {
        this(loader, firstWait, OpenNlpLanguageModel::load);
    }

    /** @param source where the model comes from: the jar's file, or a test's failure */
    OpenNlpLanguageModel(Executor loader, Duration firstWait, Supplier<LanguageDetectorModel> source) {
        this.loader = loader;
        this.firstWait = firstWait;
        this.source = source;
    }

    /**
     * A model that starts loading, on {@code loader}, when a message first needs it. A message that needs it
     * while it loads waits up to {@code firstWait} for it (a short wait, well inside the turn's time limit),
     * then is judged by script and words alone, as every message was while the model loaded at start-up.
     */
    public static OpenNlpLanguageModel onFirstUse(Executor loader, Duration firstWait) {
        return new OpenNlpLanguageModel(loader, firstWait);
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

    // the one load, started by whoever comes first
    private CompletableFuture<Ranking> started() {
        CompletableFuture<Ranking> existing = model.get();
        if (existing != null) {
            return existing;
        }
        CompletableFuture<Ranking> loading = new CompletableFuture<>();
        if (!model.compareAndSet(null, loading)) {
            return model.get();
        }
        loader.execute(() -> {
            try {
                loading.complete(rankingOf(source.get()));
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        });
        return loading;
    }

    /** Waits for the model: for tests and evaluation, which want every message judged the same way. */
    public OpenNlpLanguageModel awaitLoaded() {
        started().join();
        return this;
    }

    /** Whether the model is in memory (it is never loaded for a service that has only seen English). */
    public boolean isLoaded() {
        CompletableFuture<Ranking> loading = model.get();
        return loading != null && loading.isDone() && !loading.isCompletedExceptionally();
    }

    @Override
    public List<LanguageScore> rank(String text) {
        Ranking loaded = loadedWithin(started());
        return loaded == null ? List.of() : loaded.rank(text);
    }

    /**
     * The packed weights where they rank every probe exactly as OpenNLP's detector does (the model itself is then
     * left to the collector), else the detector.
     */
    private static Ranking rankingOf(LanguageDetectorModel model) {
        Ranking detector = new Ranking(null, model);
        return PackedLanguageWeights.of(model)
                .map(packed -> new Ranking(packed, null))
                .filter(packed -> Arrays.stream(PROBES).allMatch(t -> packed.rank(t).equals(detector.rank(t))))
                .orElse(detector);
    }

    /** Whether the loaded model ranks with its packed weights (not yet loaded: false). */
    boolean ranksPacked() {
        return isLoaded() && model.get().join().packed() != null;
    }

    private static List<LanguageScore> scores(Language[] ranked) {
        return Arrays.stream(ranked)
                .map(l -> new LanguageScore(CODES.getOrDefault(l.getLang(), l.getLang()), l.getConfidence()))
                .toList();
    }

    // A model that failed to load (a heap too full, a damaged jar) leaves script and words to decide, as before
    // it loaded: never an exception in a turn that would cost the message its reply.
    private Ranking loadedWithin(CompletableFuture<Ranking> loading) {
        try {
            if (loading.isDone() || firstWait.isZero()) {
                return loading.isCompletedExceptionally() ? null : loading.getNow(null);
            }
            return loading.get(firstWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
