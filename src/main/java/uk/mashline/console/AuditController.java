package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.mashline.console.security.StaffRole;

import java.util.Locale;

/** ADMIN: the audit log, filtered by actor, action and from/to (ISO dates or instants on the event time). */
@Tag(name = "Staff")
@Controller("/api/staff/audit")
@Secured(StaffRole.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditQueries queries;
    private final MessageSource messages;

    AuditController(AuditQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @Get
    AuditEventPage list(@Nullable @QueryValue String actor, @Nullable @QueryValue String action,
                        @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                        @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "page/size", "page >= 0, size 1-500"));
        }
        // the same date parsing as the conversation list
        return queries.page(blank(actor) ? null : actor.trim(),
                blank(action) ? null : action.trim().toUpperCase(Locale.ROOT),
                ConversationFilter.time(from, false, "from", messages), ConversationFilter.time(to, true, "to", messages),
                page, size);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
