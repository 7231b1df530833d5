package uk.mashline.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Twilio's REST API, for the texts the line sends on its own (duty alerts, staff replies).
 *
 * @param accountSid {@code TWILIO_ACCOUNT_SID}; without it (or the auth token) nothing is sent and texts wait
 * @param authToken  {@code TWILIO_AUTH_TOKEN}, the same token that signs Twilio's webhooks
 * @param apiUrl     {@code MASH_TWILIO_API_URL}: Twilio's own address, or a stand-in's in tests
 */
@ConfigurationProperties("mash.twilio")
public record TwilioApiSettings(@Nullable String accountSid, @Nullable String authToken,
                                @Bindable(defaultValue = "https://api.twilio.com") String apiUrl) {

    public boolean configured() {
        return accountSid != null && !accountSid.isBlank() && authToken != null && !authToken.isBlank();
    }
}
