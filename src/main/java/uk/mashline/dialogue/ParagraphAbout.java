package uk.mashline.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which paragraph of an answer speaks of what a question asks: the one sharing the most of its content words (each
 * without its -s, -es, -ed or -ing and cut to its first five letters, so "puts" meets "put" and "telling" meets "tell"). Nothing here knows any topic; a
 * question that shares fewer than two such words with every paragraph points at none of them.
 */
final class ParagraphAbout {

    /** Words that say nothing of a topic: a question's frame, pronouns, the line's own manners. */
    private static final Set<String> FRAME = Set.of("what", "whats", "when", "where", "which", "who", "whom", "why",
            "how", "will", "would", "could", "should", "shall", "can", "does", "did", "have", "has", "that", "this",
            "there", "their", "they", "them", "then", "than", "with", "from", "into", "about", "your", "you", "she",
            "her", "him", "his", "its", "it's", "and", "but", "the", "for", "not", "are", "was", "were", "been", "being",
            "just", "ok", "okay", "thanks", "thank", "please", "really", "some", "any", "also", "still", "only", "if");
    private static final int STEM = 5;
    private static final int AT_LEAST = 2;

    private ParagraphAbout() {
    }

    /** The index of the paragraph that speaks of {@code question}, or -1 where none shares two content words with it. */
    static int index(List<String> paragraphs, String question) {
        Set<String> asked = stems(question);
        int best = -1;
        int bestShared = AT_LEAST - 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> shared = stems(paragraphs.get(i));
            shared.retainAll(asked);
            if (shared.size() > bestShared) {
                best = i;
                bestShared = shared.size();
            }
        }
        return best;
    }

    /** The paragraph at {@code index}, after the heading it belongs to where it is an item of a list ("- ..."). */
    static List<String> withHeading(List<String> paragraphs, int index) {
        String found = paragraphs.get(index);
        if (index > 0 && found.startsWith("- ") && paragraphs.get(index - 1).endsWith(":")) {
            return List.of(paragraphs.get(index - 1), found);
        }
        return List.of(found);
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(Locale.UK).split("[^a-z']+")) {
            if (word.length() >= 3 && !FRAME.contains(word)) {
                String stem = word.replaceFirst("(?:ing|ed|es|s)$", "");
                stem = stem.length() < 3 ? word : stem;
                stems.add(stem.length() > STEM ? stem.substring(0, STEM) : stem);
            }
        }
        return stems;
    }
}
