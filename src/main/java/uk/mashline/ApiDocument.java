package uk.mashline;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the OpenAPI document ({@code /swagger/mash-advice-line.yml}, Swagger UI at {@code /swagger-ui}):
 * the micronaut-openapi processor writes the operations from the controllers and their javadoc at compile
 * time; Twilio's webhooks come from {@code src/main/openapi}. Annotations only: nothing here runs.
 */
@OpenAPIDefinition(
        info = @Info(title = "MASH Advice Line", version = "0.1.0",
                description = "Web chat, partnership facts and the staff review API of the MASH Advice Line, and the"
                        + " webhooks Twilio calls for texts and calls. Errors are JSON {\"message\": ...} with a 4xx"
                        + " status. Metrics for Prometheus are at /prometheus and health at /health (see the README)."),
        tags = {
                @Tag(name = "Web chat", description = "The public chat: 999 first for immediate risk, every message"
                        + " answered within MASH_TURN_TIME_LIMIT; limited to MASH_WEBCHAT_MESSAGES_PER_MINUTE per client"),
                @Tag(name = "Partnerships", description = "Facts from the partnerships' published documents, each with"
                        + " its source"),
                @Tag(name = "Staff", description = "The review console's API (REVIEWER, ADMIN). A console session cookie"
                        + " or HTTP Basic; a state-changing request from a session also sends its X-CSRF-Token"),
                @Tag(name = "Twilio webhooks", description = "Called by Twilio for each number in a partnership's"
                        + " inboundNumbers. Each request needs a valid X-Twilio-Signature for the URL Twilio called"
                        + " (MASH_PUBLIC_URL behind a proxy): without one, 403 and nothing stored")
        })
@SecurityScheme(name = ApiDocument.STAFF_BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff account's username and password (MASH_BCRYPT_COST applies to each request)")
@SecurityScheme(name = ApiDocument.STAFF_SESSION, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "MASH_SESSION", description = "The console's session cookie, set by signing in at /console/login")
final class ApiDocument {

    static final String STAFF_BASIC = "staffBasic";
    static final String STAFF_SESSION = "staffSession";

    private ApiDocument() {
    }
}
