package uk.mashline.channels.webchat;

import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.review.MessageRecord;

import java.time.Instant;

/**
 * One message of a web chat conversation as its own browser sees it. {@code from}: "you" (the person),
 * "line" (the automated reply) or "staff" (a member of MASH staff; never their name).
 */
@Serdeable
public record ChatMessage(long id, String from, String text, Instant at) {

    static ChatMessage of(MessageRecord m) {
        String from = m.fromStaff() ? "staff" : "IN".equals(m.direction()) ? "you" : "line";
        return new ChatMessage(m.id(), from, m.text(), m.at());
    }
}
