package uk.mashline.channels.twilio;

import io.micronaut.context.annotation.Context;
import uk.mashline.web.PublicUrlSettings;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/**
 * How the service checks that a request really comes from Twilio, and the URL Twilio calls. Made at
 * start-up ({@link Context}), so a service with Twilio on but no public URL refuses to start with a
 * clear message: without it the URL checked against the signature would come from the request's
 * {@code Host} header, which whoever sends the request chooses.
 */
@Context
class TwilioSettings {

    private final String authToken;
    private final boolean allowUnsigned;
    private final String publicUrl;

    TwilioSettings(TwilioWebhookSettings webhooks, PublicUrlSettings publicUrl) {
        this.authToken = webhooks.authToken();
        this.allowUnsigned = webhooks.allowUnsigned();
        this.publicUrl = publicUrl.base().map(TwilioSettings::checked).orElse(null);
        if (this.authToken != null && this.publicUrl == null) {
            throw new IllegalStateException("MASH_PUBLIC_URL is required when TWILIO_AUTH_TOKEN is set: set it to the "
                    + "public base URL Twilio calls (for example https://advice.example.org), the one its webhooks are "
                    + "configured with");
        }
    }

    private static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MASH_PUBLIC_URL is not a URL: " + url, e);
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("MASH_PUBLIC_URL must be an http(s) base URL such as https://advice.example.org, not "
                    + url);
        }
        return url;
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
