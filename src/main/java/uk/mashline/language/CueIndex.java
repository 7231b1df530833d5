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
            // an ordinary English message starts no cue: nothing to look up for any file
            if (found.isEmpty()) {
                return 0;
            }
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
    /** Every cue, in a character trie: a word start walks it once, however many cues share its first letter. */
    private final Node cues = new Node();
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
            cues.add(cue);
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
        int n = spaced.length();
        for (int at = 1; at < n; at++) {
            Node node = cues.child(spaced.charAt(at));
            if (node == null || Character.isLetterOrDigit(spaced.codePointBefore(at))) {
                continue;
            }
            for (int k = at + 1; node != null; k++) {
                if (node.cue != null) {
                    found.add(node.cue);
                }
                node = k < n ? node.child(spaced.charAt(k)) : null;
            }
        }
        return found;
    }

    /** A node of the cue trie: the cue that ends here, if any, and the characters that go on. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private String cue;

        void add(String text) {
            Node node = this;
            for (int i = 0; i < text.length(); i++) {
                Node next = node.child(text.charAt(i));
                if (next == null) {
                    next = new Node();
                    node.keys = java.util.Arrays.copyOf(node.keys, node.keys.length + 1);
                    node.children = java.util.Arrays.copyOf(node.children, node.children.length + 1);
                    node.keys[node.keys.length - 1] = text.charAt(i);
                    node.children[node.children.length - 1] = next;
                }
                node = next;
            }
            node.cue = text;
        }

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }
    }
}
