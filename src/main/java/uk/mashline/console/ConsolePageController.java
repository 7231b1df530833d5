package uk.mashline.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import uk.mashline.console.security.StaffAuthentication;
import uk.mashline.console.security.StaffRole;

import java.net.URI;
import java.util.Map;

/**
 * The console's pages. Open to anyone at the HTTP level: without a console session every
 * page answers with the sign-in form; admin pages answer 403 to reviewers. Data comes from
 * /api/staff, fetched by the pages' scripts.
 */
@Controller("/console")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsolePageController {

    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final ConsolePages pages;

    ConsolePageController(ConsolePages pages) {
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> queue(@Nullable Authentication authentication) {
        return page("queue", authentication, false);
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    HttpResponse<String> login(@Nullable Authentication authentication) {
        if (StaffAuthentication.isSession(authentication)) {
            return HttpResponse.seeOther(URI.create("/console"));
        }
        return loginPage(HttpStatus.OK, null);
    }

    @Get(value = "/conversations/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> conversation(String id, @Nullable Authentication authentication) {
        return page("conversation", authentication, false);
    }

    @Get(value = "/dashboard", produces = MediaType.TEXT_HTML)
    HttpResponse<String> dashboard(@Nullable Authentication authentication) {
        return page("dashboard", authentication, false);
    }

    @Get(value = "/admin/users", produces = MediaType.TEXT_HTML)
    HttpResponse<String> users(@Nullable Authentication authentication) {
        return page("users", authentication, true);
    }

    @Get(value = "/admin/audit", produces = MediaType.TEXT_HTML)
    HttpResponse<String> audit(@Nullable Authentication authentication) {
        return page("audit", authentication, true);
    }

    @Get(value = "/admin/retention", produces = MediaType.TEXT_HTML)
    HttpResponse<String> retention(@Nullable Authentication authentication) {
        return page("retention", authentication, true);
    }

    MutableHttpResponse<String> loginPage(HttpStatus status, String error) {
        return HttpResponse.<String>status(status).contentType(HTML)
                .body(pages.render("login", error == null ? Map.of() : Map.of("error", error)));
    }

    private HttpResponse<String> page(String name, Authentication authentication, boolean adminOnly) {
        if (!StaffAuthentication.isSession(authentication)) {
            return loginPage(HttpStatus.OK, null);
        }
        boolean admin = authentication.getRoles().contains(StaffRole.ADMIN_ROLE);
        String role = admin ? StaffRole.ADMIN_ROLE : StaffRole.REVIEWER_ROLE;
        Map<String, String> values = Map.of("username", authentication.getName(), "role", role,
                "csrf", StaffAuthentication.csrfToken(authentication));
        if (adminOnly && !admin) {
            return HttpResponse.<String>status(HttpStatus.FORBIDDEN).contentType(HTML)
                    .body(pages.render("forbidden", values));
        }
        return HttpResponse.ok(pages.render(name, values)).contentType(HTML);
    }

    static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.getName().equals(MediaType.APPLICATION_FORM_URLENCODED)).orElse(false);
    }
}
