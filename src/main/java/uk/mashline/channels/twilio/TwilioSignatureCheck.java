package uk.mashline.channels.twilio;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.channels.ClientError;

import java.util.Map;

/**
 * Refuses any request to a Twilio endpoint that Twilio did not sign, before anything is stored
 * or classified. The URL checked is the one Twilio called: MASH_PUBLIC_URL and the request's path.
 */
@Singleton
class TwilioSignatureCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioSignatureCheck.class);

    private final TwilioSettings settings;
    private final TwilioSignature validator;

    TwilioSignatureCheck(TwilioSettings settings) {
        this.settings = settings;
        this.validator = settings.authToken() == null ? null : new TwilioSignature(settings.authToken());
    }

    void verify(HttpRequest<?> request, Map<String, String> params) {
        if (validator == null) {
            if (settings.allowUnsigned()) {
                return;
            }
            LOG.error("Twilio request refused: TWILIO_AUTH_TOKEN is not set (set it, or MASH_TWILIO_ALLOW_UNSIGNED=true "
                    + "for local development only)");
            throw new ClientError(503, "Twilio endpoints are not configured: TWILIO_AUTH_TOKEN is not set");
        }
        String signature = request.getHeaders().get("X-Twilio-Signature");
        if (signature == null || signature.isBlank() || !validator.validate(calledUrl(request), params, signature)) {
            LOG.warn("Twilio request refused: missing or invalid X-Twilio-Signature on {}", request.getPath());
            throw new ClientError(403, "invalid Twilio signature");
        }
    }

    // the public URL is set whenever a token is (TwilioSettings refuses to start otherwise): never the Host header
    private String calledUrl(HttpRequest<?> request) {
        String pathAndQuery = request.getUri().getRawPath()
                + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
        return settings.publicUrl() + pathAndQuery;
    }
}
