package uk.mashline.console;

import jakarta.inject.Singleton;

/** Opens a conversation for a reviewer; every opening is audited (the id, never the content). */
@Singleton
public class ConversationDetails {

    private final ConversationQueries queries;
    private final AuditLog audit;
    private final ConsoleMessages messages;

    public ConversationDetails(ConversationQueries queries, AuditLog audit, ConsoleMessages messages) {
        this.queries = queries;
        this.audit = audit;
        this.messages = messages;
    }

    public ConversationDetail open(String viewer, String id) {
        ConversationRow row = queries.find(id).orElseThrow(() -> new NotFound(messages.get("conversation.not.found")));
        audit.record(viewer, AuditAction.VIEW_CONVERSATION, "conversation", id, null);
        return new ConversationDetail(row.id(), row.partnershipId(), row.channel(), row.startedAt(), row.lastMessageAt(),
                row.highestRoute(), row.reviewStatus(), row.messageCount(), row.sender(), SenderMask.mask(row.sender()),
                row.previousContacts(), queries.previousConversationIds(row), row.reviewNote(), row.reviewedBy(),
                row.firstReviewedAt(), row.callerRole(), queries.messages(id));
    }
}
