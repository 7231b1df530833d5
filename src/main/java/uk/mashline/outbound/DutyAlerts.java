package uk.mashline.outbound;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.dialogue.StaffAttention;
import uk.mashline.dialogue.Wording;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.review.ConversationLog;
import uk.mashline.web.PublicUrlSettings;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Staff are needed (StaffAttention): a person who asked for one is marked waiting for staff, and the
 * duty alert goes out. The duty alert: every on-duty phone of the conversation's partnership is texted the partnership, the
 * channel, the time and a link to the conversation in the console. Never the message or the sender's
 * number: a duty phone's lock screen is not a secure place. Queued in the outbox on a thread of its own,
 * so the person's reply never waits for it.
 */
@Singleton
class DutyAlerts implements StaffAttention {

    private static final Logger LOG = LoggerFactory.getLogger(DutyAlerts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEE d MMM", Locale.UK);

    private final DutyPhones phones;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Wording wording;
    private final PartnershipDirectory partnerships;
    private final String publicUrl;
    private final ConversationLog conversations;
    private final ExecutorService executor;
    private final Queue<Attention> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    // the partnerships (and why) already warned of alerts going nowhere: a setting missing is said once, not for every
    // message at risk (a quarter of scripts/bench-load's texts, each a WARN line); every alert is still audited
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final long gatherMillis;
    private static final int BATCH = 200;
    /**
     * How long the alert thread lets alerts gather before it takes them: the texts to duty phones leave this
     * much later, and a busy line audits a few dozen alerts in one insert instead of one insert (and one durable
     * commit) each, about a third of the statements a message in scripts/bench-cpu.
     */
    static final Duration GATHER = Duration.ofMillis(50);

    @Inject
    DutyAlerts(DutyPhones phones, Outbox outbox, AuditLog audit, Wording wording, PartnershipDirectory partnerships,
               PublicUrlSettings publicUrl, ConversationLog conversations,
               @Named("duty-alerts") ExecutorService executor) {
        this(phones, outbox, audit, wording, partnerships, publicUrl, conversations, executor, GATHER);
    }

    DutyAlerts(DutyPhones phones, Outbox outbox, AuditLog audit, Wording wording, PartnershipDirectory partnerships,
               PublicUrlSettings publicUrl, ConversationLog conversations, ExecutorService executor, Duration gather) {
        this.gatherMillis = gather.toMillis();
        this.executor = executor;
        this.conversations = conversations;
        this.phones = phones;
        this.outbox = outbox;
        this.audit = audit;
        this.wording = wording;
        this.partnerships = partnerships;
        this.publicUrl = publicUrl.base().orElse("");
    }

    // A person asking for a person is marked waiting before the reply goes (one quick UPDATE), so staff see
    // them at once; the duty phones are texted only the first time, not for every "hello?" while waiting.
    @Override
    public void needed(Attention attention) {
        if (attention.reason() == Reason.PERSON_ASKED && !markedWaiting(attention)) {
            return;
        }
        pending.add(attention);
        // one task at a time: it gathers, then takes everything waiting; an alert added once it has started
        // taking queues the next task
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::gatherThenAlert);
            } catch (RuntimeException e) {
                queued.set(false);
                throw e;
            }
        }
    }

    private void gatherThenAlert() {
        try {
            Thread.sleep(gatherMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queued.set(false);
        while (!pending.isEmpty()) {
            alertPending();
        }
    }

    // The alerts waiting (up to a batch) are taken together. Their audit entries go to the database together: one
    // at a time, each in its own commit, fell behind the turns at a few hundred alerts a second (about a fifth of
    // the load benchmark's texts are at immediate risk or ask for a person).
    private void alertPending() {
        List<AuditLog.Entry> entries = new ArrayList<>();
        List<String> conversations = new ArrayList<>();
        for (int taken = 0; taken < BATCH; taken++) {
            Attention attention = pending.poll();
            if (attention == null) {
                break;
            }
            try {
                entries.add(alert(attention));
                conversations.add(attention.conversationId());
            } catch (RuntimeException e) {
                LOG.error("duty alert for conversation {} not queued: {}", attention.conversationId(), e.toString());
            }
        }
        try {
            audit.recordAll(entries);
        } catch (RuntimeException e) {
            LOG.error("duty alerts for conversations {} not audited: {}", conversations, e.toString());
        }
    }

    private boolean markedWaiting(Attention attention) {
        try {
            return conversations.markWaiting(attention.conversationId(), attention.at());
        } catch (RuntimeException e) {
            LOG.error("conversation {} not marked waiting: {}", attention.conversationId(), e.getClass().getSimpleName());
            return true;
        }
    }

    /** Queues the alert's texts; returns its audit entry. */
    private AuditLog.Entry alert(Attention attention) {
        Partnership partnership = partnerships.find(attention.partnershipId()).orElseThrow();
        List<String> duty = phones.of(partnership.id());
        String from = partnership.inboundNumbers().isEmpty() ? null : partnership.inboundNumbers().get(0);
        if (duty.isEmpty() || from == null) {
            String missing = duty.isEmpty() ? "no duty phones (MASH_DUTY_ALERTS)" : "no number to text from";
            if (warned.add(partnership.id() + " " + missing)) {
                LOG.warn("conversation {} needs staff ({}) but {} has {}: said once; every such alert is in the audit log",
                        attention.conversationId(), attention.reason(), partnership.id(), missing);
            }
            return new AuditLog.Entry(AuditLog.SYSTEM, AuditAction.DUTY_ALERT, "conversation", attention.conversationId(),
                    attention.reason() + " " + attention.channel() + " not sent: "
                            + (duty.isEmpty() ? "no duty phones" : "no partnership number"));
        }
        String text = text(attention, partnership);
        for (String phone : duty) {
            outbox.enqueue(Outbox.Purpose.DUTY_ALERT, attention.conversationId(), partnership.id(), phone, from, text);
        }
        return new AuditLog.Entry(AuditLog.SYSTEM, AuditAction.DUTY_ALERT, "conversation", attention.conversationId(),
                attention.reason() + " " + attention.channel() + " phones=" + duty.size());
    }

    String text(Attention attention, Partnership partnership) {
        String key = attention.reason() == Reason.IMMEDIATE_RISK ? "alert.immediateRisk" : "alert.personAsked";
        return wording.format(key, Map.of(
                "partnership", partnership.name(),
                "channel", wording.text("alert.channel." + attention.channel().name().toLowerCase(Locale.ROOT)),
                "time", TIME.format(ZonedDateTime.ofInstant(attention.at(), OpeningHours.UK)),
                "link", publicUrl + "/console/conversations/" + attention.conversationId()));
    }
}
