package uk.mashline.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A list of cues asked of one text in their order, the first found winning: only the cues whose literals the text holds
 * are tried. Asking each cue in turn cost a few hundred nanoseconds a cue even where none of its words was in the text,
 * and the context questions (600 cues) and the questions about the line, asked on every turn and mostly of texts none
 * of them matches, were a seventh of a turn's thread (JFR under TurnCpuBench, 5 Dec). The places of the text's literals
 * are found once for all cues ({@link LiteralPlaces}); here each key found names the cues that need it.
 *
 * <p>Finds what asking each cue in turn finds: a cue is skipped only where its own {@link GatedPattern#foundIn} would
 * look no further (GatedCuesTest compares both on every line of intents/).
 */
final class GatedCues {

    private final GatedPattern[] cues;
    /** Cues tried whatever the text: searched everywhere, or tried at every text's start. */
    private final BitSet always = new BitSet();
    /** The keys any cue needs, ascending, and for each the cues that name it. */
    private final int[] keys;
    private final int[][] cuesOf;
    /** Asks {@link LiteralPlaces#in} for a trie that holds every key here. */
    private final LiteralPlaces.Keys widest;

    GatedCues(List<GatedPattern> cues) {
        this.cues = cues.toArray(GatedPattern[]::new);
        Map<Integer, List<Integer>> byKey = new HashMap<>();
        int[] last = {-1};
        for (int i = 0; i < this.cues.length; i++) {
            int cue = i;
            boolean gated = this.cues[i].keysTo(key -> {
                List<Integer> named = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (named.isEmpty() || named.get(named.size() - 1) != cue) {
                    named.add(cue);
                }
                last[0] = Math.max(last[0], key);
            });
            if (!gated) {
                always.set(i);
            }
        }
        this.keys = byKey.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.cuesOf = new int[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            cuesOf[k] = byKey.get(keys[k]).stream().mapToInt(Integer::intValue).toArray();
        }
        this.widest = new LiteralPlaces.Keys(0, 0, new int[0][], last[0]);
    }

    static GatedCues of(List<PatternFile.Labelled> labelled) {
        return new GatedCues(labelled.stream().map(PatternFile.Labelled::gated).toList());
    }

    int size() {
        return cues.length;
    }

    /** The first cue {@code eligible} lets through that is found in {@code text}, or -1. */
    int first(String text, IntPredicate eligible) {
        BitSet possible = possible(text);
        for (int i = possible.nextSetBit(0); i >= 0; i = possible.nextSetBit(i + 1)) {
            if (eligible.test(i) && cues[i].foundIn(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The first cue found in {@code text}, or -1. */
    int first(String text) {
        return first(text, i -> true);
    }

    /** Every cue found in {@code text}, in order. */
    int[] allIn(String text) {
        BitSet possible = possible(text);
        return possible.stream().filter(i -> cues[i].foundIn(text)).toArray();
    }

    boolean anyIn(String text) {
        return first(text) >= 0;
    }

    /** The cues that may be found in {@code text}: those always tried, and those a key the text has names. */
    private BitSet possible(String text) {
        BitSet possible = (BitSet) always.clone();
        if (keys.length == 0) {
            return possible;
        }
        LiteralPlaces.Found found = LiteralPlaces.in(text, widest);
        for (int s = 0; s < found.seenKeys(); s++) {
            int at = Arrays.binarySearch(keys, found.seenKey(s));
            if (at >= 0) {
                for (int cue : cuesOf[at]) {
                    possible.set(cue);
                }
            }
        }
        return possible;
    }
}
