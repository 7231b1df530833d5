package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.security.authentication.Authentication;
import uk.mashline.console.security.PartnershipScopes;
import uk.mashline.console.security.StaffRole;

/**
 * Contacts per day by route and channel, and median time to first review; a reviewer scoped to some
 * partnerships (PartnershipScopes) counts only theirs.
 */
@Tag(name = "Staff")
@Controller("/api/staff/dashboard")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private static final int MAX_DAYS = 366;

    private final DashboardQueries queries;
    private final MessageSource messages;
    private final PartnershipScopes scopes;

    DashboardController(DashboardQueries queries, MessageSource messages, PartnershipScopes scopes) {
        this.queries = queries;
        this.messages = messages;
        this.scopes = scopes;
    }

    @Get
    Dashboard get(@QueryValue(defaultValue = "14") int days, Authentication authentication) {
        if (days < 1 || days > MAX_DAYS) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "days", "1-" + MAX_DAYS));
        }
        return queries.lastDays(days, scopes.of(authentication));
    }
}
