package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * Whose harm a message tells of: a friend's ("my best mate keeps cutting herself"), so that an age the writer gives next
 * is theirs and the replies say what to do for the friend, never "are you safe?"; or the writer's own ("he hits me", "i
 * want to kill myself"), so that a professional or parent who writes it is still offered help for themselves. The cues
 * are data ({@code dialogue/whose-harm.tsv}).
 */
public final class WhoseHarm {

    public static final String DEFAULT_FILE = "dialogue/whose-harm.tsv";
    /** The slot kept while the conversation is about a friend's harm (yes), until the writer tells of their own (no). */
    public static final String ABOUT_A_FRIEND = "about_friend";
    /** The slot naming the one told of while the harm is someone else's ("brother", "cousin", "friend"): {@link #relation}. */
    public static final String ABOUT_WHOM = "about_whom";

    private static final String FRIEND = "friend";
    private static final String SELF = "self";
    private static final String OWN_PICTURES = "own_pictures";
    private static final String AFRAID = "afraid";
    private static final String RELATION = "relation:";

    private record Cue(String label, GatedPattern pattern) {
    }

    private final List<Cue> cues;

    private WhoseHarm(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static WhoseHarm fromClasspath(String resource) {
        return new WhoseHarm(PatternFile.labelledFromClasspath(resource).stream()
                .map(l -> new Cue(l.label(), GatedPattern.of(l.pattern()))).toList());
    }

    /**
     * No when the message tells of the writer's own harm (even beside a friend's: they are asked if they are safe), yes
     * when it tells of a friend, empty when it says neither.
     */
    public Optional<Boolean> aboutAFriend(String text) {
        String t = PatternFile.cueText(text);
        if (said(SELF, t)) {
            return Optional.of(false);
        }
        return said(FRIEND, t) ? Optional.of(true) : Optional.empty();
    }

    /** Whether the message tells of the writer's own harm (a friend named in it or not). */
    public boolean ownHarm(String text) {
        return said(SELF, PatternFile.cueText(text));
    }

    /** Whether the message tells of the writer's own harm or their own fear of it ("im scared", "hes going to hurt me"). */
    public boolean ownDanger(String text) {
        String t = PatternFile.cueText(text);
        return said(SELF, t) || said(AFRAID, t);
    }

    /**
     * Whether the pictures the message tells of are the writer's own ("pics of me", "i sent pics", "if i dont pay"), so that
     * someone whose age is not known is met as the young person being blackmailed, not as an adult worried about one.
     */
    public boolean ownPictures(String text) {
        return said(OWN_PICTURES, PatternFile.cueText(text));
    }

    /**
     * The word for the one whose harm is told when it is not the writer's ("my big brother cuts his arms": brother), from the
     * {@code relation:<word>} lines of the cue file, the first that matches; empty when the file has none that does.
     */
    public Optional<String> relation(String text) {
        String t = PatternFile.cueText(text);
        return cues.stream().filter(c -> c.label().startsWith(RELATION) && c.pattern().foundIn(t))
                .map(c -> c.label().substring(RELATION.length())).findFirst();
    }

    /** Whether the conversation so far is about a friend's harm. */
    public static boolean aboutAFriend(AdviceRequest request) {
        return request.state().slots().flag(ABOUT_A_FRIEND).orElse(false);
    }

    /** Whether {@code text} names a child as the one a weapon is held to or at (label {@code held_to_child}). */
    public boolean heldToAChild(String text) {
        return said("held_to_child", PatternFile.cueText(text));
    }

    private boolean said(String label, String lower) {
        return cues.stream().filter(c -> c.label().equals(label)).anyMatch(c -> c.pattern().foundIn(lower));
    }

}
