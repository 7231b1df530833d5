package uk.mashline.dialogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A slot a flow needs and how to get it: the question, when it is needed at all, and how a reply to
 * the question fills it when the caller's words named no value the extractor could read.
 *
 * @param when      conditions that must all hold ("role=PROFESSIONAL", "stage!=0", "!stage", a named one)
 * @param choices   a bare number in reply and the value it stands for (the numbered options offered)
 * @param replies   value and the pattern of a reply that means it, in order
 * @param freeValue for {@link Fill#FREE}: the value of a reply the extractor read nothing from
 * @param weekOnly  for {@link Fill#DATE}, or null: a reply that names only last week ("last wk"); the slot takes that
 *                  week's last day, the latest it can mean, and {@link #latest} marks it so the answer says so
 * @param weekOnlyIn or null: words anywhere in a message, not only a reply, that name only last week for this slot ("my
 *                  manager took it up with theirs last wk"): taken as {@code weekOnly} is, where the flow says when
 * @param notKnownIn or null: words anywhere in a message that say the caller does not know this slot's value ("went to
 *                  stage 2 but i cant remember when"): the flow answers without it and never asks for it
 */
public record SlotQuestion(String slot, String ask, String askAgain, List<String> when, Fill fill,
                           Map<Integer, String> choices, Map<String, Pattern> replies, String freeValue,
                           Pattern weekOnly, Pattern weekOnlyIn, Pattern notKnownIn) {

    /** Whether a reply names only last week ("last wk", "sometime last week"): an answer, though not a day. */
    public boolean namesOnlyTheWeek(String reply) {
        return weekOnly != null && reply != null
                && weekOnly.matcher(PatternFile.cueText(reply).strip()).find();
    }

    /** Whether a message, not only a reply to this slot's question, names only last week for it ("went up last wk"). */
    public boolean namesTheWeekIn(String message) {
        return weekOnlyIn != null && message != null && weekOnlyIn.matcher(PatternFile.cueText(message)).find();
    }

    /** Whether the message says the caller does not know this slot's value, without being asked. */
    public boolean saysNotKnown(String message) {
        return notKnownIn != null && message != null && notKnownIn.matcher(PatternFile.cueText(message)).find();
    }

    /** The slot that marks a date slot's value as the latest day the caller's words can mean (its value: the date). */
    public static String latest(String slot) {
        return slot + "_latest";
    }

    /** How a reply to the question fills the slot. */
    public enum Fill {
        /** yes or no. */
        YES_NO,
        /** a stage number, or "stage two". */
        STAGE,
        /** a date in the past or today. */
        DATE,
        /** any reply fills it: what it says matters to the caller, not to the answer. */
        FREE,
        /** only the numbered choices and the reply patterns. */
        CHOICE;

        /** A short structured answer, which a weak danger guess by the classifier must not take from the flow. */
        public boolean structured() {
            return this != FREE;
        }
    }

    public SlotQuestion {
        when = List.copyOf(when);
        choices = Map.copyOf(choices);
        replies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replies));
        askAgain = askAgain == null ? ask : askAgain;
    }
}
