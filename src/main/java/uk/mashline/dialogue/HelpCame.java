package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;

/**
 * What someone says about the 999 call and the help it brought (dialogue/help-came.txt): help is with them now ("police
 * came and took him away"), who made the call, the child taken off, what happens next. Read by the danger advisor after
 * the 999 answer, and by the conversation so that help come is answered as such whatever the model made of the words.
 */
public final class HelpCame {

    public static final String DEFAULT_FILE = "dialogue/help-came.txt";

    private final List<PatternFile.Labelled> cues;

    public HelpCame(List<PatternFile.Labelled> cues) {
        this.cues = List.copyOf(cues);
    }

    public static HelpCame fromClasspath(String resource) {
        return new HelpCame(PatternFile.labelledFromClasspath(resource));
    }

    /** "police are here now", "the ambulance came": help is with the caller, or at the house they told of. */
    public boolean came(String text) {
        return said("came", text);
    }

    /**
     * The missing child found or with the caller: "found him", "my son has come home", and, once the danger told was a child
     * missing now, "hes just walked in the door" too (lead-44: LD06 was asked "is the child safe now?").
     */
    public boolean found(String text, Slots slots) {
        return said("found", text)
                || slots.flag(ImmediateRiskAdvisor.CHILD_MISSING).orElse(false) && said("back", text);
    }

    /** Whether a line of {@code label} is found in the message (lower-cased and straightened here). */
    public boolean said(String label, String text) {
        String t = PatternFile.cueText(text);
        return PatternFile.Labelled.anyFound(cues, label, t);
    }
}
