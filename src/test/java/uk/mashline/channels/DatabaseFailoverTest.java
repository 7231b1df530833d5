package uk.mashline.channels;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.testsupport.MariaDbTestDatabase;
import uk.mashline.testsupport.TcpProxy;
import uk.mashline.testsupport.TwilioSigner;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster node dies under the instance: the service lists two hosts in its JDBC URL (two TCP
 * proxies on loopback in front of one MariaDB, standing for two nodes of a cluster), and the first,
 * the one it writes to, stops taking connections in the middle of a stream of signed texts. The
 * texts after it are answered with real advice, not the safety reply: the pool drops the dead
 * connections, the driver opens new ones on the second host, writable, and the turn is written
 * there. Every text is stored exactly once.
 * <p>
 * The turn's time limit is raised so that a slow machine cannot give the safety reply for this test:
 * only a failover that did not happen can.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFailoverTest {

    private static final String TOKEN = "failover-token";
    private static final String WEST_SUSSEX = "+447700900101";

    private TcpProxy first;
    private TcpProxy second;
    private EmbeddedServer server;
    private HttpClient client;
    private String safetySentence;
    private final TwilioSigner signer = new TwilioSigner(TOKEN);
    private final List<String> sids = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        MariaDbTestDatabase db = MariaDbTestDatabase.get();
        first = new TcpProxy(db.port());
        second = new TcpProxy(db.port());
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:mysql://127.0.0.1:" + first.port() + ",127.0.0.1:"
                + second.port() + "/" + db.name());
        properties.put("datasources.default.username", db.username());
        properties.put("datasources.default.password", db.password());
        properties.put("micronaut.server.port", -1);
        properties.put("mash.twilio.auth-token", TOKEN);
        properties.put("mash.dialogue.turn-time-limit", "20s");
        properties.put("mash.journal.dir", Files.createTempDirectory("mash-journal-").toString());
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        client = HttpClient.create(server.getURL());
        safetySentence = server.getApplicationContext().getBean(uk.mashline.dialogue.Wording.class).text("safety.tryAgain");
    }

    @AfterAll
    void stop() throws Exception {
        client.close();
        server.close();
        first.close();
        second.close();
    }

    @Test
    void whenTheNodeItWritesToDiesTheInstanceWritesToAnotherAndAnswersInFull() throws Exception {
        List<String> senders = List.of("+447700900801", "+447700900802", "+447700900803");
        for (String sender : senders) {
            assertRealAdvice(sms(sender, "can I speak to a real person please"));
        }
        first.refuse();
        for (int round = 0; round < 2; round++) {
            for (String sender : senders) {
                assertRealAdvice(sms(sender, "I want to make a complaint about how my referral was handled"));
            }
        }
        assertEquals(200, healthStatus(), "the instance is healthy on the surviving host");
        try (Connection c = DriverManager.getConnection(MariaDbTestDatabase.get().url(),
                MariaDbTestDatabase.get().username(), MariaDbTestDatabase.get().password())) {
            for (String sid : sids) {
                assertEquals(1, count(c, "SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'IN'", sid),
                        "message " + sid + " stored exactly once");
                assertEquals(1, count(c, "SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'OUT'", sid),
                        "reply to " + sid + " stored exactly once");
                assertEquals(0, count(c, "SELECT COUNT(*) FROM message WHERE external_id = ? AND rule = 'database-unavailable'",
                        sid), "stored by its own turn, not from the journal");
            }
        }
    }

    private void assertRealAdvice(HttpRequest<String> request) {
        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
        assertEquals(200, response.code());
        String xml = response.body();
        assertTrue(xml.contains("<Message>"), xml);
        assertFalse(xml.contains(safetySentence), "answered with the safety reply: the instance did not fail over");
    }

    private HttpRequest<String> sms(String from, String body) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        sids.add(sid);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("From", from);
        params.put("To", WEST_SUSSEX);
        params.put("Body", body);
        String url = TwilioSigner.PUBLIC_URL + "/twilio/sms";
        return HttpRequest.POST("/twilio/sms", TwilioSigner.form(params))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Host", "localhost:" + server.getPort())
                .header("X-Twilio-Signature", signer.sign(url, params));
    }

    private int healthStatus() {
        try {
            return client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static int count(Connection c, String sql, String value) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
