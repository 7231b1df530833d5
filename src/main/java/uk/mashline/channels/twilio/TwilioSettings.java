package uk.mashline.channels.twilio;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** How the service checks that a request really comes from Twilio, and the URL Twilio calls. */
@Singleton
class TwilioSettings {

    private final String authToken;
    private final boolean allowUnsigned;
    private final String publicUrl;

    TwilioSettings(@Nullable @Value("${mash.twilio.auth-token:}") String authToken,
                   @Value("${mash.twilio.allow-unsigned:false}") boolean allowUnsigned,
                   @Nullable @Value("${mash.public-url:}") String publicUrl) {
        this.authToken = authToken == null || authToken.isBlank() ? null : authToken;
        this.allowUnsigned = allowUnsigned;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    @Nullable
    String authToken() {
        return authToken;
    }

    boolean allowUnsigned() {
        return allowUnsigned;
    }

    @Nullable
    String publicUrl() {
        return publicUrl;
    }
}
