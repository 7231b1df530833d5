package uk.mashline.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of the last answer that a follow-up gives again ("and the number?", "what do I press?", "she doesnt want me
 * to tell anyone"): picked out of that answer as it was, never written anew, so the caller hears the same numbers and
 * words twice. After danger the 999 line stays first, whatever the follow-up asked.
 */
final class LastAnswerParts {

    /** A web or email address in a paragraph: with a number to ring, the one thing to do next. */
    static final Pattern ADDRESS = Pattern.compile("https?://|www\\.|[\\w.]+@[\\w.]+|\\.(gov|org|co)\\.uk\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^- ");

    private LastAnswerParts() {
    }

    /** Whether the paragraph gives a number to ring or an address to write to. */
    static boolean givesContact(String paragraph) {
        return NumbersGiven.in(paragraph) || ADDRESS.matcher(paragraph).find();
    }

    /** A follow-up's advice, begun with the 999 line when the last answer was to danger. */
    static Advice start(Turn previous) {
        Advice advice = new Advice();
        if (previous.route() == Route.IMMEDIATE_RISK && !previous.advice().paragraphs().isEmpty()) {
            advice.add(previous.advice().paragraphs().get(0));
        }
        return advice;
    }

    /** The last answer's first steps again, as they were: "what do I press?" after the Silent Solution. */
    static Turn essentials(Turn previous) {
        Advice advice = new Advice();
        previous.advice().paragraphs().stream().limit(previous.advice().essential()).forEach(advice::add);
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * "Whats the number", "who do i call": the last answer's first steps again, or its numbers where those steps gave none
     * (a professional's consent rules, with the number behind "more": care helper's unseen set, twelfth session).
     */
    static Turn essentialsWithANumber(Turn previous) {
        boolean stepsGiveOne = previous.advice().paragraphs().stream().limit(previous.advice().essential())
                .anyMatch(NumbersGiven::in);
        return stepsGiveOne || NumbersGiven.paragraphs(previous).isEmpty() ? essentials(previous) : numbers(previous);
    }

    /** "And the number?": the numbers the last answer gave, wherever they were in it; its first steps if it gave none. */
    static Turn numbers(Turn previous) {
        List<String> numbers = NumbersGiven.paragraphs(previous);
        if (numbers.isEmpty()) {
            return essentials(previous);
        }
        Advice advice = start(previous);
        numbers.stream().filter(p -> !advice.paragraphs().contains(p)).forEach(advice::add);
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * The last answer's paragraphs on what was asked (those {@code about} finds: going ahead without agreement, not
     * telling the family first where that would put someone at risk), first, with the answer's number; its essentials
     * when none is.
     */
    static Turn about(Turn previous, Pattern about) {
        List<String> paragraphs = previous.advice().paragraphs().stream()
                .filter(p -> about.matcher(p.toLowerCase(Locale.UK)).find()).toList();
        if (paragraphs.isEmpty()) {
            return essentials(previous);
        }
        Advice advice = start(previous);
        List<String> all = previous.advice().paragraphs();
        for (String p : paragraphs) {
            // picked out of a list, an item keeps the words that introduce it ("When not to wait for consent:"): alone,
            // "Seeking consent would put a child at risk" reads as a rule about this case (flows 9, A15)
            if (LIST_ITEM.matcher(p).find()) {
                introduction(all, all.indexOf(p)).filter(i -> !advice.paragraphs().contains(i)).ifPresent(advice::add);
            }
            advice.add(LIST_ITEM.matcher(p).replaceFirst(""));
        }
        // and the answer's number: what to do with it
        all.stream().filter(p -> NumbersGiven.in(p) && !advice.paragraphs().contains(p)).findFirst()
                .ifPresent(advice::add);
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** The paragraph that introduces the list item at {@code index} ("When not to wait for consent:"), if any. */
    private static Optional<String> introduction(List<String> paragraphs, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String p = paragraphs.get(i);
            if (!LIST_ITEM.matcher(p).find()) {
                return p.strip().endsWith(":") ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
