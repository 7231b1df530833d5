package uk.mashline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import uk.mashline.channels.ErrorBody;
import uk.mashline.dialogue.Wording;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how fast one client can post to the public web chat, so it cannot be used to flood the
 * log staff review. The refusal still carries the 999 line. Twilio's webhooks are never limited:
 * Twilio does not back off, and a dropped text could be a child's. Counted per client address as
 * {@link ClientAddress} resolves it, so clients behind the load balancer each have their own count
 * and a client cannot start a fresh count by forging a proxy header.
 */
@ServerFilter("/api/chat/**")
class ChatRateLimitFilter {

    private record Window(long minute, int count) {
    }

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final String message;
    private final Clock clock;
    private final HttpClientAddressResolver addresses;

    ChatRateLimitFilter(WebChatLimits limits, Wording wording, Clock clock, HttpClientAddressResolver addresses) {
        this.perMinute = limits.messagesPerMinute();
        this.message = wording.text("webchat.rateLimited");
        this.clock = clock;
        this.addresses = addresses;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorBody> limit(HttpRequest<?> request) {
        // only messages count: the page's look for staff replies (GET) is not the client typing
        if (request.getMethod() != HttpMethod.POST) {
            return null;
        }
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_CLIENTS) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        String client = ClientAddress.of(addresses, request);
        Window w = windows.compute(client, (k, old) ->
                old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (w.count() <= perMinute) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "60")
                .body(new ErrorBody(429, message));
    }
}
