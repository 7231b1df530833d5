package uk.mashline.testsupport;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import uk.mashline.console.ConsoleClock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A console clock tests can move forward; active only with the property test.console-clock=mutable. */
@Singleton
@Replaces(ConsoleClock.class)
@Requires(property = "test.console-clock", value = "mutable")
public class MutableConsoleClock extends ConsoleClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MutableConsoleClock(java.time.Clock clock) {
        super(clock);
    }

    @Override
    public Instant now() {
        return super.now().plus(offset.get());
    }

    public void advance(Duration by) {
        offset.updateAndGet(d -> d.plus(by));
    }
}
