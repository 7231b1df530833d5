package uk.mashline.outbound;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.console.SenderMask;
import uk.mashline.metrics.TwilioSendMeters;
import uk.mashline.persistence.OutboundAttemptRepository;
import uk.mashline.persistence.OutboundAttemptRow;
import uk.mashline.persistence.OutboundMessageRepository;
import uk.mashline.persistence.OutboundMessageRow;
import uk.mashline.persistence.SchemaMigration;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends what is due in the outbox: at once when a text is queued here, and every poll for retries and
 * texts queued by an instance that stopped. Each text is claimed in the database before it is sent, so
 * instances never send one twice; every attempt is recorded, and each text's delivery or failure is in
 * the audit log (masked number, never the text).
 */
@Singleton
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboundMessageRepository messages;
    private final OutboundAttemptRepository attempts;
    private final TextSender provider;
    private final OutboxSettings settings;
    private final AuditLog audit;
    private final SchemaMigration schema;
    private final TwilioSendMeters meters;
    private final Clock clock = Clock.systemUTC();
    // Micronaut's named executors (application.yml): sized there, closed with the context
    private final ExecutorService sends;
    private final ExecutorService looks;
    private final AtomicBoolean lookQueued = new AtomicBoolean();
    private final AtomicBoolean warnedUnconfigured = new AtomicBoolean();

    OutboxSender(OutboundMessageRepository messages, OutboundAttemptRepository attempts, TextSender provider,
                 OutboxSettings settings, AuditLog audit, SchemaMigration schema, TwilioSendMeters meters,
                 @Named("outbox-send") ExecutorService sends, @Named("outbox-look") ExecutorService looks) {
        this.sends = sends;
        this.looks = looks;
        this.meters = meters;
        this.messages = messages;
        this.attempts = attempts;
        this.provider = provider;
        this.settings = settings;
        this.audit = audit;
        this.schema = schema;
    }

    /** Looks for due texts on a thread of its own, soon; looks already asked for are merged. */
    void sendDueSoon() {
        if (lookQueued.compareAndSet(false, true)) {
            looks.execute(() -> {
                lookQueued.set(false);
                sendDue();
            });
        }
    }

    @Scheduled(fixedDelay = "${mash.outbox.poll-every:1s}", initialDelay = "${mash.outbox.poll-every:1s}")
    void poll() {
        if (schema.isReady()) {
            sendDueSoon();
        }
    }

    private void sendDue() {
        if (!provider.configured()) {
            if (warnedUnconfigured.compareAndSet(false, true)) {
                LOG.warn("TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN not set: outbound texts wait in the outbox");
            }
            return;
        }
        try {
            Instant now = clock.instant();
            for (long id : messages.due(now, BATCH)) {
                if (messages.claim(id, now, now.plus(settings.claimFor()))) {
                    sends.execute(() -> sendOne(id));
                }
            }
        } catch (RuntimeException e) {
            // the database is away: the texts are safe in it, and the next poll tries again
            LOG.warn("outbox not read: {}", e.getClass().getSimpleName());
        }
    }

    private void sendOne(long id) {
        try {
            OutboundMessageRow text = messages.findById(id).orElseThrow();
            int attempt = text.attempts() + 1;
            SendOutcome outcome = provider.send(text.fromNumber(), text.toNumber(), text.body());
            Instant now = clock.instant();
            attempts.save(new OutboundAttemptRow(null, id, attempt, now, outcome.kind().name(), outcome.httpStatus(),
                    outcome.error()));
            switch (outcome.kind()) {
                case SENT -> {
                    messages.sent(id, attempt, outcome.providerId(), now);
                    audit.record(AuditLog.SYSTEM, AuditAction.OUTBOUND_SENT, "outbound_message", String.valueOf(id),
                            detail(text, attempt, null));
                }
                case RETRY -> {
                    if (attempt >= settings.maxAttempts()) {
                        giveUp(text, attempt, outcome);
                    } else {
                        meters.failedWillRetry();
                        messages.retryAt(id, attempt, now.plus(settings.backOff(attempt)));
                        LOG.warn("outbound text {} not sent (attempt {}): {}; tried again later", id, attempt,
                                outcome.error());
                    }
                }
                case FAILED -> giveUp(text, attempt, outcome);
            }
        } catch (RuntimeException e) {
            // left SENDING: the claim expires and the text falls due again
            LOG.warn("outbound text {} not sent: {}", id, e.getClass().getSimpleName());
        }
    }

    private void giveUp(OutboundMessageRow text, int attempt, SendOutcome outcome) {
        meters.failedGaveUp();
        messages.failed(text.id(), attempt);
        LOG.error("outbound text {} FAILED after {} attempts: {}", text.id(), attempt, outcome.error());
        audit.record(AuditLog.SYSTEM, AuditAction.OUTBOUND_FAILED, "outbound_message", String.valueOf(text.id()),
                detail(text, attempt, outcome.error()));
    }

    private static String detail(OutboundMessageRow text, int attempt, String error) {
        return text.purpose() + " conversation=" + text.conversationId() + " to=" + SenderMask.mask(text.toNumber())
                + " attempts=" + attempt + (error == null ? "" : " error=" + error);
    }

    // Micronaut only shuts its executors down (queued sends would still run); a send cut short here keeps
    // its claim in the database, which runs out and lets any instance send it again
    @PreDestroy
    void stop() {
        looks.shutdownNow();
        sends.shutdownNow();
    }
}
