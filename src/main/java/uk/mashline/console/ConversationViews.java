package uk.mashline.console;

import uk.mashline.review.ConversationRecord;
import uk.mashline.review.MessageRecord;

import java.util.List;

/** What staff see of a conversation: senders masked in lists, the full sender only in a conversation they open. */
final class ConversationViews {

    private ConversationViews() {
    }

    static ConversationSummary summary(ConversationRecord r, boolean withNote) {
        return new ConversationSummary(r.id(), r.partnershipId(), r.channel(), r.startedAt(), r.lastMessageAt(),
                r.highestRoute(), r.reviewStatus().name(), r.messageCount(), SenderMask.mask(r.sender()),
                r.previousContacts(), r.reviewedBy(), r.firstReviewedAt(), withNote ? r.reviewNote() : null,
                r.language(), r.waitingSince());
    }

    static ConversationDetail detail(ConversationRecord r, List<String> earlierIds, List<MessageRecord> messages) {
        return new ConversationDetail(r.id(), r.partnershipId(), r.channel(), r.startedAt(), r.lastMessageAt(),
                r.highestRoute(), r.reviewStatus().name(), r.messageCount(), r.sender(), SenderMask.mask(r.sender()),
                r.previousContacts(), earlierIds, r.reviewNote(), r.reviewedBy(), r.firstReviewedAt(), r.callerRole(),
                messages.stream().map(ConversationViews::message).toList(), r.language(), r.waitingSince());
    }

    static MessageView message(MessageRecord m) {
        return new MessageView(m.id(), m.direction(), m.text(), m.route(), m.intent(), m.confidence(), m.rule(),
                m.sources(), m.modelVersion(), m.at(), m.author());
    }
}
