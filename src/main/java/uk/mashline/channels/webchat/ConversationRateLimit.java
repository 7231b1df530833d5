package uk.mashline.channels.webchat;

import uk.mashline.web.WebChatLimits;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many messages one web chat conversation may take a minute, whoever sends them: a second limit beside
 * the per-client one, so a conversation cannot be flooded from many addresses. Counted per instance.
 */
@Singleton
class ConversationRateLimit {

    private record Window(long minute, int count) {
    }

    private static final int MAX_CONVERSATIONS = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    ConversationRateLimit(WebChatLimits limits, Clock clock) {
        this.perMinute = limits.messagesPerConversationPerMinute();
        this.clock = clock;
    }

    boolean allow(String conversationId) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_CONVERSATIONS) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window w = windows.compute(conversationId, (k, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        return w.count() <= perMinute;
    }
}
