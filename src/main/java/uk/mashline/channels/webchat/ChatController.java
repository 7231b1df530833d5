package uk.mashline.channels.webchat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import uk.mashline.channels.ClientError;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.AnswerEveryMessage;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.Wording;
import uk.mashline.review.ConversationLog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The web chat API: one POST per line typed (no id starts a conversation), and the conversation's messages
 * for its own browser, staff replies included. A conversation answers only the browser holding its
 * secret ({@link ChatClients}).
 */
@Tag(name = "Web chat")
@Controller("/api/chat")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChatController {

    static final int MAX_TEXT = 2000;

    private final AnswerEveryMessage answers;
    private final WebSender senders;
    private final ChatClients clients;
    private final ConversationRateLimit conversationLimit;
    private final ConversationLog log;
    private final String rateLimited;
    private final ExecutorService blocking;

    ChatController(AnswerEveryMessage answers, WebSender senders, ChatClients clients,
                   ConversationRateLimit conversationLimit, ConversationLog log, Wording wording,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.answers = answers;
        this.senders = senders;
        this.clients = clients;
        this.conversationLimit = conversationLimit;
        this.log = log;
        this.rateLimited = wording.text("webchat.rateLimited");
        this.blocking = blocking;
    }

    // No request thread waits for the turn, as on every channel (AnswerEveryMessage); an unknown
    // partnership fails at once, an unknown conversation fails the answer: both are a 404. The check of the
    // browser's secret and the binding of a new conversation read the database: on a blocking thread.
    @Post("/{partnership}/messages")
    CompletableFuture<HttpResponse<ChatResponse>> post(@PathVariable String partnership, @Body ChatRequest request,
                                                       HttpRequest<?> http) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            throw new ClientError(400, "text is empty: type a message");
        }
        if (text.length() > MAX_TEXT) {
            throw new ClientError(400, "text is too long: at most " + MAX_TEXT + " characters");
        }
        String conversationId = blankToNull(request.conversationId());
        if (conversationId != null && !isUuid(conversationId)) {
            throw new ClientError(404, ChatClients.NOT_FOUND);
        }
        CompletableFuture<Void> own = conversationId == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> {
                    clients.requireBound(conversationId, http);
                    if (!conversationLimit.allow(conversationId)) {
                        throw new ClientError(429, rateLimited);
                    }
                }, blocking);
        String sender = senders.of(http);
        return own.thenCompose(ok -> answers.answer(new InboundMessage(Channel.WEB, partnership, conversationId, null,
                        sender, text, "W" + UUID.randomUUID(), Instant.now())))
                .thenApplyAsync(reply -> response(reply, conversationId == null, http), blocking);
    }

    private MutableHttpResponse<ChatResponse> response(Reply reply, boolean started, HttpRequest<?> http) {
        MutableHttpResponse<ChatResponse> response = HttpResponse.ok(new ChatResponse(reply.conversationId(),
                reply.text(), String.valueOf(reply.route()), reply.intent(), reply.confidence(), reply.sources(),
                String.join("\n\n", reply.more()), reply.language().code()));
        if (started && reply.conversationId() != null) {
            clients.bindNew(reply.conversationId(), http).ifPresent(response::cookie);
        }
        return response;
    }

    /** The conversation's messages after {@code after} (a message id), for its own browser only. */
    @Get("/{partnership}/conversations/{conversationId}/messages")
    @ExecuteOn(TaskExecutors.BLOCKING)
    List<ChatMessage> messages(@PathVariable String partnership, @PathVariable String conversationId,
                               @Nullable @QueryValue Long after, HttpRequest<?> http) {
        if (!isUuid(conversationId)) {
            throw new ClientError(404, ChatClients.NOT_FOUND);
        }
        clients.requireBound(conversationId, http);
        log.find(conversationId).filter(c -> c.partnershipId().equals(partnership) && "WEB".equals(c.channel()))
                .orElseThrow(() -> new ClientError(404, ChatClients.NOT_FOUND));
        long since = after == null ? 0 : after;
        return log.messages(conversationId).stream().filter(m -> m.id() > since).map(ChatMessage::of).toList();
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
