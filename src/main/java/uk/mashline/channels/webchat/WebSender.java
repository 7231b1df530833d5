package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import uk.mashline.web.ClientAddress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who sent a web chat message, as far as staff need to know: a one-way hash of the client's
 * address (as {@link ClientAddress} resolves it), enough to count repeat contacts without storing
 * the address itself.
 */
@Singleton
class WebSender {

    private final HttpClientAddressResolver addresses;

    WebSender(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    String of(HttpRequest<?> request) {
        String address = ClientAddress.of(addresses, request);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return "web:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
