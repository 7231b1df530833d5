package uk.mashline.dialogue;

/**
 * Port: told of every answer the line gives, after it is given (for operations: how many messages on
 * which route, how many were answered with the 999 line, how many with the safety reply because
 * something behind the line failed). Never in the answer's way: what it does cannot delay or change
 * a reply. An implementation must not keep or publish the message's text, sender or conversation id.
 */
public interface AnswerListener {

    AnswerListener NONE = (message, reply) -> { };

    void answered(InboundMessage message, Reply reply);
}
