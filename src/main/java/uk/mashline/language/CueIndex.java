package uk.mashline.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The danger cues and words of every language file but English's, indexed for the questions the
 * detector asks of every message in Latin letters: which cues start a word of this text, and how many
 * of its words each file has. Over a thousand cues each looked for with indexOf, and every word
 * looked up in every file, cost a visible part of a turn; the index visits each word start once and
 * tries only the cues beginning with its character, and looks each word up once. It finds exactly
 * what {@link DangerCues#matches}{@code (spaced, cue, false)} and the files' word sets find.
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
    // for each word of any other file, the files it is in (their places in others)
    private final Map<String, int[]> filesOfWord = new HashMap<>();

    CueIndex(LanguagePacks packs) {
        Set<String> all = new HashSet<>();
        for (LanguagePack pack : packs.all()) {
            if (pack.language().isEnglish()) {
                continue;
            }
            List<String> cues = pack.dangerCues().values().stream().flatMap(List::stream).toList();
            int place = others.size();
            others.add(new PackCues(pack, pack.letters().codePoints().toArray(), cues));
            all.addAll(cues);
            for (String word : pack.words()) {
                filesOfWord.merge(word, new int[] {place}, CueIndex::concat);
            }
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

    /** For each of {@link #others()}, in its place: how many of {@code words} are words of its file. */
    int[] fileWords(java.util.Collection<String> words) {
        int[] counts = new int[others.size()];
        for (String word : words) {
            int[] files = filesOfWord.get(word);
            if (files != null) {
                for (int file : files) {
                    counts[file]++;
                }
            }
        }
        return counts;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
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
