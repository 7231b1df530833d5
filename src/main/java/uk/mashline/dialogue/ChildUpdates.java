package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * What a child adds after telling of harm, in their own few words ("most nights", "i already sent him 20", "he says i
 * shouldnt tell my mum"). The cues are data ({@code dialogue/child-updates.tsv}); the replies are
 * {@code child.update.<label>} in wording.properties. Without them a child got one stock line, whatever they had said
 * (care helper's unseen set, 21st session).
 */
public final class ChildUpdates {

    public static final String DEFAULT_FILE = "dialogue/child-updates.tsv";
    /** "but i love him": an answer only after a child told of her much older boyfriend. */
    static final String LOVE = "love";
    /** "he seems nice tho", "he said hes only 13": read only after a child told of someone online. */
    static final String SEEMS_NICE = "seems_nice";
    /** An update is a few words added to what was told; a longer message is a story of its own, read as before. */
    private static final int SHORT = 15;

    private final List<PatternFile.Labelled> cues;

    private ChildUpdates(List<PatternFile.Labelled> cues) {
        this.cues = List.copyOf(cues);
    }

    public static ChildUpdates fromClasspath(String resource) {
        return new ChildUpdates(PatternFile.labelledFromClasspath(resource));
    }

    /** The kind of a short update ("often", "secret", ...), if the message is one. */
    public Optional<String> update(String text) {
        if (Words.in(text) > SHORT) {
            return Optional.empty();
        }
        String t = PatternFile.cueText(text);
        return cues.stream().filter(c -> c.foundIn(t))
                .map(PatternFile.Labelled::label).findFirst();
    }
}
