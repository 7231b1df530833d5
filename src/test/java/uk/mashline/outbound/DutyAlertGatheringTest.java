package uk.mashline.outbound;

import org.junit.jupiter.api.Test;
import uk.mashline.console.AuditLog;
import uk.mashline.console.ConsoleClock;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.StaffAttention;
import uk.mashline.dialogue.Wording;
import uk.mashline.knowledge.data.PartnershipLoader;
import uk.mashline.persistence.AuditEventRow;
import uk.mashline.persistence.AuditRowsAppender;
import uk.mashline.review.ConversationLog;
import uk.mashline.web.PublicUrlSettings;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Alerts that arrive close together are audited in one insert; none is lost or audited twice. */
class DutyAlertGatheringTest {

    @Test
    void alertsArrivingWithinTheGatheringTimeAreAuditedTogetherEachOnce() throws Exception {
        List<Integer> inserts = new CopyOnWriteArrayList<>();
        DataSource none = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        AuditRowsAppender appender = new AuditRowsAppender(none) {
            @Override
            public void appendAll(List<AuditEventRow> rows) {
                inserts.add(rows.size());
            }
        };
        ConversationLog conversations = (ConversationLog) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConversationLog.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        ExecutorService executor = Executors.newSingleThreadExecutor();
        DutyAlerts alerts = new DutyAlerts(new DutyPhones(Map.of()), null,
                new AuditLog(null, appender, new ConsoleClock(Clock.systemUTC())),
                Wording.fromClasspath("dialogue/wording.properties"), new PartnershipLoader().load(null),
                new PublicUrlSettings(null), conversations, executor, Duration.ofMillis(400));
        try {
            // five alerts 20 ms apart: each alone in an insert of its own when nothing gathered them
            for (int i = 0; i < 5; i++) {
                alerts.needed(new StaffAttention.Attention(StaffAttention.Reason.IMMEDIATE_RISK, "c" + i, "west-sussex",
                        Channel.SMS, Instant.now()));
                Thread.sleep(20);
            }
            Thread.sleep(1000);
            alerts.needed(new StaffAttention.Attention(StaffAttention.Reason.IMMEDIATE_RISK, "c5", "west-sussex",
                    Channel.SMS, Instant.now()));
        } finally {
            executor.shutdown();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertEquals(List.of(5, 1), inserts);
    }
}
