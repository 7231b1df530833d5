package uk.mashline.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which paragraph of an answer speaks of what a question asks: the one sharing the most of its content words (each
 * without its -s, -es, -ed or -ing and cut to its first five letters, so "puts" meets "put" and "telling" meets "tell"). Nothing here knows any topic; a
 * question that shares fewer than two such words with every paragraph points at none of them, unless its only such word is
 * a long one (five letters or more once cut) and a paragraph has it.
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
        Set<String> words = words(question);
        int best = -1;
        // a question of one long word and its frame ("is there a hotline?" after Medway's Prevent answer, whose paragraph
        // names the anti-terrorist hotline: facts helper's own set, 36th session - "I cannot answer that one here") speaks of
        // the paragraph that has that word; a short word alone ("help", "text") is too common to point at one
        int bestShared = (asked.size() == 1 && asked.iterator().next().length() == STEM ? 1 : AT_LEAST) - 1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> shared = stems(paragraphs.get(i));
            shared.retainAll(asked);
            // "do i tell the IRO as well?" of "the Independent Reviewing Officer must also be notified" (esc helper's unseen
            // set, 20th session: "I cannot answer that one here" before the very paragraph): a name's initials asked
            // speak of that paragraph as surely as two words shared
            Set<String> initials = initials(paragraphs.get(i));
            initials.retainAll(words);
            int count = shared.size() + AT_LEAST * initials.size();
            if (count > bestShared) {
                best = i;
                bestShared = count;
            }
        }
        return best;
    }

    /** A capitalised name of two to four words in a paragraph ("Independent Reviewing Officer"), by its initials ("iro"). */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,3}\\b");

    private static Set<String> initials(String paragraph) {
        Set<String> found = new HashSet<>();
        java.util.regex.Matcher m = NAME.matcher(paragraph);
        while (m.find()) {
            StringBuilder letters = new StringBuilder();
            for (String word : m.group().split("\\s+")) {
                letters.append(Character.toLowerCase(word.charAt(0)));
            }
            found.add(letters.toString());
        }
        return found;
    }

    /** The question's words as typed, lower case: an abbreviation is matched whole. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.split("[^A-Za-z]+")) {
            String lower = word.toLowerCase(Locale.UK);
            // three letters or more, or two typed as capitals ("CP"): "as", "do" and "up" are no one's initials
            if (!FRAME.contains(lower) && (word.length() >= 3 || word.length() == 2 && word.equals(word.toUpperCase(Locale.UK)))) {
                words.add(lower);
            }
        }
        return words;
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
