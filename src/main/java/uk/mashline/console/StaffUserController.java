package uk.mashline.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.console.security.PartnershipScopes;
import uk.mashline.console.security.Reauthentication;
import uk.mashline.console.security.StaffRole;
import uk.mashline.console.security.StaffUserView;
import uk.mashline.console.security.StaffUsers;

import java.util.List;

/**
 * ADMIN: list, create, disable/enable, change role of, reset the password or second factor of staff
 * accounts. Every change needs a recent password and code (see Reauthentication).
 */
@Controller("/api/staff/users")
@Secured(StaffRole.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffUserController {

    @Serdeable
    record NewUser(@Nullable String username, @Nullable String role, @Nullable String password) {
    }

    @Serdeable
    record UserChange(@Nullable String role, @Nullable Boolean enabled, @Nullable String password) {
    }

    @Serdeable
    record RoleChange(@Nullable String role) {
    }

    @Serdeable
    record Scope(@Nullable List<String> partnerships) {
    }

    private final StaffUsers users;
    private final Reauthentication reauthentication;
    private final PartnershipScopes scopes;

    StaffUserController(StaffUsers users, Reauthentication reauthentication, PartnershipScopes scopes) {
        this.users = users;
        this.reauthentication = reauthentication;
        this.scopes = scopes;
    }

    /** The partnerships a reviewer is limited to; empty: all. */
    @Get("/{id}/partnerships")
    Scope partnerships(long id) {
        return new Scope(scopes.get(id));
    }

    @Put("/{id}/partnerships")
    Scope setPartnerships(long id, @Body Scope scope, Authentication authentication) {
        reauthentication.require(authentication);
        return new Scope(scopes.set(authentication.getName(), id, scope.partnerships()));
    }

    @Get
    List<StaffUserView> list() {
        return users.list();
    }

    @Post
    HttpResponse<StaffUserView> create(@Body NewUser user, Authentication authentication) {
        reauthentication.require(authentication);
        return HttpResponse.created(users.create(authentication.getName(), user.username(), user.role(), user.password()));
    }

    @Put("/{id}")
    StaffUserView update(long id, @Body UserChange change, Authentication authentication) {
        reauthentication.require(authentication);
        return users.update(authentication.getName(), id, change.role(), change.enabled(), change.password());
    }

    @Post("/{id}/disable")
    StaffUserView disable(long id, Authentication authentication) {
        reauthentication.require(authentication);
        return users.update(authentication.getName(), id, null, false, null);
    }

    @Post("/{id}/enable")
    StaffUserView enable(long id, Authentication authentication) {
        reauthentication.require(authentication);
        return users.update(authentication.getName(), id, null, true, null);
    }

    /** A lost phone: the account's second factor and recovery codes go; it sets one up at its next sign-in. */
    @Post("/{id}/second-factor/reset")
    StaffUserView resetSecondFactor(long id, Authentication authentication) {
        reauthentication.require(authentication);
        return users.resetSecondFactor(authentication.getName(), id);
    }

    @Post("/{id}/role")
    StaffUserView role(long id, @Body RoleChange change, Authentication authentication) {
        reauthentication.require(authentication);
        return users.update(authentication.getName(), id, change.role() == null ? "" : change.role(), null, null);
    }
}
