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
    public List<MessageView> messagesAfter(String id, long afterId, java.util.Set<String> scope) {
        log.find(id).filter(c -> scope == null || scope.contains(c.partnershipId())).orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        return log.messages(id).stream().filter(m -> m.id() > afterId).map(ConversationViews::message).toList();
    }

    public ConversationDetail open(String viewer, String id) {
        return open(viewer, id, null);
    }

    /** As {@link #open(String, String)}, for a viewer limited to these partnerships (null: all): another's is not found. */
    public ConversationDetail open(String viewer, String id, java.util.Set<String> scope) {
        ConversationRecord conversation = log.find(id).filter(c -> scope == null || scope.contains(c.partnershipId()))
                .orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "conversation.not.found")));
        audit.record(viewer, AuditAction.VIEW_CONVERSATION, "conversation", id, null);
        return ConversationViews.detail(conversation, log.earlierConversationIds(conversation, EARLIER_CONVERSATIONS),
                log.messages(id));
    }
}
