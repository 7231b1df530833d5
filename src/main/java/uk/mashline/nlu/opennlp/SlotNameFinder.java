package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.ml.model.SequenceClassificationModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trained name finder: finds the caller's job, their relation to the child, who they are if
 * neither ("a neighbour") and places, in normalised tokens. Decodes as OpenNLP's {@code NameFinderME}
 * does (the model's beam search, sequence validator and codec, a span's probability the mean of its
 * tokens'), with {@link SlotNameFeatures} computing the same features faster when the model was trained
 * on OpenNLP's default features (checked once, here). Thread-safe: the model is shared and each thread
 * has its own decoder, which is not.
 */
public final class SlotNameFinder {

    /**
     * One entity found: its type ({@code profession}, {@code relative}, {@code public}, {@code place}), its
     * words and the model's probability for it.
     */
    public record Entity(String type, String text, double probability) {
    }

    /** Messages whose every token and decision history the fast features must reproduce exactly. */
    private static final String[][] PROBES = {
        "hiya i am a health visitor in crawley and my nan s neighbour 12 year 2026 o clock & é ß".split(" "),
        {"x"},
        {"social", "worker"},
    };
    private static final String[][] NO_CONTEXT = new String[0][0];

    private final TokenNameFinderModel model;
    private final String version;
    private final boolean fastFeatures;
    private final ThreadLocal<Decoder> decoders;

    public SlotNameFinder(TokenNameFinderModel model, String version) {
        this.model = model;
        this.version = version;
        String[] outcomes = model.getNameFinderSequenceModel().getOutcomes();
        this.fastFeatures = SlotNameFeatures.sameAs(model.getFactory().createContextGenerator(), outcomes, PROBES);
        this.decoders = ThreadLocal.withInitial(this::decoder);
    }

    private Decoder decoder() {
        SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        // the model's own generator holds per-message adaptive data, but it is never updated here, so
        // (as when NameFinderME's data is cleared after every message) no message colours the next
        BeamSearchContextGenerator<String> features = fastFeatures
                ? new SlotNameFeatures() : model.getFactory().createContextGenerator();
        return new Decoder(model.getNameFinderSequenceModel(), features, codec.createSequenceValidator(), codec);
    }

    public List<Entity> find(String[] tokens) {
        Decoder decoder = decoders.get();
        Sequence best = decoder.search().bestSequence(tokens, NO_CONTEXT, decoder.features(), decoder.validator());
        Span[] spans = decoder.codec().decode(best.getOutcomes());
        double[] probabilities = best.getProbs();
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

    /** True when decoding uses {@link SlotNameFeatures} rather than the model's own feature generator. */
    boolean usesFastFeatures() {
        return fastFeatures;
    }

    TokenNameFinderModel model() {
        return model;
    }

    private record Decoder(SequenceClassificationModel search, BeamSearchContextGenerator<String> features,
                           SequenceValidator<String> validator, SequenceCodec<String> codec) {
    }
}
