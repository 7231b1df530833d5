package uk.mashline.console;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * The time used for sessions, throttling, review times and retention. A class of its own
 * (not a shared {@link Clock} bean) so tests can replace it without touching other parts.
 */
@Singleton
public class ConsoleClock {

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }
}
