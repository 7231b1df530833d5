package uk.mashline.console;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.mashline.console.security.StaffRole;
import uk.mashline.persistence.FileTurnJournal;
import uk.mashline.persistence.JournalStatus;

/** The journal of the instance answering: turns waiting for the database and turns in quarantine (dashboard). */
@Tag(name = "Staff")
@Controller("/api/staff/journal")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class JournalController {

    private final FileTurnJournal journal;

    JournalController(FileTurnJournal journal) {
        this.journal = journal;
    }

    @Get
    JournalStatus get() {
        return journal.status();
    }
}
