package uk.mashline.console.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import uk.mashline.console.ConsoleMessages;

import java.util.Set;

/**
 * Synchroniser-token CSRF protection for every state-changing request made with a console
 * session: the console's scripts send the session's token in X-CSRF-Token; a wrong or missing
 * token is refused with 403. HTTP Basic requests carry no ambient credentials and need none.
 * The few HTML forms (sign-out) post the token as a hidden field that their controller checks.
 */
@Filter({"/console/**", "/api/staff/**"})
class CsrfFilter implements HttpServerFilter {

    static final String HEADER = "X-CSRF-Token";
    /** Form posts whose controllers check the hidden {@link CsrfTokens#FIELD} themselves. */
    private static final Set<String> FORM_CHECKED = Set.of("/console/logout");
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final ConsoleMessages messages;

    CsrfFilter(ConsoleMessages messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (SAFE.contains(request.getMethod())) {
            return chain.proceed(request);
        }
        Authentication authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class).orElse(null);
        if (!StaffAuthentication.isSession(authentication)) {
            return chain.proceed(request);
        }
        if (FORM_CHECKED.contains(request.getPath()) && request.getContentType()
                .map(t -> t.getName().equals("application/x-www-form-urlencoded")).orElse(false)) {
            return chain.proceed(request);
        }
        if (CsrfTokens.matches(StaffAuthentication.csrfToken(authentication), request.getHeaders().get(HEADER))) {
            return chain.proceed(request);
        }
        return Mono.just(HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(403, messages.get("csrf.rejected"))));
    }
}
