package uk.mashline;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The build's class-data-sharing run (see ClassDataSharing) archives the classes it loads. Starting
 * alone it would miss those of a first request and of the MySQL driver (it runs on H2), which a
 * real start then loads from the jar; so it answers a few requests (a text signed with the run's own
 * token, {@code mash.twilio.auth-token}, stored in its in-memory database) and tries the driver first.
 */
final class ArchiveTraining {

    private ArchiveTraining() {
    }

    static void exercise(ApplicationContext context) {
        String base = context.findBean(EmbeddedServer.class).map(s -> "http://127.0.0.1:" + s.getPort()).orElse(null);
        String token = context.getProperty("mash.twilio.auth-token", String.class).orElse("");
        if (base != null) {
            request(base + "/health", null, null);
            request(base + "/chat/west-sussex", null, null);
            if (!token.isBlank()) {
                // a whole turn: signature, classification, conversation, the (in-memory) store, TwiML
                Map<String, String> text = new TreeMap<>(Map.of("From", "+447700900000", "To", "+447700900101",
                        "Body", "I am worried about a child next door", "MessageSid", "SMcdstraining"));
                request(base + "/twilio/sms", form(text), signature(token, base + "/twilio/sms", text));
            }
        }
        try {
            // nothing listens on port 1: the driver loads its settings and protocol classes, then fails
            DriverManager.getConnection("jdbc:mysql://127.0.0.1:1/cds?connectTimeout=500", "cds", "").close();
        } catch (SQLException expected) {
            // the classes are loaded, which is all this was for
        }
    }

    /** Twilio's request signature: HMAC-SHA1 of the URL and the sorted parameters, in Base64. */
    private static String signature(String token, String url, Map<String, String> sorted) {
        StringBuilder data = new StringBuilder(url);
        sorted.forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            return "";
        }
    }

    private static String form(Map<String, String> params) {
        StringBuilder form = new StringBuilder();
        params.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static void request(String url, String form, String signature) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(5000);
            if (form != null) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                c.setRequestProperty("X-Twilio-Signature", signature);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(form.getBytes(StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
        } catch (IOException ignored) {
            // a training request that fails only leaves its classes out of the archive
        }
    }
}
