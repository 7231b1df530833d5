package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The stage whose people a question names by the last word of their name alone ("what about the panel?" of the LSCB's
 * resolution panel), where that word ends the name of one stage's people only: asked about, not taken to - "we want to
 * take it to the panel" places no case (typed-as-users-esc-25 K1a). The words and their patterns come from the policy's
 * data, so they are built once for each policy and kept while the partnership's policy is the same object (partnerships
 * load at start-up): they were built and compiled again on every turn that asked about a stage's people (esc helper's
 * brief, 37th session).
 */
final class LastWordHolders {

    /** A last word that ends the people of exactly one stage, and the pattern that finds it said of the other side. */
    private record Word(int stage, Pattern pattern) {
    }

    private record Compiled(EscalationPolicy policy, List<Word> words) {
    }

    private final Map<String, Compiled> byPartnership = new ConcurrentHashMap<>();

    /** The highest stage whose people {@code t} (lower-cased cue text) names by that last word, not after "my" or "our". */
    Optional<Integer> stage(String t, EscalationPolicy policy) {
        return wordsOf(policy).stream().filter(w -> w.pattern().matcher(t).find()).map(Word::stage).max(Integer::compare);
    }

    private List<Word> wordsOf(EscalationPolicy policy) {
        Compiled known = byPartnership.get(policy.partnershipId());
        if (known == null || known.policy() != policy) {
            // two threads may both build it the first time, with the same result
            known = new Compiled(policy, compile(policy));
            byPartnership.put(policy.partnershipId(), known);
        }
        return known.words();
    }

    private static List<Word> compile(EscalationPolicy policy) {
        Map<String, Set<Integer>> stagesByWord = new java.util.LinkedHashMap<>();
        for (EscalationStage s : policy.stages()) {
            for (String holder : s.heldBy()) {
                String[] words = holder.toLowerCase(Locale.UK).split(" ");
                stagesByWord.computeIfAbsent(words[words.length - 1], w -> new TreeSet<>()).add(s.number());
            }
        }
        // a word ending the people of two stages ("manager") says neither
        return stagesByWord.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .map(e -> new Word(e.getValue().iterator().next(),
                        Pattern.compile("(?<!my )(?<!our )\\b" + Pattern.quote(e.getKey()) + "s?\\b")))
                .toList();
    }
}
