package uk.mashline.console.security;

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

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates console requests by the session cookie, looking the session up on the
 * blocking pool. Requests marked {@code X-Background-Refresh: 1} (the queue's 30 s poll)
 * do not count as activity, so an unattended console still times out.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String BACKGROUND_HEADER = "X-Background-Refresh";

    private final SessionStore sessions;
    private final Scheduler blocking;

    SessionAuthenticationFetcher(SessionStore sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> token = SessionCookies.token(request);
        if (token.isEmpty() || token.get().isEmpty()) {
            return Mono.empty();
        }
        boolean activity = !"1".equals(request.getHeaders().get(BACKGROUND_HEADER));
        return Mono.fromCallable(() -> sessions.find(token.get(), activity).map(StaffAuthentication::ofSession).orElse(null))
                .subscribeOn(blocking);
    }
}
