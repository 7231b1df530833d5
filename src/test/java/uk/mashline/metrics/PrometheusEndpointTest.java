package uk.mashline.metrics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.SharedService;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What a council's Prometheus scrapes: the line's own meters move with a message, and no label gives a person away. */
@SharedService
class PrometheusEndpointTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aWebChatMessageMovesTheMessageCounterOfItsRouteChannelAndPartnership() {
        String series = "mash_messages_total{channel=\"web\",partnership=\"medway\",route=\"immediate_risk\"}";
        String risk = "mash_immediate_risk_replies_total{channel=\"web\",partnership=\"medway\"}";
        String before = scrape();
        Map<?, ?> reply = chat("medway", "my neighbour is hitting his little boy right now");
        assertEquals("IMMEDIATE_RISK", reply.get("route"), String.valueOf(reply));
        String after = scrape();
        assertEquals(value(before, series) + 1, value(after, series), 0.0, series);
        assertEquals(value(before, risk) + 1, value(after, risk), 0.0, risk);
        assertTrue(value(after, "mash_classification_seconds_count") > value(before, "mash_classification_seconds_count"),
                "the classification was timed");
    }

    @Test
    void theScrapeHasTheServerJvmPoolJournalAndTwilioMeters() {
        chat("west-sussex", "hello");
        String text = scrape();
        for (String name : new String[]{"http_server_requests_seconds_count",
                "jvm_memory_used_bytes",
                "jvm_threads_live_threads", "hikaricp_connections_active", "mash_journal_depth",
                "mash_journal_replayed_total{outcome=\"stored\"}", "mash_classification_seconds_bucket",
                "mash_safety_replies_total{channel=\"sms\",partnership=\"sandwell\",reason=\"database\"}",
                "mash_safety_replies_total{channel=\"voice\",partnership=\"sandwell\",reason=\"classifier\"}",
                "mash_twilio_send_failures_total{outcome=\"gave_up\"}"}) {
            assertTrue(text.contains(name), "no " + name + " in the scrape");
        }
        assertEquals(0.0, value(text, "mash_journal_depth"), 0.0, "nothing waits in the journal");
        assertTrue(Pattern.compile("(?m)^http_server_requests_seconds_bucket\\{.*uri=\"/api/chat/\\{partnership}/messages\".*le=\"1.5\"")
                .matcher(text).find(), "the chat API's requests in a bucket of the HTTP histogram");
    }

    @Test
    void noLabelHoldsTheTextTheNumberOrTheConversationId() {
        String text = "my number is 07700 900123 and I am worried about Jasmine Oakley";
        String conversationId = (String) chat("north-tyneside", text).get("conversationId");
        // a path that matches no route must not become a label either
        try {
            client.toBlocking().exchange(HttpRequest.GET("/chat/07700900123"));
        } catch (HttpClientResponseException expected) {
            // 404
        }
        String scrape = scrape();
        // not where the digits run on from a measured value ("1.0770012E-4", "0.907700"): a label holding the number starts it
        // after a quote, a space or a comma (CI on 5 December failed on "07700" inside a value by chance)
        for (String secret : new String[]{conversationId, "07700", "900123", "Jasmine", "Oakley", "worried"}) {
            Matcher found = Pattern.compile("(?<![\\d.])" + Pattern.quote(secret)).matcher(scrape);
            if (found.find()) {
                int from = scrape.lastIndexOf('\n', found.start()) + 1;
                int to = scrape.indexOf('\n', found.start());
                fail("the scrape shows " + secret + " in: " + scrape.substring(from, to < 0 ? scrape.length() : to));
            }
        }
    }

    private String scrape() {
        var response = client.toBlocking().exchange(HttpRequest.GET("/prometheus"), String.class);
        assertEquals(200, response.code());
        assertTrue(response.getContentType().map(MediaType::getName).orElse("").startsWith("text/plain"));
        return response.body();
    }

    private Map<?, ?> chat(String partnership, String text) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/chat/" + partnership + "/messages",
                Map.of("text", text)).contentType(MediaType.APPLICATION_JSON_TYPE), Map.class);
    }

    /** The value of the first series whose line starts with {@code series} (a name, or a name with its labels). */
    static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$").matcher(scrape);
        if (!m.find()) {
            throw new AssertionError("no " + series + " in the scrape");
        }
        return Double.parseDouble(m.group(1));
    }
}
