package uk.mashline.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.mashline.testsupport.SignedTwilio;
import uk.mashline.testsupport.TwilioApiStandIn.Received;
import uk.mashline.testsupport.TwilioStandInTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duty alert as the duty worker gets it, through a loopback stand-in for Twilio's REST API: signed
 * Twilio webhooks and web chat messages in, texts to the configured duty phones out.
 */
class DutyAlertTest extends TwilioStandInTest {

    static final String DUTY_1 = "+447700900201";
    static final String DUTY_2 = "+447700900202";
    static final String PUBLIC_URL = "https://advice.example.org";
    static final String TEXTER = "+447700900555";

    @Inject
    MeterRegistry meters;

    @Override
    protected String account() {
        return "AC11111111111111111111111111111111";
    }

    @Override
    protected String publicUrl() {
        return PUBLIC_URL;
    }

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "mash.duty-alerts", "west-sussex=" + DUTY_1 + "," + DUTY_2,
                "mash.outbox.first-retry", "100ms",
                "mash.outbox.poll-every", "100ms");
    }

    @BeforeEach
    void reset() throws InterruptedException {
        // a text still on its way from the test before would take this test's planned failures
        Instant end = Instant.now().plusSeconds(15);
        while (data().count("SELECT COUNT(*) FROM outbound_message WHERE status IN ('PENDING', 'SENDING')") > 0
                && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        twilio.clear();
        clock.set(Instant.parse("2027-03-10T10:00:00Z"));
    }

    @Test
    void anImmediateRiskTextAlertsEveryDutyPhoneWithinFiveSecondsWithALinkAndNeitherTextNorSender() throws Exception {
        clock.set(Instant.parse("2027-07-14T10:00:00Z"));
        String sid = SignedTwilio.newSid();
        long start = System.nanoTime();
        String twiml = signed().sms(sid, TEXTER, WEST_SUSSEX, "he's got a knife and says he'll kill us, please help");
        List<Received> first = twilio.awaitTo(DUTY_1, 1, Duration.ofSeconds(10));
        List<Received> second = twilio.awaitTo(DUTY_2, 1, Duration.ofSeconds(10));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(twiml.contains("Call 999 now"), twiml);
        assertEquals(1, first.size());
        assertEquals(1, second.size());
        assertTrue(millis < 5000, "alerted in " + millis + " ms");
        String conversation = data().string("SELECT conversation_id FROM message WHERE external_id = ? AND direction = 'IN'", sid);
        for (Received alert : List.of(first.get(0), second.get(0))) {
            assertEquals(WEST_SUSSEX, alert.from(), "from the partnership's own number");
            assertTrue(alert.body().contains("https://advice.example.org/console/conversations/" + conversation), alert.body());
            assertTrue(alert.body().contains("West Sussex") && alert.body().contains("text"), alert.body());
            assertTrue(alert.body().contains("11:00"), "London time (BST): " + alert.body());
            assertFalse(alert.body().contains("knife"), alert.body());
            assertFalse(alert.body().contains("900555"), alert.body());
        }
        System.out.println("duty alert: both duty phones texted " + millis + " ms after the text was posted");
        awaitCount("SELECT COUNT(*) FROM audit_event WHERE action = 'OUTBOUND_SENT' AND detail LIKE ?", 2,
                "DUTY_ALERT conversation=" + conversation + "%");
        assertEquals(1, data().count("SELECT COUNT(*) FROM audit_event WHERE action = 'DUTY_ALERT' AND target_id = ?",
                conversation));
        assertEquals(0, data().count("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%900555%' OR detail LIKE '%knife%'"));
    }

    @Test
    void alertsArrivingTogetherAreEachAuditedOnce() throws Exception {
        int texts = 12;
        List<String> sids = new java.util.ArrayList<>();
        var senders = java.util.concurrent.Executors.newFixedThreadPool(texts);
        List<java.util.concurrent.Future<String>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < texts; i++) {
            String sid = SignedTwilio.newSid();
            String from = String.format("+4477009006%02d", i);
            sids.add(sid);
            sent.add(senders.submit(() -> signed().sms(sid, from, WEST_SUSSEX,
                    "he's got a knife and says he'll kill us, please help")));
        }
        for (var twiml : sent) {
            assertTrue(twiml.get().contains("Call 999 now"));
        }
        senders.shutdown();
        assertEquals(texts, twilio.awaitTo(DUTY_1, texts, Duration.ofSeconds(20)).size());
        for (String sid : sids) {
            String conversation = data().string(
                    "SELECT conversation_id FROM message WHERE external_id = ? AND direction = 'IN'", sid);
            awaitCount("SELECT COUNT(*) FROM audit_event WHERE action = 'DUTY_ALERT' AND target_id = ?", 1, conversation);
        }
    }

    @Test
    void onlyTheFirstTurnAtImmediateRiskAlertsAndAnOrdinaryTextNever() throws Exception {
        String from = "+447700900556";
        signed().sms(SignedTwilio.newSid(), from, WEST_SUSSEX, "I'm worried about a child at my son's school, she always has bruises");
        Thread.sleep(500);
        assertEquals(0, twilio.received().size(), "an ordinary concern is not an alert");
        signed().sms(SignedTwilio.newSid(), from, WEST_SUSSEX, "her dad is hitting her right now");
        assertEquals(1, twilio.awaitTo(DUTY_1, 1, Duration.ofSeconds(10)).size());
        signed().sms(SignedTwilio.newSid(), from, WEST_SUSSEX, "he's still hitting her, please help now");
        Thread.sleep(1000);
        assertEquals(1, twilio.received().stream().filter(r -> r.to().equals(DUTY_1)).count(),
                "the same conversation alerts once");
    }

    @Test
    void aWebChatAtImmediateRiskAlertsAsAWebChat() throws Exception {
        client.toBlocking().retrieve(HttpRequest.POST("/api/chat/west-sussex/messages",
                Map.of("text", "my dad is hitting me right now and I'm scared")), Map.class);
        List<Received> alerts = twilio.awaitTo(DUTY_1, 1, Duration.ofSeconds(10));
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).body().contains("web chat"), alerts.get(0).body());
        assertEquals(1, twilio.awaitTo(DUTY_2, 1, Duration.ofSeconds(10)).size());
    }

    @Test
    void aTwilioFailureIsRetriedWithEveryAttemptRecordedAndTheWebhookNeverWaits() throws Exception {
        twilio.failNext(2, 503);
        twilio.delayAnswers(Duration.ofMillis(300));
        double retriesBefore = sendFailures("retry");
        String sid = SignedTwilio.newSid();
        long start = System.nanoTime();
        String twiml = signed().sms(sid, "+447700900557", WEST_SUSSEX, "someone is stabbing my brother");
        long webhookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(twiml.contains("999"), twiml);
        assertTrue(twilio.requests() == 0 || webhookMillis < 1500, "the webhook answered in " + webhookMillis + " ms");

        assertEquals(1, twilio.awaitTo(DUTY_1, 1, Duration.ofSeconds(15)).size());
        assertEquals(1, twilio.awaitTo(DUTY_2, 1, Duration.ofSeconds(15)).size());
        String conversation = data().string("SELECT conversation_id FROM message WHERE external_id = ? AND direction = 'IN'", sid);
        awaitCount("SELECT COUNT(*) FROM outbound_message WHERE conversation_id = ? AND status = 'SENT'", 2, conversation);
        assertEquals(4, data().count("SELECT COUNT(*) FROM outbound_attempt a JOIN outbound_message m ON m.id = a.outbound_id "
                + "WHERE m.conversation_id = ?", conversation), "two failures and two sends, each recorded");
        assertEquals(2, data().count("SELECT COUNT(*) FROM outbound_attempt a JOIN outbound_message m ON m.id = a.outbound_id "
                + "WHERE m.conversation_id = ? AND a.outcome = 'RETRY' AND a.http_status = 503", conversation));
        assertEquals(retriesBefore + 2, sendFailures("retry"), 0.0, "mash_twilio_send_failures_total{outcome=retry}");
    }

    @Test
    void aTextTwilioRefusesForGoodIsMarkedFailedAuditedAndKept() throws Exception {
        twilio.failNext(2, 400);
        double gaveUpBefore = sendFailures("gave_up");
        String sid = SignedTwilio.newSid();
        signed().sms(sid, "+447700900558", WEST_SUSSEX, "my mum has taken an overdose and won't wake up");
        String conversation = data().string("SELECT conversation_id FROM message WHERE external_id = ? AND direction = 'IN'", sid);
        awaitCount("SELECT COUNT(*) FROM outbound_message WHERE conversation_id = ? AND status = 'FAILED'", 2, conversation);
        awaitCount("SELECT COUNT(*) FROM audit_event WHERE action = 'OUTBOUND_FAILED' AND detail LIKE ?", 2,
                "DUTY_ALERT conversation=" + conversation + "%");
        assertEquals(2, data().count("SELECT COUNT(*) FROM outbound_message WHERE conversation_id = ? AND body LIKE ?",
                conversation, "%/console/conversations/" + conversation + "%"), "the text stays in the outbox");
        assertEquals(gaveUpBefore + 2, sendFailures("gave_up"), 0.0, "mash_twilio_send_failures_total{outcome=gave_up}");
    }

    private double sendFailures(String outcome) {
        return meters.get("mash.twilio.send.failures").tag("outcome", outcome).counter().count();
    }



}
