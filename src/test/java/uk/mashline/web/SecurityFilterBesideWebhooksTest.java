package uk.mashline.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.MediaType;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Collection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The security filter leaves out Twilio's six webhooks and nothing else; what it guards stays guarded. */
@MicronautTest(transactional = false)
class SecurityFilterBesideWebhooksTest {

    @Inject
    ApplicationContext context;

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void oneSecurityFilterRunsAndItIsThisOne() {
        Collection<SecurityFilter> filters = context.getBeansOfType(SecurityFilter.class);
        assertEquals(1, filters.size());
        assertInstanceOf(SecurityFilterBesideWebhooks.class, filters.iterator().next());
        // its own pattern alone, as a regex: not merged with the replaced filter's "/**"
        AnnotationMetadata filter = context.getBeanDefinition(SecurityFilterBesideWebhooks.class).getAnnotationMetadata();
        assertArrayEquals(new String[] {SecurityFilterBesideWebhooks.PATTERN}, filter.stringValues(Filter.class));
        assertEquals(FilterPatternStyle.REGEX,
                filter.enumValue(Filter.class, "patternStyle", FilterPatternStyle.class).orElseThrow());
    }

    @Test
    void onlyTheWebhooksThemselvesAreLeftOut() {
        for (String webhook : new String[] {"/twilio/sms", "/twilio/voice", "/twilio/voice/gather",
                "/twilio/voice/dial-ended", "/twilio/fallback/sms", "/twilio/fallback/voice"}) {
            assertFalse(filtered(webhook), webhook);
        }
        for (String guarded : new String[] {"/", "/console", "/console/dashboard", "/api/staff/conversations",
                "/api/chat/west-sussex/messages", "/health", "/prometheus", "/twilio", "/twilio/", "/twilio/sms/",
                "/twilio/smsx", "/twilio/sms/../../console/dashboard", "/twilio/other", "/twilio/voice/gather/x",
                "//twilio/sms", "/console/twilio/sms", "/TWILIO/SMS"}) {
            assertTrue(filtered(guarded), guarded);
        }
    }

    @Test
    void theRouterLeavesItOutOfTheWebhooksAlone() {
        assertFalse(securityFiltered(HttpRequest.POST("/twilio/sms", "")));
        assertFalse(securityFiltered(HttpRequest.POST("/twilio/voice/gather", "")));
        assertTrue(securityFiltered(HttpRequest.POST("/twilio/sms/", "")));
        assertTrue(securityFiltered(HttpRequest.GET("/api/staff/conversations")));
        assertTrue(securityFiltered(HttpRequest.POST("/console/logout", "")));
        assertTrue(securityFiltered(HttpRequest.POST("/api/chat/west-sussex/messages", "")));
    }

    // the router's filters for a request name the filter bean they wrap
    private boolean securityFiltered(HttpRequest<?> request) {
        return router.findFilters(request).stream()
                .anyMatch(f -> f.toString().contains(SecurityFilterBesideWebhooks.class.getSimpleName()));
    }

    @Test
    void theStaffApiStillRefusesStrangers() {
        for (String path : new String[] {"/api/staff/conversations", "/api/staff/dashboard", "/api/staff/users"}) {
            HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET(path)), path);
            assertEquals(401, refused.getStatus().getCode(), path);
        }
        // a state-changing request without a session is refused as well
        HttpClientResponseException post = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/staff/users", "{}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE)));
        assertTrue(post.getStatus().getCode() == 401 || post.getStatus().getCode() == 403,
                String.valueOf(post.getStatus().getCode()));
    }

    @Test
    void aWebhookStillNeedsTwilioSignature() {
        HttpClientResponseException unsigned = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/twilio/sms", "From=%2B447700900000&Body=hi")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        // refused: no token configured here (503) or no signature (403); never answered
        assertTrue(unsigned.getStatus().getCode() == 403 || unsigned.getStatus().getCode() == 503,
                String.valueOf(unsigned.getStatus().getCode()));
    }

    private static boolean filtered(String path) {
        return PathMatcher.REGEX.matches(SecurityFilterBesideWebhooks.PATTERN, path);
    }
}
