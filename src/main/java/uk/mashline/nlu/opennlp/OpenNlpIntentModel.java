package uk.mashline.nlu.opennlp;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import uk.mashline.nlu.IntentModel;
import uk.mashline.nlu.IntentScore;
import uk.mashline.dialogue.Route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A trained OpenNLP model. {@link DocumentCategorizerME} keeps per-call state and is not
 * thread-safe, so the immutable {@link DoccatModel} is shared and each thread gets its own
 * categorizer.
 */
public final class OpenNlpIntentModel implements IntentModel {

    private static final Comparator<IntentScore> MOST_PROBABLE_FIRST =
            Comparator.comparingDouble(IntentScore::probability).reversed().thenComparing(IntentScore::intent);

    private final DoccatModel model;
    private final String version;
    private final String[] intents;
    private final Route[] routes;
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    /** The same probabilities as the categorizer's, several times faster; null for a model it was not written for. */
    private final IntentScorer scorer;
    /** The words of the training lines, and what an unknown word typed one slip away from one of them was meant to be. */
    private final Misspellings vocabulary;

    OpenNlpIntentModel(DoccatModel model, String version, Map<String, Route> routesByIntent,
            Map<String, Integer> linesByWord) {
        this.model = model;
        this.vocabulary = new Misspellings(linesByWord);
        this.version = version;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        this.scorer = IntentScorer.forModel(model).orElse(null);
        DocumentCategorizerME probe = new DocumentCategorizerME(model);
        int n = probe.getNumberOfCategories();
        this.intents = new String[n];
        this.routes = new Route[n];
        for (int i = 0; i < n; i++) {
            intents[i] = probe.getCategory(i);
            routes[i] = routesByIntent.get(intents[i]);
            if (routes[i] == null) {
                throw new IllegalArgumentException("no route for intent " + intents[i]);
            }
        }
    }

    @Override
    public List<IntentScore> rank(String[] typedTokens) {
        String[] normalisedTokens = vocabulary.correct(typedTokens);
        double[] probabilities = scorer == null ? null : scorer.probabilities(normalisedTokens);
        if (probabilities == null) {
            probabilities = categorizer.get().categorize(normalisedTokens);
        }
        List<IntentScore> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new IntentScore(intents[i], routes[i], probabilities[i]));
        }
        ranked.sort(MOST_PROBABLE_FIRST);
        return ranked;
    }

    @Override
    public boolean knowsAnyOf(String[] normalisedTokens) {
        for (String token : normalisedTokens) {
            if (vocabulary.knows(vocabulary.meant(token))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String version() {
        return version;
    }

    /** True when the model's probabilities come from {@link IntentScorer} rather than OpenNLP's categorizer. */
    boolean usesFastScorer() {
        return scorer != null;
    }

    /** The underlying OpenNLP model, for OpenNLP's own evaluators. */
    public DoccatModel doccatModel() {
        return model;
    }
}
