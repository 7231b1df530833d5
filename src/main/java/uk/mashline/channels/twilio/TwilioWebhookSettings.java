package uk.mashline.channels.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How Twilio's webhooks are checked ({@code mash.twilio}); the same prefix's REST settings, for the texts
 * the line sends itself, are {@code outbound.TwilioApiSettings}.
 *
 * @param authToken     {@code TWILIO_AUTH_TOKEN}: the key of {@code X-Twilio-Signature}; unset, the Twilio
 *                      endpoints answer 503
 * @param allowUnsigned {@code MASH_TWILIO_ALLOW_UNSIGNED}: local development only, unsigned requests accepted
 *                      when no token is set
 */
@ConfigurationProperties("mash.twilio")
public record TwilioWebhookSettings(@Nullable String authToken,
                                    @Bindable(defaultValue = "false") boolean allowUnsigned) {

    public TwilioWebhookSettings {
        authToken = authToken == null || authToken.isBlank() ? null : authToken;
    }

    // the token is a secret: never in a log line or an error message
    @Override
    public String toString() {
        return "TwilioWebhookSettings[authToken=" + (authToken == null ? "unset" : "set")
                + ", allowUnsigned=" + allowUnsigned + "]";
    }
}
