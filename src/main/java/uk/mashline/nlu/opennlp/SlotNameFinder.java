package uk.mashline.nlu.opennlp;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The trained name finder: finds the caller's job, their relation to the child, who they are if
 * neither ("a neighbour") and places, in normalised tokens. Decodes as OpenNLP's {@code NameFinderME}
 * does (a span's probability the mean of its tokens'), through {@link SlotNameDecoder} when the model
 * allows (the same decisions and probabilities, several times faster), else through the model's own
 * beam search and features. Thread-safe: the model and the decoder are shared; OpenNLP's search and
 * features, which are not thread-safe, are one per thread.
 */
public final class SlotNameFinder {

    /**
     * One entity found: its type ({@code profession}, {@code relative}, {@code public}, {@code place}), its
     * words and the model's probability for it.
     */
    public record Entity(String type, String text, double probability) {
    }

    /** Messages whose decoding the fast decoder must reproduce exactly before it is used. */
    private static final String[][] PROBES = {
        "hiya i am a health visitor in crawley and my nan s neighbour 12 year 2026 o clock & é ß".split(" "),
        "im a school nurse for three primaries in tynemouth mash said nfa".split(" "),
        "i m his nan and a teacher from gillingham here".split(" "),
        "Health Visitor in Crawley and a GP in HORSHAM".split(" "),
        {"x"},
        {"social", "worker"},
    };
    private static final String[][] NO_CONTEXT = new String[0][0];

    private final TokenNameFinderModel model;
    private final String version;
    private final SequenceCodec<String> codec;
    private final SlotNameDecoder decoder;
    private final ThreadLocal<OpenNlpDecoding> openNlp;

    public SlotNameFinder(TokenNameFinderModel model, String version) {
        this.model = model;
        this.version = version;
        this.codec = model.getFactory().createSequenceCodec();
        this.decoder = SlotNameDecoder.forModel(model, PROBES).orElse(null);
        this.openNlp = ThreadLocal.withInitial(() -> new OpenNlpDecoding(model.getNameFinderSequenceModel(),
                // its per-message adaptive data is never updated here, so (as when NameFinderME's is cleared
                // after every message) nothing learnt from one caller colours the next
                model.getFactory().createContextGenerator(), codec.createSequenceValidator()));
    }

    public List<Entity> find(String[] tokens) {
        String[] outcomes;
        double[] probabilities;
        if (decoder != null) {
            SlotNameDecoder.Decoded decoded = decoder.decode(tokens);
            outcomes = decoded.outcomes();
            probabilities = decoded.probabilities();
        } else {
            OpenNlpDecoding decoding = openNlp.get();
            Sequence best = decoding.search().bestSequence(tokens, NO_CONTEXT, decoding.features(), decoding.validator());
            outcomes = best.getOutcomes().toArray(String[]::new);
            probabilities = best.getProbs();
        }
        Span[] spans = codec.decode(Arrays.asList(outcomes));
        List<Entity> found = new ArrayList<>(spans.length);
        for (Span span : spans) {
            found.add(new Entity(span.getType(),
                    String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd())),
                    meanOf(probabilities, span)));
        }
        return found;
    }

    /** The span's probability as NameFinderME gives it: its tokens' probabilities summed in order, over its length. */
    private static double meanOf(double[] probabilities, Span span) {
        double p = 0;
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            p += probabilities[i];
        }
        return p / span.length();
    }

    public String version() {
        return version;
    }

    /** True when decoding goes through {@link SlotNameDecoder} rather than OpenNLP's beam search. */
    boolean usesFastDecoder() {
        return decoder != null;
    }

    TokenNameFinderModel model() {
        return model;
    }

    private record OpenNlpDecoding(SequenceClassificationModel search, BeamSearchContextGenerator<String> features,
                                   SequenceValidator<String> validator) {
    }
}
