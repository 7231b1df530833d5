package uk.mashline.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.IntentClassifier;

import java.time.Duration;

/**
 * Times the intent classifier (rules, model and plain answers together), wrapped around the bean
 * as it is created, so the engine's time limit measures the same call the histogram does.
 */
@Singleton
class TimedClassifier implements BeanCreatedEventListener<IntentClassifier> {

    static final String CLASSIFICATION = "mash.classification";

    private final MeterRegistry registry;

    TimedClassifier(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public IntentClassifier onCreated(BeanCreatedEvent<IntentClassifier> event) {
        // a few fixed buckets around the engine's 300 ms limit, enough for a p95 panel
        Timer timer = Timer.builder(CLASSIFICATION).description("Time to classify one message")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
                        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(300), Duration.ofSeconds(1))
                .register(registry);
        return new Timed(event.getBean(), timer);
    }

    private record Timed(IntentClassifier delegate, Timer timer) implements IntentClassifier {

        @Override
        public Classification classify(String text) {
            return timer.record(() -> delegate.classify(text));
        }

        @Override
        public String modelVersion() {
            return delegate.modelVersion();
        }

        @Override
        public double confidenceThreshold() {
            return delegate.confidenceThreshold();
        }

        @Override
        public boolean isUncertain(Classification classification) {
            return delegate.isUncertain(classification);
        }
    }
}
