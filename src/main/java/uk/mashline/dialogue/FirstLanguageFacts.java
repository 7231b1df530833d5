package uk.mashline.dialogue;

import uk.mashline.language.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * facts-50: the facts a later message in another language carries - where the family lives, the date a disagreement was
 * raised, the stage reached and with whom - put in the English words an English writer would use, so that the same slot
 * readers and the same conversation answer them (the blind tester's q49 kind 11: "vivimos en crawley", "rozmawiałam z
 * kierownikiem zespołu 3 grudnia" got the interpreter line again, without the local number, the stage or the due date).
 * The words are data (dialogue/first-language-facts.tsv); this class only reads them in the order the writer wrote them.
 */
final class FirstLanguageFacts {

    private static final String FILE = "dialogue/first-language-facts.tsv";
    /** Kinds that carry a fact (or a question of hours or cost) on their own; a day or an act of raising only together. */
    private static final Set<String> FACTS = Set.of("place", "date", "stage", "party", "ask");
    private static final String DAY = "day";
    private static final String ACT = "act";
    private static final String ASK = "ask";

    private final List<PatternFile.Labelled> lines;

    FirstLanguageFacts() {
        this.lines = PatternFile.labelledFromClasspath(FILE);
    }

    /** One phrase found: where it is in the folded message, its kind, and its English words. */
    private record Found(int start, int end, String kind, String english) {
    }

    /**
     * The message's facts in English words ("we live in crawley", "i raised it with the team manager 3 december"), when it
     * carries one; empty when it carries none, or only a day or an act of raising without the other.
     */
    Optional<String> gloss(String text) {
        String folded = Folding.fold(text == null ? "" : text);
        List<Found> found = new ArrayList<>();
        for (PatternFile.Labelled line : lines) {
            String label = line.label();
            int colon = label.indexOf(':');
            Matcher m = line.pattern().matcher(folded);
            while (m.find()) {
                found.add(new Found(m.start(), m.end(), label.substring(0, colon), filled(label.substring(colon + 1), m)));
            }
        }
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : found) {
            // a phrase inside one already read is read once; the one character each line takes either side of its words
            // (a space, a comma) may be shared by two phrases side by side ("piątek 4 grudnia")
            if (f.start() >= end - 1 || kept.isEmpty()) {
                kept.add(f);
                end = f.end();
            }
        }
        Set<String> kinds = new HashSet<>();
        kept.forEach(f -> kinds.add(f.kind()));
        boolean fact = kinds.stream().anyMatch(FACTS::contains) || kinds.contains(DAY) && kinds.contains(ACT);
        // a question first, as English asks it ("are they open saturday", not "saturday are they open")
        kept.sort(Comparator.comparing((Found f) -> !f.kind().equals(ASK)));
        return fact ? Optional.of(String.join(" ", kept.stream().map(Found::english).toList())) : Optional.empty();
    }

    /** The English words with the regex's groups put in for $1, $2... */
    private static String filled(String english, Matcher m) {
        String out = english;
        for (int g = m.groupCount(); g >= 1; g--) {
            out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g).strip());
        }
        return out.strip();
    }
}
