package uk.mashline.channels;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import uk.mashline.persistence.JournalReplayer;
import uk.mashline.persistence.JournalSettings;
import uk.mashline.testsupport.SignedTwilio;
import uk.mashline.testsupport.TwilioStandInTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A surge fills the turns' pool (one thread and one waiting here, held by the test): the next text is not worked out
 * but answered at once with the safety reply, 999 on its first line, and journalled. The journal's replay stores it
 * and reads it: a text at immediate risk alerts the duty phones as it would have on time, once, however often the
 * replay runs over it.
 */
class TurnsFullTest extends TwilioStandInTest {

    private static final Pattern FIRST_MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final String DUTY_1 = "+447700900201";
    private static final String DUTY_2 = "+447700900202";

    @Inject
    @Named("turns")
    ExecutorService turns;
    @Inject
    JournalReplayer replayer;
    @Inject
    JournalSettings journal;

    @Override
    protected String account() {
        return "AC33333333333333333333333333333333";
    }

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "mash.duty-alerts", "west-sussex=" + DUTY_1 + "," + DUTY_2,
                "mash.turns.max-running", "1",
                "mash.turns.max-waiting", "1",
                // the answer at once is told apart from the deadline's
                "mash.dialogue.turn-time-limit", "10s",
                // the test replays the journal itself
                "mash.journal.replay-every", "1h");
    }

    @Test
    void aTextAtImmediateRiskRefusedByAFullPoolGets999AtOnceAndItsDutyAlertOnceWhenReplayed() throws Exception {
        // the first text of a context builds the turn's beans on a cold JIT
        signed().sms(SignedTwilio.newSid(), "+447700900561", WEST_SUSSEX, "hello");
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        turns.execute(() -> {
            running.countDown();
            await(hold);
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        turns.execute(() -> await(hold));
        String sid = SignedTwilio.newSid();
        String twiml;
        long millis;
        try {
            long start = System.nanoTime();
            twiml = signed().sms(sid, "+447700900562", WEST_SUSSEX, "he's got a knife and says he'll kill us, please help");
            millis = (System.nanoTime() - start) / 1_000_000;
        } finally {
            hold.countDown();
        }

        assertTrue(millis < 2_000, "answered after " + millis + " ms, not at once");
        assertTrue(firstLine(twiml).contains("999"), twiml);
        assertEquals(0, data().count("SELECT COUNT(*) FROM message WHERE external_id = ?", sid), "not worked out");
        Path active = journal.folder().resolve("journal.jsonl");
        String journalled = Files.readString(active, StandardCharsets.UTF_8);
        assertTrue(journalled.contains(sid), "journalled");

        replayer.replay();
        String conversation = data().string(
                "SELECT conversation_id FROM message WHERE external_id = ? AND direction = 'IN'", sid);
        awaitCount("SELECT COUNT(*) FROM outbound_message WHERE purpose = 'DUTY_ALERT' AND conversation_id = ?", 2,
                conversation);
        assertEquals(1, twilio.awaitTo(DUTY_1, 1, java.time.Duration.ofSeconds(10)).size());

        // a replay cut short after storing the turn leaves it in the journal, and the next replay meets it again
        Files.writeString(active, journalled, StandardCharsets.UTF_8);
        replayer.replay();
        Thread.sleep(1_000);
        assertEquals(1, data().count("SELECT COUNT(*) FROM message WHERE external_id = ? AND direction = 'IN'", sid));
        assertEquals(2, data().count(
                "SELECT COUNT(*) FROM outbound_message WHERE purpose = 'DUTY_ALERT' AND conversation_id = ?",
                conversation), "one alert a duty phone, not one a replay");
        assertEquals(1, data().count("SELECT COUNT(*) FROM audit_event WHERE action = 'DUTY_ALERT' AND target_id = ?",
                conversation));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(String twiml) {
        Matcher m = FIRST_MESSAGE.matcher(twiml);
        String first = m.find() ? m.group(1).strip() : "";
        int end = first.indexOf('\n');
        return end < 0 ? first : first.substring(0, end);
    }
}
