package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.channels.ClientError;
import uk.mashline.dialogue.ChatBinding;
import uk.mashline.web.TrustedProxies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A web chat conversation belongs to the browser that started it: the first reply sets a secret in an
 * HttpOnly, SameSite=Strict cookie (scripts cannot read it, other sites cannot send it), and the
 * conversation keeps only the secret's hash. A request without the secret is answered as if the
 * conversation did not exist (404), so an id alone reveals nothing. The chat page, and any client that
 * keeps cookies, sends it without knowing.
 */
@Singleton
class ChatClients {

    private static final Logger LOG = LoggerFactory.getLogger(ChatClients.class);
    static final String COOKIE_PREFIX = "mash_chat_";
    static final String NOT_FOUND = "no such conversation";

    private final ChatBinding bindings;
    private final SecureRandom random = new SecureRandom();
    private final TrustedProxies proxies;

    ChatClients(ChatBinding bindings, TrustedProxies proxies) {
        this.bindings = bindings;
        this.proxies = proxies;
    }

    /** Binds a conversation just started to a new secret; the cookie to send, or empty if it could not be bound. */
    Optional<Cookie> bindNew(String conversationId, HttpRequest<?> request) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            if (!bindings.bind(conversationId, hash(secret))) {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            // the reply (999 first where needed) still goes out; the page starts a new conversation next time
            LOG.warn("web chat conversation not bound to its browser: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
        return Optional.of(Cookie.of(COOKIE_PREFIX + conversationId, secret)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .path("/api/chat")
                // Secure by the service's one rule: TLS, or a trusted proxy's X-Forwarded-Proto
                .secure(proxies.isHttps(request)));
    }

    /** @throws ClientError 404 unless the request carries the conversation's secret */
    void requireBound(String conversationId, HttpRequest<?> request) {
        Optional<String> secret = request.getCookies().findCookie(COOKIE_PREFIX + conversationId).map(Cookie::getValue);
        Optional<String> bound = bindings.boundHash(conversationId);
        if (secret.isEmpty() || bound.isEmpty() || bound.get() == null
                || !MessageDigest.isEqual(hash(secret.get()).getBytes(StandardCharsets.US_ASCII),
                        bound.get().getBytes(StandardCharsets.US_ASCII))) {
            throw new ClientError(404, NOT_FOUND);
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
