package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.mashline.channels.ClientError;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.AnswerEveryMessage;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The web chat API: one POST per line typed; no id starts a conversation. */
@Controller("/api/chat")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChatController {

    static final int MAX_TEXT = 2000;

    private final AnswerEveryMessage answers;
    private final WebSender senders;

    ChatController(AnswerEveryMessage answers, WebSender senders) {
        this.answers = answers;
        this.senders = senders;
    }

    // No request thread waits for the turn, as on every channel (AnswerEveryMessage); an unknown
    // partnership fails at once, an unknown conversation fails the answer: both are a 404.
    @Post("/{partnership}/messages")
    CompletableFuture<ChatResponse> post(@PathVariable String partnership, @Body ChatRequest request, HttpRequest<?> http) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            throw new ClientError(400, "text is empty: type a message");
        }
        if (text.length() > MAX_TEXT) {
            throw new ClientError(400, "text is too long: at most " + MAX_TEXT + " characters");
        }
        String conversationId = blankToNull(request.conversationId());
        if (conversationId != null && !isUuid(conversationId)) {
            throw new ClientError(404, "no such conversation");
        }
        return answers.answer(new InboundMessage(Channel.WEB, partnership, conversationId, null,
                senders.of(http), text, "W" + UUID.randomUUID(), Instant.now())).thenApply(ChatController::response);
    }

    private static ChatResponse response(Reply reply) {
        return new ChatResponse(reply.conversationId(), reply.text(), String.valueOf(reply.route()), reply.intent(),
                reply.confidence(), reply.sources(), String.join("\n\n", reply.more()), reply.language().code());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
