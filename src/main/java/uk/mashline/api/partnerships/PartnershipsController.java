package uk.mashline.api.partnerships;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import uk.mashline.api.partnerships.PartnershipJson.ErrorView;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.knowledge.UnknownStageException;
import uk.mashline.knowledge.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Public, read-only facts about each partnership: contacts and hours, levels of need, escalation
 * policy and stage deadlines. No login: these are published facts, each with its source.
 */
@Controller(value = "/api/partnerships", produces = MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class PartnershipsController {

    private final PartnershipDirectory directory;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    PartnershipsController(PartnershipDirectory directory, WorkingDayCalendar calendar, Clock clock) {
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Get
    List<PartnershipJson.Summary> list() {
        return directory.all().stream().map(PartnershipJson.Summary::of).toList();
    }

    @Get("/{id}")
    HttpResponse<?> detail(@PathVariable String id) {
        return withPartnership(id, p -> HttpResponse.ok(PartnershipJson.Detail.of(p, now(), calendar)));
    }

    @Get("/{id}/escalation-policy")
    HttpResponse<?> escalationPolicy(@PathVariable String id) {
        return withPartnership(id, p -> HttpResponse.ok(EscalationJson.PolicyView.of(p)));
    }

    @Get("/{id}/escalation-policy/deadline")
    HttpResponse<?> deadline(@PathVariable String id,
                             @QueryValue @Nullable String stage,
                             @QueryValue @Nullable String raisedOn) {
        return withPartnership(id, p -> {
            EscalationPolicy policy = p.escalationPolicy();
            if (policy.stages().isEmpty()) {
                return badRequest(p.name() + " states no escalation stages: " + policy.stagesNotStated().text());
            }
            Optional<Integer> stageNumber = parseStage(stage);
            if (stageNumber.isEmpty()) {
                return badRequest("stage must be a whole number from 1 to " + policy.stages().size()
                        + (stage == null || stage.isBlank() ? " (it is missing)" : ", not '" + stage + "'"));
            }
            if (raisedOn == null || raisedOn.isBlank()) {
                return badRequest("raisedOn is required: the date the stage was raised, as YYYY-MM-DD");
            }
            LocalDate raised;
            try {
                raised = LocalDate.parse(raisedOn.strip());
            } catch (DateTimeParseException e) {
                return badRequest("raisedOn must be a date as YYYY-MM-DD, not '" + raisedOn + "'");
            }
            try {
                return HttpResponse.ok(EscalationJson.DeadlineView.of(p, policy.deadline(stageNumber.get(), raised, calendar)));
            } catch (UnknownStageException | OutsideCalendarException e) {
                return badRequest(e.getMessage());
            }
        });
    }

    private HttpResponse<?> withPartnership(String id, java.util.function.Function<Partnership, HttpResponse<?>> action) {
        return directory.find(id)
                .<HttpResponse<?>>map(action)
                .orElseGet(() -> HttpResponse.notFound(new ErrorView("no partnership with id '" + id
                        + "'; known ids: " + String.join(", ", directory.all().stream().map(Partnership::id).toList()))));
    }

    private static Optional<Integer> parseStage(String stage) {
        if (stage == null || !stage.strip().matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(stage.strip()));
    }

    private static HttpResponse<?> badRequest(String message) {
        return HttpResponse.badRequest(new ErrorView(message));
    }

    private ZonedDateTime now() {
        return uk.mashline.knowledge.OpeningHours.now(clock);
    }
}
