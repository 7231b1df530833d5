package uk.mashline.dialogue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.MariaDbTestDatabase;
import uk.mashline.testsupport.SettableClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two service instances on different ports and one MariaDB database: the turns of one
 * conversation alternate between them and the outcome is the same as on one instance, because
 * nothing about a conversation is kept in memory between turns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final List<String> TURNS = List.of(
            "I'm a social worker and I want to escalate a disagreement with another agency's decision",
            "the health visiting service decided not to increase visits",
            "yes we spoke last week",
            "stage 2",
            "23/03/2027",
            "she has just told me he is coming round tonight with a knife");

    private EmbeddedServer first;
    private EmbeddedServer second;

    @BeforeAll
    void start() {
        first = instance();
        second = instance();
        assertTrue(first.getPort() != second.getPort());
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void alternatingInstancesGiveTheSameConversationAsOne() {
        List<Map<String, Object>> alternating = converse(List.of(first, second));
        List<Map<String, Object>> single = converse(List.of(first));
        assertEquals(TURNS.size(), alternating.size());
        for (int i = 0; i < TURNS.size(); i++) {
            assertEquals(single.get(i).get("route"), alternating.get(i).get("route"), "turn " + (i + 1));
            assertEquals(single.get(i).get("reply"), alternating.get(i).get("reply"), "turn " + (i + 1));
        }
        assertTrue((alternating.get(4).get("reply") + " " + alternating.get(4).get("more")).contains("Thursday 1 April 2027"));
        assertEquals("IMMEDIATE_RISK", alternating.get(5).get("route"));
        assertEquals(alternating.get(0).get("conversationId"), alternating.get(5).get("conversationId"));
    }

    private List<Map<String, Object>> converse(List<EmbeddedServer> servers) {
        List<Map<String, Object>> replies = new ArrayList<>();
        String conversationId = null;
        // one browser: the conversation's cookie goes to whichever instance takes the turn
        CookieKeepingChat browser = new CookieKeepingChat(null);
        for (int i = 0; i < TURNS.size(); i++) {
            EmbeddedServer server = servers.get(i % servers.size());
            Map<String, Object> body = new HashMap<>();
            body.put("text", TURNS.get(i));
            if (conversationId != null) {
                body.put("conversationId", conversationId);
            }
            try (HttpClient client = HttpClient.create(server.getURL())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> reply = (Map<String, Object>) browser.post(client, "sandwell", body);
                replies.add(reply);
                conversationId = (String) reply.get("conversationId");
            }
        }
        return replies;
    }

    private static EmbeddedServer instance() {
        Map<String, Object> properties = new HashMap<>(MariaDbTestDatabase.get().datasourceProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("mash.journal.dir", "target/two-instances-journal-" + System.nanoTime());
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        server.getApplicationContext().getBean(SettableClock.class).set(Instant.parse("2027-03-24T10:00:00Z"));
        return server;
    }
}
