package uk.mashline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;

/**
 * The one client address used for the sign-in throttle, the web chat's rate limit and sender
 * pseudonym, and the audit log: what the resolver (Micronaut's, replaced by
 * {@link ProxyAwareClientAddressResolver}) vouches for, cut to a length a key column holds.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpClientAddressResolver resolver, HttpRequest<?> request) {
        String address = resolver.resolve(request);
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String first = address.split(",")[0].trim();
        return first.length() <= 64 ? first : first.substring(0, 64);
    }
}
