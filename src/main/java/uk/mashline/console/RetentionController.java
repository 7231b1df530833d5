package uk.mashline.console;

import io.micronaut.core.annotation.Nullable;
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
import uk.mashline.console.security.Reauthentication;
import uk.mashline.console.security.StaffRole;

/** ADMIN: the retention period, and a purge on demand. */
@Controller("/api/staff/retention")
@Secured(StaffRole.ADMIN_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class RetentionController {

    @Serdeable
    record RetentionChange(@Nullable Integer days) {
    }

    @Serdeable
    record PurgeResult(int deleted, int retentionDays) {
    }

    private final RetentionSettings settings;
    private final RetentionPurge purge;
    private final Reauthentication reauthentication;

    RetentionController(RetentionSettings settings, RetentionPurge purge, Reauthentication reauthentication) {
        this.settings = settings;
        this.purge = purge;
        this.reauthentication = reauthentication;
    }

    @Get
    RetentionSettings.Retention get() {
        return settings.current();
    }

    @Put
    RetentionSettings.Retention put(@Body RetentionChange change, Authentication authentication) {
        reauthentication.require(authentication);
        return settings.update(authentication.getName(), change.days());
    }

    @Post("/purge")
    PurgeResult purgeNow(Authentication authentication) {
        reauthentication.require(authentication);
        int deleted = purge.purge(authentication.getName(), true);
        return new PurgeResult(deleted, settings.current().days());
    }
}
