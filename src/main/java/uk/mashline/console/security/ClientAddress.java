package uk.mashline.console.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;

/** The client address used for throttling and audit (honours micronaut.server.client-address-header behind a proxy). */
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
