package uk.mashline.dialogue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.SettableClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conversation tests as data (like Rasa's test stories): each script in
 * src/test/resources/conversations is typed into the web chat API turn by turn, at a fixed
 * time, and each reply is checked for its route and the key facts it must state.
 */
@MicronautTest(transactional = false)
class ConversationScriptsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SettableClock clock;

    @TestFactory
    Stream<DynamicTest> scriptedConversations() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource("conversations");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path file : files.sorted().toList()) {
                for (Map<String, Object> script : load(file)) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + script.get("name"),
                            () -> replay(script)));
                }
            }
        }
        assertTrue(tests.size() >= 20, "expected the conversation scripts, found " + tests.size());
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private void replay(Map<String, Object> script) {
        Object at = script.get("at");
        clock.set(at instanceof java.util.Date date ? date.toInstant() : Instant.parse(String.valueOf(at)));
        String partnership = (String) script.get("partnership");
        String conversationId = null;
        CookieKeepingChat browser = new CookieKeepingChat(client);
        StringBuilder transcript = new StringBuilder();
        int n = 0;
        for (Map<String, Object> turn : (List<Map<String, Object>>) script.get("turns")) {
            n++;
            Map<String, Object> body = new HashMap<>();
            body.put("text", turn.get("say"));
            if (conversationId != null) {
                body.put("conversationId", conversationId);
            }
            Map<String, Object> reply = (Map<String, Object>) browser.post(partnership, body);
            conversationId = (String) reply.get("conversationId");
            // the answer first and the rest behind "more": a fact may be in either; the first line is the answer's
            String more = (String) reply.get("more");
            String text = (String) reply.get("reply") + (more == null || more.isEmpty() ? "" : "\n\n" + more);
            transcript.append("\n> ").append(turn.get("say")).append("\n[").append(reply.get("route")).append(" ")
                    .append(reply.get("intent")).append("] ").append(text.replace("\n\n", " / "));
            String where = script.get("name") + ", turn " + n + " (\"" + turn.get("say") + "\"):\n" + text
                    + "\n--- transcript:" + transcript;
            if (turn.containsKey("route")) {
                assertEquals(turn.get("route"), reply.get("route"), where);
            }
            if (turn.containsKey("firstLine")) {
                assertTrue(text.lines().findFirst().orElse("").contains((String) turn.get("firstLine")), where);
            }
            for (String expected : (List<String>) turn.getOrDefault("contains", List.of())) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in " + where);
            }
            // what the first screen must show, not only "more": the question a flow asks, a child's 999 and Childline
            for (String shown : (List<String>) turn.getOrDefault("shown", List.of())) {
                assertTrue(((String) reply.get("reply")).contains(shown), "not shown before \"more\": \"" + shown
                        + "\" in " + where);
            }
            for (String unexpected : (List<String>) turn.getOrDefault("notContains", List.of())) {
                assertFalse(text.contains(unexpected), "unexpected \"" + unexpected + "\" in " + where);
            }
            if (Boolean.TRUE.equals(turn.get("sourced"))) {
                assertFalse(((List<?>) reply.get("sources")).isEmpty(), "no sources for " + where);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Object doc = new Yaml().load(in);
            return (List<Map<String, Object>>) ((Map<String, Object>) doc).get("conversations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
