package uk.mashline.console;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.mashline.testsupport.SharedService;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages' templates: values are HTML-escaped, every page shares the layout's head, no inline script. */
@SharedService
class ConsolePagesTest {

    @Inject
    TemplateEngine templates;

    @Test
    void valuesAreEscaped() {
        String html = templates.process("console/login", new Context(Locale.UK, Map.of("error", "<b>\"x\"&'")));
        assertTrue(html.contains("&lt;b&gt;&quot;x&quot;&amp;&#39;"), html);
        assertFalse(html.contains("<b>\"x\""), html);
    }

    @Test
    void everyPageHasTheLayoutsHeadAndNoInlineScriptOrStyle() {
        Map<String, Object> session = Map.of("username", "reviewer.test", "role", "REVIEWER", "csrf", "a".repeat(64));
        for (String page : new String[] {"console/queue", "console/conversation", "console/dashboard", "console/users",
                "console/audit", "console/retention", "console/forbidden", "console/login", "chat/chat", "chat/chat-choose"}) {
            boolean console = page.startsWith("console/") && !page.equals("console/login");
            String html = templates.process(page, new Context(Locale.UK, console ? session : Map.of()));
            assertTrue(html.startsWith("<!"), page);
            assertEquals(1, count(html, "<meta charset=\"utf-8\">"), page);
            assertEquals(1, count(html, "<title>"), page);
            assertEquals(1, count(html, "<body"), page);
            assertFalse(html.contains("th:"), page + " leaves no template attribute behind");
            assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page + " has an inline script");
            assertFalse(html.contains("<style") || html.contains(" style="), page + " has inline style");
            assertEquals(console, html.contains("<meta name=\"csrf-token\" content=\"" + "a".repeat(64) + "\">"), page);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
