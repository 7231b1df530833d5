package uk.mashline.console;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import uk.mashline.review.ConversationLog;
import uk.mashline.review.ConversationRecord;

import java.util.List;

/** Opens a conversation for a reviewer; every opening is audited (the id, never the content). */
@Singleton
public class ConversationDetails {

    private static final int EARLIER_CONVERSATIONS = 20;

    private final ConversationLog log;
    private final AuditLog audit;
    private final MessageSource messages;

    public ConversationDetails(ConversationLog log, AuditLog audit, MessageSource messages) {
        this.log = log;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The conversation's messages after {@code afterId}, for the page a reviewer already opened (its opening
     * was audited): the page asks every few seconds, so replies show as they come.
     */
    public List<MessageView> messagesAfter(String id, long afterId) {
        log.find(id).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        return log.messages(id).stream().filter(m -> m.id() > afterId).map(ConversationViews::message).toList();
    }

    public ConversationDetail open(String viewer, String id) {
        ConversationRecord conversation = log.find(id).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        audit.record(viewer, AuditAction.VIEW_CONVERSATION, "conversation", id, null);
        return ConversationViews.detail(conversation, log.earlierConversationIds(conversation, EARLIER_CONVERSATIONS),
                log.messages(id));
    }
}
