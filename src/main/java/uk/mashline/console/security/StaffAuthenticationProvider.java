package uk.mashline.console.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import uk.mashline.console.ConsoleWording;
import uk.mashline.web.ClientAddress;

/**
 * Checks HTTP Basic credentials for the staff JSON API against staff_user, on the blocking
 * pool (bcrypt is slow on purpose). An account that needs a second factor under MASH_STAFF_MFA is
 * refused (401, saying to use an API token), even with the right password. Failures count towards the same throttle as the console
 * form; the outcome is left on the request so the 401/429 response can say why.
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** Request attribute holding the {@link LoginResult} of a failed Basic attempt. */
    static final String FAILURE_ATTRIBUTE = "mash.login.failure";

    private final LoginService logins;
    private final HttpClientAddressResolver addresses;
    private final SecondFactors secondFactors;
    private final MessageSource messages;

    StaffAuthenticationProvider(LoginService logins, HttpClientAddressResolver addresses, SecondFactors secondFactors,
                                MessageSource messages) {
        this.logins = logins;
        this.addresses = addresses;
        this.secondFactors = secondFactors;
        this.messages = messages;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        String address = request == null ? "unknown" : ClientAddress.of(addresses, request);
        LoginResult result = logins.attempt(authenticationRequest.getIdentity(), authenticationRequest.getSecret(),
                address, "basic", false);
        if (result instanceof LoginResult.Success success && secondFactors.required(success.account())) {
            // a password alone would step around the second factor: such accounts use API tokens
            result = new LoginResult.Failed(ConsoleWording.text(messages, "totp.basic.refused"));
        }
        if (result instanceof LoginResult.Success success) {
            StaffAccount account = success.account();
            return AuthenticationResponse.success(account.username(), account.role().grantedRoles(),
                    StaffAuthentication.basicAttributes(account));
        }
        if (request != null) {
            request.setAttribute(FAILURE_ATTRIBUTE, result);
        }
        return AuthenticationResponse.failure(result instanceof LoginResult.Failed f ? f.message()
                : ((LoginResult.Locked) result).message());
    }
}
