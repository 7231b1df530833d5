package uk.mashline.console;

import org.junit.jupiter.api.Test;
import uk.mashline.console.security.ConsoleSecuritySettings;
import uk.mashline.persistence.StaffAvailabilityRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Is anyone on duty" asked by every turn that asks for a person: "nobody" is kept two seconds, "someone" never. */
class StaffAvailabilityTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicLong signedIn = new AtomicLong();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-03-10T10:00:00Z"));

    private final StaffAvailabilityRepository repository = new StaffAvailabilityRepository() {
        @Override
        public int setAvailable(String username, boolean available) {
            return 1;
        }

        @Override
        public long countAvailable(String username) {
            return 0;
        }

        @Override
        public long countAvailableSignedIn(LocalDateTime at, LocalDateTime idleSince) {
            asked.incrementAndGet();
            return signedIn.get();
        }
    };

    private final StaffAvailability availability = new StaffAvailability(repository,
            new ConsoleSecuritySettings(Duration.ofMinutes(15), Duration.ofHours(8), 12),
            new ConsoleClock(new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            }), null, null);

    @Test
    void nobodyOnDutyIsAskedOnceForTwoSecondsAndAgainOnceTheServicesClockMovesOn() {
        assertFalse(availability.someoneAvailable("west-sussex"));
        assertFalse(availability.someoneAvailable("medway"));
        assertEquals(1, asked.get());

        signedIn.set(1);
        now.set(now.get().plus(StaffAvailability.REMEMBER));
        assertTrue(availability.someoneAvailable("west-sussex"));
        assertEquals(2, asked.get());
    }

    @Test
    void someoneOnDutyIsAskedEveryTimeSoASignOutIsSeenAtOnce() {
        signedIn.set(1);
        assertTrue(availability.someoneAvailable("west-sussex"));
        signedIn.set(0);
        assertFalse(availability.someoneAvailable("west-sussex"));
        assertEquals(2, asked.get());
    }

    @Test
    void aClockMovedBackIsAskedAgain() {
        assertFalse(availability.someoneAvailable("west-sussex"));
        signedIn.set(1);
        now.set(now.get().minusSeconds(60));
        assertTrue(availability.someoneAvailable("west-sussex"));
    }
}
