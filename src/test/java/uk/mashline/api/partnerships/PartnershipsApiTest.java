package uk.mashline.api.partnerships;

import io.micronaut.context.annotation.Factory;
import uk.mashline.testsupport.SettableClock;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.testsupport.SharedService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public partnership API, over real HTTP, at a fixed time: Tuesday 14 July 2026, 10:00 BST. */
@SharedService
class PartnershipsApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SettableClock clock;

    @org.junit.jupiter.api.BeforeEach
    void fixTheClock() {
        clock.set(Instant.parse("2026-07-14T09:00:00Z"));
    }

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri) {
        return http().retrieve(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class));
    }

    private HttpClientResponseException error(String uri) {
        return assertThrows(HttpClientResponseException.class,
                () -> http().exchange(HttpRequest.GET(uri), Argument.mapOf(String.class, Object.class)));
    }

    private static String message(HttpClientResponseException e) {
        return String.valueOf(e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow().get("message"));
    }

    @Test
    void listsEveryPartnershipWithoutLogin() {
        List<Map<String, Object>> list = http().retrieve(HttpRequest.GET("/api/partnerships"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(List.of("west-sussex", "medway", "sandwell", "north-tyneside", "lscb-model"),
                list.stream().map(m -> m.get("id")).toList());
        assertEquals("Sandwell Children's Safeguarding Partnership", list.get(2).get("name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void detailHasContactsHoursLevelsAndSources() {
        Map<String, Object> westSussex = get("/api/partnerships/west-sussex");
        assertTrue(String.valueOf(westSussex.get("asOf")).startsWith("2026-07-14T10:00"), "fixed clock, BST: " + westSussex.get("asOf"));
        List<Map<String, Object>> contacts = (List<Map<String, Object>>) westSussex.get("contacts");
        Map<String, Object> mash = contacts.get(0);
        assertEquals("MASH", mash.get("kind"));
        assertEquals("01403 229900", mash.get("phone"));
        assertEquals("000_5ce69ac0e9b28778.txt", ((Map<String, Object>) mash.get("source")).get("document"));
        Map<String, Object> earlyHelpSouth = contacts.stream().filter(c -> "South".equals(c.get("area"))).findFirst().orElseThrow();
        Map<String, Object> hours = (Map<String, Object>) earlyHelpSouth.get("hours");
        assertEquals("9am–5pm Monday to Friday", hours.get("description"));
        assertEquals(true, hours.get("openNow"));
        Map<String, Object> fallback = contacts.stream().filter(c -> "OUT_OF_HOURS_FALLBACK".equals(c.get("kind"))).findFirst().orElseThrow();
        assertEquals(false, fallback.get("acceptsTexts"));
        assertNull(((Map<String, Object>) fallback.get("hours")).get("openNow"), "hours not stated: open-now is unknown");
        List<Map<String, Object>> levels = (List<Map<String, Object>>) westSussex.get("levelsOfNeed");
        assertEquals(4, levels.size());
        assertEquals("Safeguarding/Specialist Needs", levels.get(3).get("name"));

        Map<String, Object> medway = get("/api/partnerships/medway");
        Map<String, Object> level3 = ((List<Map<String, Object>>) medway.get("levelsOfNeed")).get(2);
        assertTrue(((Map<String, Object>) level3.get("indicators")).containsKey("Parents & Carers"));
    }

    @Test
    void unknownPartnershipIs404WithAMessage() {
        for (String uri : List.of("/api/partnerships/kent", "/api/partnerships/kent/escalation-policy",
                "/api/partnerships/kent/escalation-policy/deadline?stage=1&raisedOn=2026-03-02")) {
            HttpClientResponseException e = error(uri);
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), uri);
            assertTrue(message(e).contains("kent"), message(e));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void northTynesidePolicyShowsFourStagesAndAnyoneMayEscalate() {
        Map<String, Object> policy = get("/api/partnerships/north-tyneside/escalation-policy");
        assertEquals("north-tyneside", policy.get("partnership"));
        assertEquals("ANYONE_IN_CHILDS_NETWORK", ((Map<String, Object>) policy.get("whoMayEscalate")).get("audience"));
        List<Map<String, Object>> stages = (List<Map<String, Object>>) policy.get("stages");
        assertEquals(List.of(1, 2, 3, 4), stages.stream().map(s -> s.get("number")).toList());
        assertNull(stages.get(0).get("workingDays"));
        assertTrue(String.valueOf(stages.get(0).get("notStated")).contains("not in this document"));
        // whom to contact is the policy's contact, given once, not repeated in each stage's note
        assertTrue(String.valueOf(policy.get("pointOfContact")).contains("0191 643 7366"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sandwellPolicyHasStagesWithLimitsAndRecords() {
        Map<String, Object> policy = get("/api/partnerships/sandwell/escalation-policy");
        List<Map<String, Object>> stages = (List<Map<String, Object>>) policy.get("stages");
        assertEquals(List.of(3, 5, 5, 7), stages.stream().map(s -> s.get("workingDays")).toList());
        assertEquals(List.of(3, 8, 13, 20), stages.stream().map(s -> s.get("cumulativeWorkingDays")).toList());
        assertTrue(String.valueOf(stages.get(1).get("mustRecord")).contains("escalation template"));
        assertTrue(String.valueOf(stages.get(3).get("timescaleMeans")).contains("convenes a meeting"));
        assertTrue(String.valueOf(((Map<String, Object>) policy.get("doNotDelayRule")).get("text")).contains("inaction"));
        assertEquals("PROFESSIONALS_ONLY", ((Map<String, Object>) policy.get("whoMayEscalate")).get("audience"));
    }

    @ParameterizedTest(name = "{0} stage {1} raised {2} due {3}")
    @CsvSource({
            "sandwell, 2, 2025-12-23, 2026-01-02, 3",
            "sandwell, 1, 2026-04-02, 2026-04-09, 2",
            "medway, 1, 2026-05-22, 2026-06-01, 2",
            "medway, 3, 2025-12-24, 2026-01-05, 4",
    })
    @SuppressWarnings("unchecked")
    void deadlineCountsWorkingDays(String id, int stage, String raisedOn, String dueBy, String nextStage) {
        Map<String, Object> deadline = get("/api/partnerships/" + id + "/escalation-policy/deadline?stage=" + stage
                + "&raisedOn=" + raisedOn);
        assertEquals(stage, deadline.get("stage"));
        assertEquals(raisedOn, deadline.get("raisedOn"));
        assertEquals(dueBy, deadline.get("dueBy"));
        Map<String, Object> next = (Map<String, Object>) deadline.get("nextStage");
        if (nextStage.isEmpty()) {
            assertNull(next);
        } else {
            assertEquals(Integer.parseInt(nextStage), next.get("number"));
        }
    }

    @Test
    void aStageWithNoStatedLimitHasNoDueDateAndSaysSo() {
        Map<String, Object> deadline = get("/api/partnerships/north-tyneside/escalation-policy/deadline?stage=3&raisedOn=2026-03-02");
        assertTrue(deadline.containsKey("dueBy"), "dueBy is present as an explicit null: " + deadline);
        assertNull(deadline.get("dueBy"));
        assertNull(deadline.get("workingDays"));
        assertTrue(String.valueOf(deadline.get("note")).contains("not in this document"), String.valueOf(deadline.get("note")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sandwell/escalation-policy/deadline?raisedOn=2026-03-02 | stage",
            "sandwell/escalation-policy/deadline?stage=two&raisedOn=2026-03-02 | two",
            "sandwell/escalation-policy/deadline?stage=5&raisedOn=2026-03-02 | 4 stages",
            "sandwell/escalation-policy/deadline?stage=0&raisedOn=2026-03-02 | stage 0",
            "sandwell/escalation-policy/deadline?stage=-1&raisedOn=2026-03-02 | -1",
            "sandwell/escalation-policy/deadline?stage=1 | raisedOn",
            "sandwell/escalation-policy/deadline?stage=1&raisedOn=2026-02-30 | 2026-02-30",
            "sandwell/escalation-policy/deadline?stage=1&raisedOn=02/03/2026 | YYYY-MM-DD",
            "sandwell/escalation-policy/deadline?stage=1&raisedOn=2035-01-01 | outside",
            "medway/escalation-policy/deadline?stage=3&raisedOn=2028-12-28 | outside",
            "west-sussex/escalation-policy/deadline?stage=1&raisedOn=2026-03-02 | no escalation stages"
    })
    void badStageOrDateIs400WithAMessage(String path, String expectedInMessage) {
        HttpClientResponseException e = error("/api/partnerships/" + path);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), path);
        assertTrue(message(e).contains(expectedInMessage), message(e));
    }

    @Test
    void responsesAreJson() {
        HttpResponse<String> response = http().exchange(HttpRequest.GET("/api/partnerships/medway"), String.class);
        assertEquals("application/json", response.getContentType().orElseThrow().getName());
    }
}
