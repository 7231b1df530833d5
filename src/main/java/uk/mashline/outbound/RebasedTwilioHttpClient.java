package uk.mashline.outbound;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.Timeout;

import java.util.List;
import java.util.Map;

/**
 * Twilio's SDK builds its URLs for Twilio's own domain: this client sends each request to the same
 * path under {@code baseUrl} instead (MASH_TWILIO_API_URL), so a local stand-in can receive them.
 * One request per attempt, with shorter time limits than the SDK's, since a text that does not go is simply tried again later.
 */
final class RebasedTwilioHttpClient extends HttpClient {

    private final String baseUrl;
    private final NetworkHttpClient network;

    RebasedTwilioHttpClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        // Apache's client would also retry a 503 or 429 on its own: not here either
        this.network = new NetworkHttpClient(HttpClientBuilder.create().useSystemProperties().disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5))
                        .setResponseTimeout(Timeout.ofSeconds(15))
                        .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                        .build()));
    }

    // The SDK would retry a 503 or 429 itself, quickly and unrecorded: the outbox retries instead, with
    // back-off, and records every attempt.
    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        return network.makeRequest(rebased(request));
    }

    Request rebased(Request request) {
        Request copy = new Request(request.getMethod(), rebase(request.getUrl()));
        // the SDK sets Basic credentials as a name and password, or an auth strategy (tokens): keep whichever
        if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        } else if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        }
        copy.setContentType(request.getContentType());
        if (request.getBody() != null) {
            copy.setBody(request.getBody());
        }
        copy(request.getPostParams(), copy::addPostParam);
        copy(request.getQueryParams(), copy::addQueryParam);
        copy(request.getHeaderParams(), copy::addHeaderParam);
        copy.setUserAgentExtensions(request.getUserAgentExtensions());
        return copy;
    }

    String rebase(String url) {
        return url.replaceFirst("^https?://[^/]+", baseUrl);
    }

    private interface Adder {
        void add(String name, String value);
    }

    private static void copy(Map<String, List<String>> params, Adder adder) {
        params.forEach((name, values) -> values.forEach(v -> adder.add(name, v)));
    }
}
