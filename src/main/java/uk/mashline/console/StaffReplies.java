package uk.mashline.console;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import uk.mashline.outbound.Outbox;
import uk.mashline.review.ConversationLog;
import uk.mashline.review.ConversationRecord;

import java.time.Instant;

/**
 * A member of staff writes to the person: on SMS the reply is texted from the number they texted (through
 * the outbox, so the request never waits for Twilio and a failed send is tried again); on the web chat it
 * appears in their chat page. Every reply is logged with its author and audited (never its text). A phone
 * call cannot take a written reply.
 */
@Singleton
public class StaffReplies {

    /** Twilio's limit for one message body; a web chat reply keeps to it too. */
    static final int MAX_TEXT = 1600;

    private final ConversationLog log;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;

    StaffReplies(ConversationLog log, Outbox outbox, AuditLog audit, ConsoleClock clock, MessageSource messages) {
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** @param scope the partnerships this member of staff may see (null: all); another's conversation is not found */
    public StaffReplyView reply(String author, String conversationId, String text, java.util.Set<String> scope) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new BadRequest(ConsoleWording.text(messages, "reply.empty"));
        }
        if (body.length() > MAX_TEXT) {
            throw new BadRequest(ConsoleWording.text(messages, "reply.too.long", MAX_TEXT));
        }
        ConversationRecord conversation = log.find(conversationId)
                .filter(c -> scope == null || scope.contains(c.partnershipId()))
                .orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        String channel = conversation.channel();
        if ("VOICE".equals(channel)) {
            throw new BadRequest(ConsoleWording.text(messages, "reply.voice"));
        }
        boolean sms = "SMS".equals(channel);
        if (sms && (conversation.numberTexted() == null || conversation.sender() == null)) {
            throw new BadRequest(ConsoleWording.text(messages, "reply.no.number"));
        }
        Instant now = clock.now();
        long id = log.addStaffMessage(conversationId, author, body, now)
                .orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        log.clearWaiting(conversationId);
        Long outboxId = null;
        if (sms) {
            outboxId = outbox.enqueue(Outbox.Purpose.STAFF_REPLY, conversationId, conversation.partnershipId(),
                    conversation.sender(), conversation.numberTexted(), body);
        }
        audit.record(author, AuditAction.STAFF_REPLY, "conversation", conversationId,
                channel + " message=" + id + " chars=" + body.length() + (outboxId == null ? "" : " outbound=" + outboxId));
        return new StaffReplyView(id, conversationId, channel, author, now, sms ? "QUEUED" : "SHOWN");
    }
}
