package uk.mashline.channels.webchat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import uk.mashline.console.security.StaffUsers;
import uk.mashline.testsupport.CookieKeepingChat;
import uk.mashline.testsupport.StaffAccountsForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First messages in other languages, through the chat API as a writer would send them. */
@MicronautTest(transactional = false)
class FirstLanguageChatTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StaffUsers users;

    @Test
    void aPolishChildShoutingForHelpGets999FirstInPolish() {
        Map<?, ?> reply = post("west-sussex", "Pomocy");
        assertEquals("IMMEDIATE_RISK", reply.get("route"));
        // the answer first, the rest behind "more" (ReplyBudget): the page shows both
        String text = reply.get("reply") + "\n\n" + reply.get("more");
        assertTrue(text.startsWith("Jeśli dziecku grozi niebezpieczeństwo, zadzwoń teraz pod 999."), text);
        assertTrue(text.contains("tłumacza polskiego") && text.contains("Childline"), text);
        assertEquals("pol", reply.get("language"));
    }

    @Test
    void theConversationKeepsItsLanguageAndStaffCanFilterByIt() {
        CookieKeepingChat browser = new CookieKeepingChat(client);
        Map<?, ?> first = browser.post("north-tyneside", Map.of("text", "Мій чоловік б'є дитину"));
        String id = (String) first.get("conversationId");
        assertEquals("ukr", first.get("language"));
        Map<?, ?> next = browser.post("north-tyneside", Map.of("conversationId", id, "text", "ok"));
        assertEquals("ukr", next.get("language"), "a word of English keeps the interpreter flag");

        StaffAccountsForTests.ensure(users);
        Map<?, ?> page = client.toBlocking().retrieve(StaffAccountsForTests.asReviewer(
                HttpRequest.GET("/api/staff/conversations?partnership=north-tyneside&language=ukr&size=100")), Map.class);
        List<?> rows = (List<?>) page.get("content");
        assertTrue(rows != null, String.valueOf(page));
        assertTrue(rows.stream().anyMatch(r -> id.equals(((Map<?, ?>) r).get("id"))), String.valueOf(page));
        assertTrue(rows.stream().allMatch(r -> "ukr".equals(((Map<?, ?>) r).get("language"))), String.valueOf(page));
        Map<?, ?> english = client.toBlocking().retrieve(StaffAccountsForTests.asReviewer(
                HttpRequest.GET("/api/staff/conversations?partnership=north-tyneside&language=eng&size=100")), Map.class);
        // an empty page leaves "content" out of the JSON
        List<?> englishRows = english.get("content") == null ? List.of() : (List<?>) english.get("content");
        assertTrue(englishRows.stream().noneMatch(r -> id.equals(((Map<?, ?>) r).get("id"))));
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .retrieve(StaffAccountsForTests.asReviewer(HttpRequest.GET("/api/staff/conversations?language=polish")),
                        Map.class));
        assertEquals(400, bad.getStatus().getCode());
    }

    @Test
    void aRomanianMotherWhoseBoyfriendIsHittingHerChildNowGetsImmediateRisk() {
        Map<?, ?> reply = post("medway", "Bună ziua, prietenul meu îl bate pe copilul meu de 5 ani acum");
        assertEquals("IMMEDIATE_RISK", reply.get("route"));
        assertTrue(((String) reply.get("reply")).startsWith("Dacă un copil este în pericol, sunați acum la 999."));
    }

    @Test
    void anUrduMotherIsAnsweredInUrduWithTheMashNumber() {
        Map<?, ?> reply = post("west-sussex", "میرا شوہر میرے بچے کو مار رہا ہے");
        assertEquals("IMMEDIATE_RISK", reply.get("route"));
        String text = (String) reply.get("reply");
        assertTrue(text.startsWith("اگر کوئی بچہ خطرے میں ہے تو ابھی 999"), text);
        assertTrue(text.contains("اردو مترجم"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hola, necesito información sobre ayuda para familias",
            "Здравствуйте, я хочу узнать о помощи семьям", "你好，我想了解家庭支持服务"})
    void withoutDangerTheSafetyLineStillComesInTheWritersLanguageNeverTheEnglishMenu(String text) {
        Map<?, ?> reply = post("sandwell", text);
        // the handoff, or the topic's route where dialogue/first-language-topics.tsv names the topic (facts-44: the Spanish
        // request for family support is early help) - never immediate risk, never the English pipeline's menu
        assertTrue(Set.of("HUMAN_HANDOFF", "EARLY_HELP").contains(reply.get("route")),
                String.valueOf(reply.get("route")));
        String answer = (String) reply.get("reply");
        assertTrue(answer.contains("999"), answer);
        assertFalse(answer.contains("Sorry") || answer.contains("Reply with"), answer);
    }

    @Test
    void englishStillGetsTheEnglishPipeline() {
        Map<?, ?> reply = post("west-sussex", "my dad is hitting me");
        assertEquals("IMMEDIATE_RISK", reply.get("route"));
        assertTrue(((String) reply.get("reply")).startsWith("Call 999 now"));
        assertEquals("eng", reply.get("language"));
        assertFalse(post("west-sussex", "hello").get("route").equals("HUMAN_HANDOFF"));
    }

    private Map<?, ?> post(String partnership, String text) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/chat/" + partnership + "/messages",
                Map.of("text", text)), Map.class);
    }
}
