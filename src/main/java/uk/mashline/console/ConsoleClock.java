package uk.mashline.console;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * The time used for sessions, throttling, review times and retention: the service's one
 * {@link Clock}, behind a type of the console's own so its tests can move it forward without
 * moving the conversation engine's time.
 */
@Singleton
public class ConsoleClock {

    private final Clock clock;

    public ConsoleClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
