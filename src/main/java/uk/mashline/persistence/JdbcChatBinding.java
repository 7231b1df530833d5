package uk.mashline.persistence;

import jakarta.inject.Singleton;
import uk.mashline.dialogue.ChatBinding;

import java.util.Optional;

/** Web chat bindings in the conversation row (client_secret_hash), so any instance can check them. */
@Singleton
class JdbcChatBinding implements ChatBinding {

    private final ConversationRowRepository conversations;

    JdbcChatBinding(ConversationRowRepository conversations) {
        this.conversations = conversations;
    }

    @Override
    public boolean bind(String conversationId, String secretHash) {
        return conversations.bindClient(conversationId, secretHash) == 1;
    }

    @Override
    public Optional<String> boundHash(String conversationId) {
        return conversations.findById(conversationId).map(ConversationRow::clientSecretHash);
    }
}
