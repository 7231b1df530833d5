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
