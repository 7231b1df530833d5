package uk.mashline.persistence;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** {@code /health} is down until the schema is migrated: the instance answers only with the safety reply until then. */
@Singleton
class SchemaHealthIndicator implements HealthIndicator {

    private final SchemaMigration schema;

    SchemaHealthIndicator(SchemaMigration schema) {
        this.schema = schema;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.just(HealthResult.builder("schema", schema.isReady() ? HealthStatus.UP : HealthStatus.DOWN).build());
    }
}
