package uk.mashline.dialogue;

import java.util.function.Function;

/**
 * The answer a pure question about a message gave for the last message asked on this thread, kept for the same
 * message asked again: a turn asks its own message whether it tells of harm or is a follow-up two or three times,
 * and each asking ran dozens of cue patterns. Only the very same text (the same string, not merely equal words) is
 * answered from the memo, so an answer is always the one the question gives for that text. Per thread, as a turn
 * is taken on one: a single memo shared by the turns running at once was replaced by another turn's message
 * between one turn's askings.
 */
final class LastAsked<V> {

    private record Answer<V>(String text, V value) {
    }

    private final Function<String, V> question;
    private final ThreadLocal<Answer<V>> last = new ThreadLocal<>();

    LastAsked(Function<String, V> question) {
        this.question = question;
    }

    V of(String text) {
        Answer<V> answer = last.get();
        if (answer != null && answer.text() == text) {
            return answer.value();
        }
        V value = question.apply(text);
        last.set(new Answer<>(text, value));
        return value;
    }
}
