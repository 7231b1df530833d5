package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import uk.mashline.web.ClientAddress;
import uk.mashline.console.security.ApiError;
import uk.mashline.console.security.LoginResult;
import uk.mashline.console.security.LoginService;
import uk.mashline.console.security.Reauthentication;
import uk.mashline.console.security.SecondFactors;
import uk.mashline.console.security.SessionCookies;
import uk.mashline.console.security.SessionStage;
import uk.mashline.console.security.SessionStore;
import uk.mashline.console.security.StaffAccount;
import uk.mashline.console.security.StaffAccounts;
import uk.mashline.console.security.StaffAuthentication;

import java.util.List;
import java.util.Optional;

/**
 * The console's second factor, for the pages' scripts (JSON, CSRF-checked): the code after the password,
 * setting up an authenticator app (QR code, then a code from it, then the recovery codes, shown once),
 * new recovery codes, and confirming the password and code again before an admin change. A session that
 * finishes its second factor is replaced by a new one (new cookie, new CSRF token).
 */
// pages, not API: out of the OpenAPI document
@Hidden
@Controller("/console")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SecondFactorController {

    @Serdeable
    record Code(@Nullable String code) {
    }

    @Serdeable
    record PasswordAndCode(@Nullable String password, @Nullable String code) {
    }

    /** {@code csrf}: the new session's token when the session was replaced; {@code recoveryCodes}: shown once. */
    @Serdeable
    record Done(String message, @Nullable String csrf, @Nullable List<String> recoveryCodes) {
    }

    private final SecondFactors secondFactors;
    private final Reauthentication reauthentication;
    private final LoginService logins;
    private final SessionStore sessions;
    private final StaffAccounts accounts;
    private final HttpClientAddressResolver addresses;
    private final MessageSource messages;

    private final SessionCookies cookies;

    SecondFactorController(SecondFactors secondFactors, Reauthentication reauthentication, LoginService logins,
                           SessionStore sessions, StaffAccounts accounts, HttpClientAddressResolver addresses,
                           MessageSource messages, SessionCookies cookies) {
        this.cookies = cookies;
        this.secondFactors = secondFactors;
        this.reauthentication = reauthentication;
        this.logins = logins;
        this.sessions = sessions;
        this.accounts = accounts;
        this.addresses = addresses;
        this.messages = messages;
    }

    /** The code from the authenticator app (or a recovery code) after the right password. */
    @Post("/second-factor")
    MutableHttpResponse<?> verify(HttpRequest<?> request, @Body Code code, Authentication authentication) {
        requireStage(authentication, SessionStage.PASSWORD);
        StaffAccount account = account(authentication);
        String address = ClientAddress.of(addresses, request);
        Optional<LoginResult.Locked> wait = logins.lock(account.username(), address);
        if (wait.isPresent()) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().retryAfterSeconds()))
                    .body(new ApiError(429, wait.get().message()));
        }
        if (!secondFactors.verify(account, code.code())) {
            throw new BadRequest(logins.secondFactorFailed(account, address));
        }
        logins.secondFactorSucceeded(account, address);
        return signedIn(request, authentication, account, null);
    }

    /**
     * Starts setting up an authenticator app: a session that must set one up before it may go on, or a
     * signed-in member of staff (replacing an existing one needs a recent password and code).
     */
    @Post("/second-factor/enrolment")
    SecondFactors.Enrolment startEnrolment(Authentication authentication) {
        StaffAccount account = account(authentication);
        if (!StaffAuthentication.isPending(authentication) && secondFactors.enrolled(account.id())) {
            reauthentication.require(authentication);
        } else if (StaffAuthentication.isPending(authentication)) {
            requireStage(authentication, SessionStage.ENROL);
        }
        return secondFactors.startEnrolment(account);
    }

    /** A code from the newly set-up app confirms it; the recovery codes come back, this once. */
    @Post("/second-factor/enrolment/confirm")
    MutableHttpResponse<?> confirmEnrolment(HttpRequest<?> request, @Body Code code, Authentication authentication) {
        StaffAccount account = account(authentication);
        if (StaffAuthentication.isPending(authentication)) {
            requireStage(authentication, SessionStage.ENROL);
        }
        List<String> recoveryCodes = secondFactors.confirmEnrolment(account, code.code());
        if (StaffAuthentication.isPending(authentication)) {
            logins.secondFactorSucceeded(account, ClientAddress.of(addresses, request));
            return signedIn(request, authentication, account, recoveryCodes);
        }
        sessions.reauthenticated(StaffAuthentication.sessionHash(authentication));
        return HttpResponse.ok(new Done(ConsoleWording.text(messages, "totp.enrolled"), null, recoveryCodes));
    }

    /** New recovery codes (the old ones stop working); needs a recent password and code. */
    @Post("/second-factor/recovery-codes")
    Done newRecoveryCodes(Authentication authentication) {
        requireSignedIn(authentication);
        reauthentication.require(authentication);
        StaffAccount account = account(authentication);
        if (!secondFactors.enrolled(account.id())) {
            throw new BadRequest(ConsoleWording.text(messages, "totp.no.enrolment"));
        }
        return new Done(ConsoleWording.text(messages, "totp.recovery.new"), null, secondFactors.newRecoveryCodes(account));
    }

    /** The password (and code) again, before admin changes. */
    @Post("/reauth")
    Done reauthenticate(HttpRequest<?> request, @Body PasswordAndCode given, Authentication authentication) {
        requireSignedIn(authentication);
        reauthentication.confirm(authentication, given.password(), given.code(), ClientAddress.of(addresses, request));
        return new Done(ConsoleWording.text(messages, "reauth.done"), null, null);
    }

    // the waiting session is replaced by a signed-in one: a new token, so whoever saw the old cookie has nothing
    private MutableHttpResponse<Done> signedIn(HttpRequest<?> request, Authentication authentication, StaffAccount account,
                                               @Nullable List<String> recoveryCodes) {
        sessions.delete(StaffAuthentication.sessionHash(authentication));
        SessionStore.Created created = sessions.create(account, SessionStage.FULL);
        return HttpResponse.ok(new Done(ConsoleWording.text(messages, "totp.signed.in"), created.session().csrfToken(), recoveryCodes))
                .cookie(cookies.create(request, created.token()));
    }

    private StaffAccount account(Authentication authentication) {
        if (!StaffAuthentication.isSession(authentication) && !StaffAuthentication.isPending(authentication)) {
            throw new BadRequest(ConsoleWording.text(messages, "totp.console.only"));
        }
        return accounts.findById(StaffAuthentication.userId(authentication))
                .orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "user.not.found")));
    }

    private void requireStage(Authentication authentication, SessionStage stage) {
        if (StaffAuthentication.stage(authentication) != stage) {
            throw new BadRequest(ConsoleWording.text(messages, "totp.wrong.stage"));
        }
    }

    private void requireSignedIn(Authentication authentication) {
        if (!StaffAuthentication.isSession(authentication)) {
            throw new BadRequest(ConsoleWording.text(messages, "totp.console.only"));
        }
    }
}
