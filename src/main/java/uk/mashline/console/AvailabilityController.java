package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.mashline.console.security.StaffRole;

/**
 * A member of staff marks themselves available to reply to people who ask for a person. Signed in and
 * available, they count as on duty: people asking are told someone will reply.
 */
@Tag(name = "Staff")
@Controller("/api/staff/me/availability")
@Secured(StaffRole.REVIEWER_ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
class AvailabilityController {

    /** {@code available}: this member of staff; {@code someoneOnDuty}: anyone available and signed in now. */
    @Serdeable
    record Availability(String username, boolean available, boolean someoneOnDuty) {
    }

    @Serdeable
    record AvailabilityRequest(Boolean available) {
    }

    private final StaffAvailability availability;
    private final MessageSource messages;

    AvailabilityController(StaffAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Get
    Availability get(Authentication authentication) {
        String me = authentication.getName();
        return new Availability(me, availability.isAvailable(me), availability.someoneAvailable(null));
    }

    @Put
    Availability put(@Body AvailabilityRequest request, Authentication authentication) {
        if (request.available() == null) {
            throw new BadRequest(ConsoleWording.text(messages, "availability.invalid"));
        }
        String me = authentication.getName();
        availability.set(me, request.available());
        return new Availability(me, request.available(), availability.someoneAvailable(null));
    }
}
