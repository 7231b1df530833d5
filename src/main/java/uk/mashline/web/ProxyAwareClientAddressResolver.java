package uk.mashline.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * Micronaut's client-address resolver, replaced so that everything asking it (the sign-in throttle,
 * the chat rate limit, the audit log, micronaut-security's IP rules) gets the address
 * {@link TrustedProxies} vouches for instead of one the client forged in a header.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
class ProxyAwareClientAddressResolver implements HttpClientAddressResolver {

    private final TrustedProxies proxies;

    ProxyAwareClientAddressResolver(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public String resolve(HttpRequest request) {
        return proxies.clientAddress(request);
    }
}
