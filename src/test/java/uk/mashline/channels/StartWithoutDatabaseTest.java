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
 * The service starts while its database is away (a new, empty database behind a TCP proxy that
 * refuses connections), as production starts it: it does not wait for the database. Texts and a
 * call are answered at once with the 999 line and the partnership's numbers and kept in the
 * journal; when the database comes, the schema is migrated, the journal replayed and every turn
 * stored exactly once, and the next text gets real advice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartWithoutDatabaseTest {

    private static final String TOKEN = "start-token";
    private static final String WEST_SUSSEX = "+447700900101";

    private MariaDbTestDatabase db;
    private TcpProxy proxy;
    private EmbeddedServer server;
    private HttpClient client;
    private final TwilioSigner signer = new TwilioSigner(TOKEN);
    private final List<String> sids = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        db = MariaDbTestDatabase.another();
        proxy = new TcpProxy(db.port());
        proxy.refuse();
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + db.name());
        properties.put("datasources.default.username", db.username());
        properties.put("datasources.default.password", db.password());
        properties.put("micronaut.server.port", -1);
        properties.put("mash.twilio.auth-token", TOKEN);
        properties.put("mash.database.startup-wait", "0s");
        properties.put("mash.database.migration-retry", "500ms");
        properties.put("mash.journal.dir", Files.createTempDirectory("mash-journal-").toString());
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        client = HttpClient.create(server.getURL());
    }

    @AfterAll
    void stop() throws Exception {
        client.close();
        server.close();
        proxy.close();
    }

    @Test
    void startsWithoutTheDatabaseAnswersWithTheSafetyReplyAndStoresEverythingWhenItComes() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertSafetyReply(sms("+447700900901", "my stepdad is shouting and I'm scared, message " + i));
        }
        assertSafetyReply(call());
        assertEquals(503, healthStatus(), "health is down until the schema is migrated");

        proxy.restore();
        long deadline = System.currentTimeMillis() + 120_000;
        while ((healthStatus() != 200 || storedOnce() < sids.size()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(200, healthStatus(), "migrated once the database came");
        assertEquals(sids.size(), storedOnce(), "every journalled turn stored exactly once");

        HttpResponse<String> next = client.toBlocking().exchange(sms("+447700900902", "can I speak to a real person please"),
                String.class);
        String safety = server.getApplicationContext().getBean(uk.mashline.dialogue.Wording.class).text("safety.tryAgain");
        assertFalse(next.body().contains(safety), "real advice once the database is back: " + next.body());
        assertEquals(sids.size(), storedOnce());
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM message WHERE channel = 'VOICE'")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1), "the call's turn stored once too");
            }
        }
    }

    // the time limit is DatabaseDownTest's to hold: the first requests of a JVM just started take what
    // a busy machine gives them
    private void assertSafetyReply(HttpRequest<String> request) {
        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
        assertEquals(200, response.code());
        String xml = response.body();
        // a number to ring now after the 999 line: the MASH, or out of hours the emergency duty team (a voice
        // prompt of at most 50 words has room for the 999 line and the first of them, whichever the hour puts first)
        int number = java.util.stream.Stream.of("01403 229900", "0 1 4 0 3, 2 2 9 9 0 0", "0330 222 6664",
                "0 3 3 0, 2 2 2, 6 6 6 4").mapToInt(xml::indexOf).max().orElse(-1);
        assertTrue(xml.contains("999") && number > xml.indexOf("999"), "999 first, then the MASH or the EDT: " + xml);
    }

    private HttpRequest<String> sms(String from, String body) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        sids.add(sid);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("From", from);
        params.put("To", WEST_SUSSEX);
        params.put("Body", body);
        return signed("/twilio/sms", params);
    }

    private HttpRequest<String> call() {
        String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", sid);
        params.put("From", "+447700900903");
        params.put("To", WEST_SUSSEX);
        params.put("SpeechResult", "I need to tell someone about my neighbour's children");
        return signed("/twilio/voice/gather?attempt=0", params);
    }

    private HttpRequest<String> signed(String path, Map<String, String> params) {
        String url = TwilioSigner.PUBLIC_URL + path;
        return HttpRequest.POST(path, TwilioSigner.form(params))
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

    private int storedOnce() throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            int stored = 0;
            for (String sid : sids) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'IN'")) {
                    ps.setString(1, sid);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        stored += rs.getInt(1) == 1 ? 1 : 0;
                    }
                }
            }
            return stored;
        } catch (java.sql.SQLException notYetMigrated) {
            return 0;
        }
    }
}
