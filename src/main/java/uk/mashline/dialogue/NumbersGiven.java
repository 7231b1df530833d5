package uk.mashline.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers an answer gave, for a follow-up that asks for them again ("and the number?", "are they open today?",
 * "is that free?", "can you text me that"): one rule for what counts as a number to ring, so every follow-up gives
 * the same ones. The police's 101 counts: it is a number the answer told the caller to ring.
 */
final class NumbersGiven {

    /** A UK number as the documents print them ("01403 229900", "0808 800 5000"), or the police's 101. */
    static final Pattern PHONE = Pattern.compile("\\b0\\d{2,4} ?\\d{3,4} ?\\d{3,4}\\b|\\b101\\b");
    /** At most this many of an answer's paragraphs with a number: the first screen of a text. */
    static final int MAX_PARAGRAPHS = 3;

    private NumbersGiven() {
    }

    /** Whether the paragraph gives a number to ring. */
    static boolean in(String paragraph) {
        return PHONE.matcher(paragraph).find();
    }

    /** The answer's paragraphs that give a number to ring, in its order, at most {@link #MAX_PARAGRAPHS}. */
    static List<String> paragraphs(Turn answer) {
        return answer.advice().paragraphs().stream().filter(NumbersGiven::in).limit(MAX_PARAGRAPHS).toList();
    }

    /**
     * facts-49: the slot holding the numbers the last reply gave on its first screen, as it gave them: a follow-up's answer is
     * worked out again from the route ({@code ContextQuestions}), which does not hold a national line a reply added beside its
     * route's own ("are they open on a saturday" after the Family Rights Group's line: own set facts-49-a WA04, MA05, NA05 - the
     * MASH's hours, not that line's).
     */
    static final String SLOT = "numbers_given";

    /** {@code state} remembering the numbers {@code reply} gave (none: an empty slot, so an older reply's are not read). */
    static ConversationState remember(ConversationState state, Turn reply) {
        List<String> given = new ArrayList<>();
        reply.advice().paragraphs().stream().filter(p -> REMEMBERED.matcher(p).find()).limit(MAX_PARAGRAPHS).forEach(p -> {
            Matcher m = REMEMBERED.matcher(p);
            while (m.find()) {
                given.add(m.group());
            }
        });
        return state.withDialogue(state.dialogue().withSlots(state.slots().with(SLOT, String.join(",", given))));
    }

    /** As {@link #PHONE}, and the 116 numbers of national lines (Samaritans' 116 123), remembered though not given again. */
    private static final Pattern REMEMBERED = Pattern.compile(PHONE.pattern() + "|\\b116 ?\\d{3}\\b");

    /** The numbers the last reply gave, as {@link #remember} kept them. */
    static List<String> remembered(ConversationState state) {
        return state.slots().get(SLOT).filter(s -> !s.isBlank()).map(s -> List.of(s.split(","))).orElse(List.of());
    }

    /** Every number the paragraphs give, as printed, in order (a number in two paragraphs twice). */
    static List<String> numbers(List<String> paragraphs) {
        List<String> found = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Matcher m = PHONE.matcher(paragraph);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
