package uk.mashline.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.mashline.console.security.LoginResult;
import uk.mashline.console.security.LoginService;
import uk.mashline.console.security.SecondFactors;
import uk.mashline.console.security.SessionCookies;
import uk.mashline.console.security.SessionStore;
import uk.mashline.console.security.StaffAuthentication;
import uk.mashline.web.ClientAddress;

import java.net.URI;
import java.util.Map;

/** Console sign-in (form post, creates a database session) and sign-out (ends it; CSRF-checked by the filter). */
// pages, not API: out of the OpenAPI document
@Hidden
@Controller("/console")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsoleLoginController {

    private final LoginService logins;
    private final SessionStore sessions;
    private final HttpClientAddressResolver addresses;
    private final ConsolePageController pages;
    private final AuditLog audit;
    private final SecondFactors secondFactors;

    private final SessionCookies cookies;

    ConsoleLoginController(LoginService logins, SessionStore sessions, HttpClientAddressResolver addresses,
                           ConsolePageController pages, AuditLog audit, SecondFactors secondFactors, SessionCookies cookies) {
        this.cookies = cookies;
        this.secondFactors = secondFactors;
        this.logins = logins;
        this.sessions = sessions;
        this.addresses = addresses;
        this.pages = pages;
        this.audit = audit;
    }

    @Post(value = "/login", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form, @Nullable Authentication current) {
        String address = ClientAddress.of(addresses, request);
        LoginResult result = logins.attempt(form.get("username"), form.get("password"), address, "form", true);
        if (result instanceof LoginResult.Success success) {
            String oldSession = StaffAuthentication.sessionHash(current);
            if (oldSession != null) {
                sessions.delete(oldSession);
            }
            // where a second factor is needed, the session waits for it (or its set-up) on /console
            SessionStore.Created created = sessions.create(success.account(), secondFactors.stageAfterPassword(success.account()));
            return HttpResponse.seeOther(URI.create("/console")).cookie(cookies.create(request, created.token()));
        }
        if (result instanceof LoginResult.Locked locked) {
            return pages.loginPage(HttpStatus.TOO_MANY_REQUESTS, locked.message())
                    .header("Retry-After", String.valueOf(locked.retryAfterSeconds()));
        }
        return pages.loginPage(HttpStatus.UNAUTHORIZED, ((LoginResult.Failed) result).message());
    }

    /** Sign-out; the form's hidden {@code _csrf} field (or the X-CSRF-Token header) is checked by the CSRF filter. */
    @Post("/logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (StaffAuthentication.isSession(authentication) || StaffAuthentication.isPending(authentication)) {
            sessions.delete(StaffAuthentication.sessionHash(authentication));
            audit.record(authentication.getName(), AuditAction.LOGOUT, "staff_user",
                    String.valueOf(authentication.getAttributes().get(StaffAuthentication.USER_ID)), null);
        }
        return HttpResponse.seeOther(URI.create("/console")).cookie(cookies.clear(request));
    }
}
