package uk.mashline.nlu.slots;

import uk.mashline.nlu.RuleFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Known towns and districts ({@code nlu/slots/places.txt}), matched as whole words on normalised
 * text, longest name first ("burgess hill" over "hill", "west bromwich" over "west"). Only
 * recognition: which team covers a place is the partnership's data. Per message this is one hash
 * look-up per word.
 */
public final class PlaceGazetteer {

    public static final String DEFAULT_FILE = "nlu/slots/places.txt";

    /** Places by their first word; each list longest first. */
    private final Map<String, List<String[]>> byFirstWord;

    PlaceGazetteer(List<String> places) {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String place : places) {
            String[] words = place.strip().split(" +");
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        map.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.length, a.length)));
        this.byFirstWord = Map.copyOf(map);
    }

    public static PlaceGazetteer fromClasspath(String resource) {
        return new PlaceGazetteer(RuleFile.classpathLines(resource).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    }

    /** The first known place in the tokens, as its words joined by spaces. */
    public Optional<String> find(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            List<String[]> candidates = byFirstWord.get(tokens[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] words : candidates) {
                if (matchesAt(tokens, i, words)) {
                    return Optional.of(String.join(" ", words));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(String[] tokens, int at, String[] words) {
        if (at + words.length > tokens.length) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens[at + k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    public boolean isKnown(String place) {
        String[] words = place.split(" ");
        List<String[]> candidates = byFirstWord.get(words[0]);
        return candidates != null && candidates.stream().anyMatch(w -> String.join(" ", w).equals(place));
    }
}
