package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.mashline.console.security.StaffRole;

/** Contacts per day by route and channel, and median time to first review. */
@Tag(name = "Staff")
@Controller("/api/staff/dashboard")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private static final int MAX_DAYS = 366;

    private final DashboardQueries queries;
    private final MessageSource messages;

    DashboardController(DashboardQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @Get
    Dashboard get(@QueryValue(defaultValue = "14") int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "days", "1-" + MAX_DAYS));
        }
        return queries.lastDays(days);
    }
}
