package uk.mashline.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Posts to the service's Twilio webhooks as Twilio does: form-encoded and signed with the auth token. */
public final class SignedTwilio {

    private final HttpClient client;
    private final EmbeddedServer server;
    private final TwilioSigner signer;

    private final String publicUrl;

    public SignedTwilio(HttpClient client, EmbeddedServer server, String authToken) {
        this(client, server, authToken, TwilioSigner.PUBLIC_URL);
    }

    /** @param publicUrl the MASH_PUBLIC_URL the service checks signatures against */
    public SignedTwilio(HttpClient client, EmbeddedServer server, String authToken, String publicUrl) {
        this.publicUrl = publicUrl;
        this.client = client;
        this.server = server;
        this.signer = new TwilioSigner(authToken);
    }

    /** A text from {@code from} to the partnership number {@code to}; returns the TwiML answer. */
    public String sms(String sid, String from, String to, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
        params.put("NumMedia", "0");
        return post("/twilio/sms", params);
    }

    public static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Any webhook, signed; returns the TwiML answer. */
    public String post(String pathAndQuery, Map<String, String> params) {
        String url = publicUrl + pathAndQuery;
        var request = HttpRequest.POST(pathAndQuery, TwilioSigner.form(params))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Host", "localhost:" + server.getPort())
                .header("X-Twilio-Signature", signer.sign(url, params));
        return client.toBlocking().retrieve(request, String.class);
    }
}
