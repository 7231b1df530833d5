package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.mashline.dialogue.Route;

/**
 * Checks the training data before anyone trusts a model built from it (in the spirit of
 * {@code rasa data validate}): every intent names a real route and has enough examples, no
 * message is taught as two different intents, every route can be recognised, and the held-out
 * set is big enough per route to measure it.
 */
public final class TrainingDataValidator {

    /** Thresholds the data must meet. */
    public record Limits(int minExamplesPerIntent, int minHeldOutPerRoute) {
        public static final Limits STANDARD = new Limits(80, 20);
    }

    private final TextNormaliser normaliser;
    private final Limits limits;

    public TrainingDataValidator(TextNormaliser normaliser, Limits limits) {
        this.normaliser = normaliser;
        this.limits = limits;
    }

    /** Problems found, one readable sentence each; empty when the data is fit to train on. */
    public List<String> validate(IntentCorpus corpus, List<HeldOutExample> heldOut) {
        List<String> problems = new ArrayList<>();
        checkIntents(corpus, problems);
        checkDuplicates(corpus, problems);
        checkRouteCoverage(corpus, problems);
        if (heldOut != null) {
            checkHeldOut(corpus, heldOut, problems);
        }
        return problems;
    }

    private void checkIntents(IntentCorpus corpus, List<String> problems) {
        if (corpus.intents().isEmpty()) {
            problems.add("no intent files found");
        }
        for (IntentFile file : corpus.intents()) {
            if (file.header() == null) {
                problems.add(file.name() + ": first line must be '# route: <ROUTE>'");
            } else if (file.route() == null) {
                problems.add(file.name() + ": route '" + file.header() + "' is not a Route");
            }
            if (file.examples().size() < limits.minExamplesPerIntent()) {
                problems.add(file.name() + ": " + file.examples().size() + " examples, at least "
                        + limits.minExamplesPerIntent() + " needed");
            }
        }
    }

    private void checkDuplicates(IntentCorpus corpus, List<String> problems) {
        Map<String, String> firstIntent = new HashMap<>();
        for (IntentFile file : corpus.intents()) {
            for (String example : file.examples()) {
                String key = normaliser.normalise(example);
                if (key.isEmpty()) {
                    problems.add(file.name() + ": example normalises to nothing: '" + example + "'");
                    continue;
                }
                String other = firstIntent.putIfAbsent(key, file.name());
                if (other != null && !other.equals(file.name())) {
                    problems.add("'" + example + "' is taught as both " + other + " and " + file.name());
                }
            }
        }
    }

    private void checkRouteCoverage(IntentCorpus corpus, List<String> problems) {
        Set<Route> missing = EnumSet.allOf(Route.class);
        missing.removeAll(corpus.routesByIntent().values());
        for (Route route : missing) {
            problems.add("no intent routes to " + route);
        }
    }

    private void checkHeldOut(IntentCorpus corpus, List<HeldOutExample> heldOut, List<String> problems) {
        Map<Route, Integer> perRoute = new EnumMap<>(Route.class);
        Map<String, String> trainingIntent = new HashMap<>();
        corpus.intents().forEach(f -> f.examples().forEach(e -> trainingIntent.put(normaliser.normalise(e), f.name())));
        for (HeldOutExample example : heldOut) {
            if (example.route() == null) {
                problems.add("held-out line " + example.line() + ": needs 'ROUTE<TAB>text' with a real Route");
                continue;
            }
            if (example.text().isBlank()) {
                problems.add("held-out line " + example.line() + ": no text");
            }
            String seenIn = trainingIntent.get(normaliser.normalise(example.text()));
            if (seenIn != null) {
                problems.add("held-out line " + example.line() + " is also training data in " + seenIn);
            }
            perRoute.merge(example.route(), 1, Integer::sum);
        }
        for (Route route : Route.values()) {
            int n = perRoute.getOrDefault(route, 0);
            if (n < limits.minHeldOutPerRoute()) {
                problems.add("held-out set has " + n + " examples for " + route + ", at least "
                        + limits.minHeldOutPerRoute() + " needed");
            }
        }
    }
}
