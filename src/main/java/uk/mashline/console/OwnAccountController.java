package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.mashline.web.ClientAddress;
import uk.mashline.console.security.OwnPasswordChange;
import uk.mashline.console.security.SessionCookies;
import uk.mashline.console.security.SessionStore;
import uk.mashline.console.security.SecondFactors;
import uk.mashline.console.security.StaffAccount;
import uk.mashline.console.security.StaffAccounts;
import uk.mashline.console.security.StaffAuthentication;
import uk.mashline.console.security.StaffRole;

/** Any member of staff: who they are, and changing their own password. */
@Tag(name = "Staff")
@Controller("/api/staff/me")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnAccountController {

    @Serdeable
    record SecondFactor(boolean enrolled, boolean required, long recoveryCodesLeft) {
    }

    @Serdeable
    record Me(String username, String role, SecondFactor secondFactor) {
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    /** {@code csrf}: a browser's new session's token (the old session ended with the change); null for scripts. */
    @Serdeable
    record PasswordChanged(String message, @Nullable String csrf) {
    }

    private final OwnPasswordChange passwords;
    private final SessionStore sessions;
    private final HttpClientAddressResolver addresses;
    private final MessageSource messages;
    private final StaffAccounts accounts;
    private final SecondFactors secondFactors;

    private final SessionCookies cookies;

    OwnAccountController(OwnPasswordChange passwords, SessionStore sessions, HttpClientAddressResolver addresses,
                         MessageSource messages, StaffAccounts accounts, SecondFactors secondFactors, SessionCookies cookies) {
        this.cookies = cookies;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.passwords = passwords;
        this.sessions = sessions;
        this.addresses = addresses;
        this.messages = messages;
    }

    @Get
    Me me(Authentication authentication) {
        StaffAccount account = accounts.findById(StaffAuthentication.userId(authentication))
                .orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "user.not.found")));
        return new Me(account.username(), account.role().name(), new SecondFactor(secondFactors.enrolled(account.id()),
                secondFactors.required(account), secondFactors.unusedRecoveryCodes(account.id())));
    }

    @Post("/password")
    MutableHttpResponse<PasswordChanged> changePassword(HttpRequest<?> request, @Body PasswordChange change,
                                                        Authentication authentication) {
        StaffAccount account = passwords.change(authentication.getName(), change.currentPassword(), change.newPassword(),
                ClientAddress.of(addresses, request));
        String message = ConsoleWording.text(messages, "password.changed");
        if (!StaffAuthentication.isSession(authentication)) {
            return HttpResponse.ok(new PasswordChanged(message, null));
        }
        // every session ended with the change; the browser that made it carries on in a new one
        SessionStore.Created created = sessions.create(account);
        return HttpResponse.ok(new PasswordChanged(message, created.session().csrfToken()))
                .cookie(cookies.create(request, created.token()));
    }
}
