package uk.mashline.nlu;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.mashline.dialogue.Route;

/**
 * All intent files, sorted by intent name so that training sees the same data in the same
 * order whatever the file system or jar listing order: the model must be reproducible.
 */
public record IntentCorpus(List<IntentFile> intents) {

    public IntentCorpus {
        intents = intents.stream().sorted(Comparator.comparing(IntentFile::name)).toList();
    }

    /** Route for each intent, in intent-name order; intents with a bad header are left out. */
    public Map<String, Route> routesByIntent() {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (IntentFile file : intents) {
            if (file.route() != null) {
                routes.put(file.name(), file.route());
            }
        }
        return routes;
    }

    public int exampleCount() {
        return intents.stream().mapToInt(f -> f.examples().size()).sum();
    }
}
