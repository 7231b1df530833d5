package uk.mashline.console;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.views.ModelAndView;
import uk.mashline.console.security.ConsoleSecuritySettings;
import uk.mashline.console.security.SessionStage;
import uk.mashline.console.security.StaffAuthentication;
import uk.mashline.console.security.StaffRole;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The console's pages (templates in views/console, in the one layout). Open to anyone at the HTTP
 * level: without a console session every page answers with the sign-in form; admin pages answer 403
 * to reviewers. The templates get only the signed-in user, their role and the session's CSRF token
 * (and, on the sign-in form, an error); data comes from /api/staff, fetched by the pages' scripts.
 */
@Controller("/console")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsolePageController {

    private final ConsoleSecuritySettings settings;

    ConsolePageController(ConsoleSecuritySettings settings) {
        this.settings = settings;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> queue(@Nullable Authentication authentication) {
        return page("queue", authentication, false);
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    HttpResponse<?> login(@Nullable Authentication authentication) {
        if (StaffAuthentication.isSession(authentication) || StaffAuthentication.isPending(authentication)) {
            return HttpResponse.seeOther(URI.create("/console"));
        }
        return loginPage(HttpStatus.OK, null);
    }

    @Get(value = "/conversations/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> conversation(String id, @Nullable Authentication authentication) {
        return page("conversation", authentication, false);
    }

    @Get(value = "/dashboard", produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(@Nullable Authentication authentication) {
        return page("dashboard", authentication, false);
    }

    @Get(value = "/account", produces = MediaType.TEXT_HTML)
    HttpResponse<?> account(@Nullable Authentication authentication) {
        return page("account", authentication, false);
    }

    @Get(value = "/admin/users", produces = MediaType.TEXT_HTML)
    HttpResponse<?> users(@Nullable Authentication authentication) {
        return page("users", authentication, true);
    }

    @Get(value = "/admin/audit", produces = MediaType.TEXT_HTML)
    HttpResponse<?> audit(@Nullable Authentication authentication) {
        return page("audit", authentication, true);
    }

    @Get(value = "/admin/retention", produces = MediaType.TEXT_HTML)
    HttpResponse<?> retention(@Nullable Authentication authentication) {
        return page("retention", authentication, true);
    }

    MutableHttpResponse<?> loginPage(HttpStatus status, @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("error", error);
        return html(status, "login", model);
    }

    private MutableHttpResponse<?> page(String name, @Nullable Authentication authentication, boolean adminOnly) {
        if (StaffAuthentication.isPending(authentication)) {
            // the right password, the second factor (or its set-up) still to come: that page, whatever was asked for
            Map<String, Object> model = Map.of("username", authentication.getName(),
                    "csrf", StaffAuthentication.csrfToken(authentication));
            return html(HttpStatus.OK, StaffAuthentication.stage(authentication) == SessionStage.ENROL ? "enrol" : "second-factor", model);
        }
        if (!StaffAuthentication.isSession(authentication)) {
            return loginPage(HttpStatus.OK, null);
        }
        boolean admin = authentication.getRoles().contains(StaffRole.ADMIN_ROLE);
        Map<String, Object> model = Map.of("username", authentication.getName(),
                "role", admin ? StaffRole.ADMIN_ROLE : StaffRole.REVIEWER_ROLE,
                "csrf", StaffAuthentication.csrfToken(authentication),
                "minPasswordLength", settings.minPasswordLength());
        if (adminOnly && !admin) {
            return html(HttpStatus.FORBIDDEN, "forbidden", model);
        }
        return html(HttpStatus.OK, name, model);
    }

    private static MutableHttpResponse<?> html(HttpStatus status, String page, Map<String, Object> model) {
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>("console/" + page, model));
    }
}
