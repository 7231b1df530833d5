package uk.mashline.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The danger cues of every language file but English's, indexed by their first character, for the
 * detector's question "which cues start a word of this text?". Asked of every message in Latin
 * letters: over a thousand cues, each looked for with indexOf, cost a visible part of a turn; the
 * index visits each word start once and tries only the cues beginning with its character. It finds
 * exactly what {@link DangerCues#matches}{@code (spaced, cue, false)} finds.
 */
final class CueIndex {

    /** One language file's alphabet letters and its cues as the detector counts them. */
    record PackCues(LanguagePack pack, int[] letters, List<String> cues) {

        /** Its cues (one count per entry of its lists, as written) among those found, up to two. */
        int found(Set<String> found) {
            int n = 0;
            for (String cue : cues) {
                if (found.contains(cue) && ++n == 2) {
                    break;
                }
            }
            return n;
        }
    }

    private final List<PackCues> others = new ArrayList<>();
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    CueIndex(LanguagePacks packs) {
        Set<String> all = new HashSet<>();
        for (LanguagePack pack : packs.all()) {
            if (pack.language().isEnglish()) {
                continue;
            }
            List<String> cues = pack.dangerCues().values().stream().flatMap(List::stream).toList();
            others.add(new PackCues(pack, pack.letters().codePoints().toArray(), cues));
            all.addAll(cues);
        }
        for (String cue : all) {
            if (cue.isEmpty()) {
                throw new IllegalArgumentException("an empty danger cue would match every text");
            }
            byFirst.computeIfAbsent(cue.charAt(0), c -> new ArrayList<>()).add(cue);
        }
    }

    List<PackCues> others() {
        return others;
    }

    /** The cues found in {@code spaced} where the character before is no letter or digit (a word's start). */
    Set<String> atWordStarts(String spaced) {
        Set<String> found = new HashSet<>();
        for (int at = 1; at < spaced.length(); at++) {
            List<String> cues = byFirst.get(spaced.charAt(at));
            if (cues == null || Character.isLetterOrDigit(spaced.codePointBefore(at))) {
                continue;
            }
            for (String cue : cues) {
                if (spaced.startsWith(cue, at)) {
                    found.add(cue);
                }
            }
        }
        return found;
    }
}
