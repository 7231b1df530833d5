package uk.mashline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

/**
 * Texts the line failed to send through Twilio's API (duty alerts, replies sent later): for the code that
 * sends them to call, with no number or text, only whether the send will be tried again.
 * Prometheus: {@code mash_twilio_send_failures_total{outcome="retry"|"gave_up"}}.
 */
// made at start-up, so every series is scraped at zero before the first message
@Context
public class TwilioSendMeters {

    static final String SEND_FAILURES = "mash.twilio.send.failures";

    private final Counter retry;
    private final Counter gaveUp;

    TwilioSendMeters(MeterRegistry registry) {
        this.retry = counter(registry, "retry");
        this.gaveUp = counter(registry, "gave_up");
    }

    /** A send failed and will be tried again (Twilio busy or unreachable, credentials refused). */
    public void failedWillRetry() {
        retry.increment();
    }

    /** A send failed for good (Twilio refused the message, or the attempts ran out). */
    public void failedGaveUp() {
        gaveUp.increment();
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(SEND_FAILURES).description("Texts Twilio's API did not take, by what happens next")
                .tag("outcome", outcome).register(registry);
    }
}
