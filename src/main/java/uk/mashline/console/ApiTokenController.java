package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.console.security.ApiError;
import uk.mashline.console.security.ApiTokens;
import uk.mashline.console.security.StaffAuthentication;
import uk.mashline.console.security.StaffRole;

import java.util.List;

/**
 * Personal API tokens: any member of staff lists, makes (only when signed in to the console, so a
 * token cannot breed tokens and the second factor, where required, has been given) and revokes their
 * own; an administrator may revoke anyone's by id.
 */
@Controller("/api/staff/tokens")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiTokenController {

    @Serdeable
    record NewToken(@Nullable String name) {
    }

    private final ApiTokens tokens;
    private final MessageSource messages;

    ApiTokenController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @Get
    List<ApiTokens.TokenView> list(Authentication authentication) {
        return tokens.list(StaffAuthentication.userId(authentication));
    }

    @Post
    HttpResponse<?> create(@Body NewToken token, Authentication authentication) {
        if (!StaffAuthentication.isSession(authentication)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(403, ConsoleWording.text(messages, "token.session.only")));
        }
        return HttpResponse.created(tokens.create(StaffAuthentication.userId(authentication), authentication.getName(), token.name()));
    }

    /** A POST with a body, like the other state changes, so the CSRF filter always sees it. */
    @Post("/{id}/revoke")
    ApiTokens.TokenView revoke(long id, Authentication authentication) {
        return tokens.revoke(StaffAuthentication.userId(authentication), authentication.getName(),
                authentication.getRoles().contains(StaffRole.ADMIN_ROLE), id);
    }
}
