package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who sent a web chat message, as far as staff need to know: a one-way hash of the client's
 * address, enough to count repeat contacts without storing the address itself.
 */
final class WebSender {

    private WebSender() {
    }

    static String of(HttpRequest<?> request) {
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return "web:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
