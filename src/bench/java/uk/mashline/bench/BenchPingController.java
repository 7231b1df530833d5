package uk.mashline.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A bare endpoint for the load benchmark (scripts/bench-load): the framework's own throughput,
 * against which the SMS webhook's is a ratio. It exists only when {@code mash.bench.enabled=true}
 * (MASH_BENCH_ENABLED), so a production service never exposes it.
 */
@Controller("/bench")
@Requires(property = "mash.bench.enabled", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
class BenchPingController {

    // The same hand-off to the blocking executor as the Twilio webhooks, so the ratio measures
    // the webhook's work (signature, classification, the database), not a different threading.
    @Get("/ping")
    @Produces(MediaType.TEXT_PLAIN)
    @ExecuteOn(TaskExecutors.BLOCKING)
    String ping() {
        return "pong";
    }
}
