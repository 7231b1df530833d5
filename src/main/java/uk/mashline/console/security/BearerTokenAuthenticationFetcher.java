package uk.mashline.console.security;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import uk.mashline.console.ConsoleWording;

import java.util.concurrent.ExecutorService;

/**
 * Authenticates staff API requests that carry a personal API token ({@code Authorization: Bearer
 * mash_...}), only under /api/staff, looking the token up on the blocking pool. An unknown or revoked
 * token is a 401 that says so.
 */
@Singleton
class BearerTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final Scheduler blocking;

    BearerTokenAuthenticationFetcher(ApiTokens tokens, MessageSource messages,
                                     @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.tokens = tokens;
        this.messages = messages;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !request.getPath().startsWith("/api/staff/")) {
            return Mono.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return Mono.fromCallable(() -> tokens.authenticate(token).map(StaffAuthentication::ofToken).orElseGet(() -> {
            request.setAttribute(StaffAuthenticationProvider.FAILURE_ATTRIBUTE,
                    new LoginResult.Failed(ConsoleWording.text(messages, "token.rejected")));
            return null;
        })).subscribeOn(blocking);
    }
}
