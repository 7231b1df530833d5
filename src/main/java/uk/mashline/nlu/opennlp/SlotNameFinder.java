package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The trained name finder: finds the caller's job, their relation to the child, who they are if
 * neither ("a neighbour") and places, in normalised tokens. Thread-safe: the model is shared and each
 * thread has its own {@link NameFinderME}, which is not.
 */
public final class SlotNameFinder {

    /**
     * One entity found: its type ({@code profession}, {@code relative}, {@code public}, {@code place}), its
     * words and the model's probability for it.
     */
    public record Entity(String type, String text, double probability) {
    }

    private final TokenNameFinderModel model;
    private final String version;
    private final ThreadLocal<NameFinderME> finders;

    public SlotNameFinder(TokenNameFinderModel model, String version) {
        this.model = model;
        this.version = version;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    public List<Entity> find(String[] tokens) {
        NameFinderME finder = finders.get();
        Span[] spans = finder.find(tokens);
        double[] probabilities = finder.probs(spans);
        // each message stands alone: nothing learnt from one may colour the next caller's
        finder.clearAdaptiveData();
        List<Entity> found = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            found.add(new Entity(span.getType(),
                    String.join(" ", Arrays.copyOfRange(tokens, span.getStart(), span.getEnd())), probabilities[i]));
        }
        return found;
    }

    public String version() {
        return version;
    }

    TokenNameFinderModel model() {
        return model;
    }
}
