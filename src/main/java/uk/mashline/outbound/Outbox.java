package uk.mashline.outbound;

import jakarta.inject.Singleton;
import uk.mashline.persistence.OutboundMessageRepository;
import uk.mashline.persistence.OutboundMessageRow;

import java.time.Clock;

/**
 * Where the line puts a text it sends on its own initiative. The text is stored first, then sent on
 * another thread, so a caller of {@link #enqueue} (a webhook's turn, a staff request) never waits for
 * Twilio, and a text Twilio does not take stays here to be tried again, by any instance.
 */
@Singleton
public class Outbox {

    /** Why a text is sent: stored in outbound_message.purpose. */
    public enum Purpose { DUTY_ALERT, STAFF_REPLY }

    private final OutboundMessageRepository messages;
    private final OutboxSender sender;
    // back-off is about real elapsed time, not the service's (settable) business clock
    private final Clock clock = Clock.systemUTC();

    Outbox(OutboundMessageRepository messages, OutboxSender sender) {
        this.messages = messages;
        this.sender = sender;
    }

    /** Stores the text and starts sending it at once; returns its id in the outbox. */
    public long enqueue(Purpose purpose, String conversationId, String partnershipId, String to, String from,
                        String body) {
        OutboundMessageRow row = messages.save(OutboundMessageRow.pending(purpose.name(), conversationId,
                partnershipId, to, from, body, clock.instant()));
        sender.sendDueSoon();
        return row.id();
    }
}
