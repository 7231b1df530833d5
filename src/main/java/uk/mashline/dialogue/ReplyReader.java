package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the value of the slot a flow just asked for from the reply, when the extractor found no value
 * for it in the message: "2" to a numbered question, "yeah" to a yes/no one, "stage two", "14/3".
 */
public final class ReplyReader {

    private static final int MAX_STAGE = 9;
    /**
     * "1, its a first response nfa, spoke to them yesterday" to a numbered question: the choice first, then more (own
     * probe, 1 Dec: "please reply 1 if you are a professional..."). Not a number that counts something ("2 kids").
     */
    private static final Pattern LEADING_CHOICE = Pattern.compile("^(?:option |press |number )?([1-9])(?:\\s*[,.:;)-]+|\\s+)"
            + "(?!\\s*(?:years?|yrs?|yo|y/o|days?|weeks?|wks?|months?|hours?|hrs?|mins?|minutes?|kids?|children|childs?|of|out|in|"
            + "and a half|x|times?|stage|/|\\d))\\s*\\S");

    private final AnswerParser answers;

    public ReplyReader(AnswerParser answers) {
        this.answers = answers;
    }

    /**
     * The value one of the question's own reply patterns gives ({@code replies} in flows.yml), nothing else: for a
     * question not asked yet that the reply to the one before answers too ("yes they wont budge" to "have you talked it
     * through?" says the discussion was had and nothing came of it: stage 0).
     */
    public Optional<String> readByReplies(SlotQuestion question, String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'').strip();
        return question.replies().entrySet().stream().filter(reply -> reply.getValue().matcher(lower).find())
                .map(Map.Entry::getKey).findFirst();
    }

    public Optional<String> read(SlotQuestion question, AdviceRequest request) {
        Slots stated = request.slots();
        String text = request.text() == null ? "" : request.text();
        Optional<Integer> number = stated.number(Slots.NUMBER);
        if (number.isPresent() && question.choices().containsKey(number.get())) {
            return Optional.of(question.choices().get(number.get()));
        }
        String lower = text.toLowerCase(Locale.UK).replace('’', '\'').strip();
        for (Map.Entry<String, Pattern> reply : question.replies().entrySet()) {
            if (reply.getValue().matcher(lower).find()) {
                return Optional.of(reply.getKey());
            }
        }
        return switch (question.fill()) {
            case YES_NO -> stated.flag(Slots.ANSWER).or(() -> answers.yesNo(text)).map(yes -> yes ? Slots.YES : Slots.NO);
            case STAGE -> number.filter(n -> n <= MAX_STAGE).or(() -> answers.stage(text, MAX_STAGE)).map(String::valueOf);
            case DATE -> answers.date(text, request.now().toLocalDate()).map(LocalDate::toString);
            case FREE -> Optional.of(question.freeValue());
            case CHOICE -> Optional.of(LEADING_CHOICE.matcher(lower)).filter(java.util.regex.Matcher::find)
                    .map(m -> Integer.parseInt(m.group(1))).filter(question.choices()::containsKey)
                    .map(question.choices()::get);
        };
    }
}
