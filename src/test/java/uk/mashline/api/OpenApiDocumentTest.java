package uk.mashline.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import uk.mashline.testsupport.SharedService;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API document an integrator reads: served, complete, and Swagger UI's page runs under the CSP. */
@SharedService
class OpenApiDocumentTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Test
    void everyApiRouteAndWebhookIsInTheDocument() {
        Map<String, Object> paths = paths();
        // HEAD is Micronaut's own twin of every GET
        List<String> routes = router.uriRoutes().filter(r -> !"HEAD".equals(r.getHttpMethodName()))
                .map(OpenApiDocumentTest::operation)
                .filter(op -> op.contains(" /api/") || op.contains(" /twilio/")).distinct().toList();
        assertTrue(routes.size() > 20, "the API has its routes: " + routes);
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            Object item = paths.get(path);
            assertTrue(item instanceof Map<?, ?> m && m.containsKey(method), route + " is not in the document");
        }
    }

    @Test
    void theChatOperationDescribesItsBodyAndTheWebhooksTheirFormFields() {
        Map<?, ?> chat = (Map<?, ?>) ((Map<?, ?>) paths().get("/api/chat/{partnership}/messages")).get("post");
        assertTrue(String.valueOf(chat.get("requestBody")).contains("ChatRequest"), String.valueOf(chat));
        assertEquals(List.of("Web chat"), chat.get("tags"));
        Map<?, ?> sms = (Map<?, ?>) ((Map<?, ?>) paths().get("/twilio/sms")).get("post");
        assertTrue(String.valueOf(sms.get("requestBody")).contains("TwilioSmsForm"), String.valueOf(sms));
        String document = document();
        for (String field : List.of("MessageSid", "SpeechResult", "X-Twilio-Signature", "ChatResponse")) {
            assertTrue(document.contains(field), "the document names " + field);
        }
        assertFalse(paths().containsKey("/console/login"), "console pages are not API");
    }

    @Test
    void swaggerUiIsAPageWhoseScriptsAreFilesNotInline() {
        String page = client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"));
        assertTrue(page.contains("swagger-initializer.js"), page);
        assertFalse(page.matches("(?s).*<script>.*"), "no inline script: the CSP would refuse it");
        for (String asset : List.of("/swagger-ui/res/swagger-ui-bundle.js", "/swagger-ui/res/swagger-ui.css",
                "/swagger-ui/swagger-initializer.js")) {
            assertEquals(200, client.toBlocking().exchange(HttpRequest.GET(asset), byte[].class).code(), asset);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> paths() {
        Map<String, Object> doc = new Yaml().load(document());
        return (Map<String, Object>) doc.get("paths");
    }

    private String document() {
        return client.toBlocking().retrieve(HttpRequest.GET("/swagger/mash-advice-line.yml"));
    }

    private static String operation(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }
}
