package uk.mashline.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;

import java.util.Collection;

/**
 * Micronaut Security's filter, on every path but Twilio's webhooks. Those need no sign-in (anonymous by their
 * controllers' {@code @Secured}) and are refused unless Twilio signed them (channels.twilio.TwilioSignatureCheck,
 * which runs before anything is stored); the filter only looked for a session, a token and a Basic header they
 * never carry and then let them through: about 0.15 ms of the event loop's CPU a text under scripts/bench-cpu.
 * <p>
 * Only these exact paths are left out, so nothing new escapes by a prefix: another path under /twilio, the console,
 * the staff API, the chat and everything added later still go through the filter (and CSRF, whose own filter is
 * separate and untouched). A path matches a route only as written, so one of these paths reaches only its webhook.
 */
@Replaces(SecurityFilter.class)
@Requires(property = "micronaut.security.filter.enabled", notEquals = "false", defaultValue = "true")
@Filter(patternStyle = FilterPatternStyle.REGEX, value = SecurityFilterBesideWebhooks.PATTERN)
class SecurityFilterBesideWebhooks extends SecurityFilter implements HttpServerFilter {

    /** Every path but Twilio's six webhooks (SMS, the voice call's three steps, and the two fallbacks). */
    static final String PATTERN =
            "^(?!/twilio/(?:sms|voice|voice/gather|voice/dial-ended|fallback/sms|fallback/voice)$).*$";

    SecurityFilterBesideWebhooks(Collection<SecurityRule<HttpRequest<?>>> securityRules,
                                 Collection<AuthenticationFetcher<HttpRequest<?>>> authenticationFetchers,
                                 SecurityConfiguration securityConfiguration) {
        super(securityRules, authenticationFetchers, securityConfiguration);
    }
}
