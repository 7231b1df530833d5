package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import uk.mashline.web.ClientAddress;
import uk.mashline.web.Pseudonyms;

/**
 * Who sent a web chat message, as far as staff need to know: a keyed pseudonym of the client's
 * address (as {@link ClientAddress} resolves it), enough to count repeat contacts without storing
 * the address, and not reversible by trying every address without the secret.
 */
@Singleton
class WebSender {

    private final HttpClientAddressResolver addresses;
    private final Pseudonyms pseudonyms;

    WebSender(HttpClientAddressResolver addresses, Pseudonyms pseudonyms) {
        this.addresses = addresses;
        this.pseudonyms = pseudonyms;
    }

    String of(HttpRequest<?> request) {
        return "web:" + pseudonyms.of("web-sender", ClientAddress.of(addresses, request));
    }
}
