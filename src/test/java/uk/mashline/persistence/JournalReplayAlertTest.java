package uk.mashline.persistence;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.ConversationStore;
import uk.mashline.dialogue.LanguageGate;
import uk.mashline.dialogue.LateTurns;
import uk.mashline.dialogue.StaffAttention;
import uk.mashline.dialogue.TurnRecorder;
import uk.mashline.nlu.IntentClassifier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A journalled message was answered with the safety reply and never read (the database was away, or every turn's
 * thread busy). Its replay reads it: a message at immediate risk alerts the duty phones once, however often the replay
 * meets it (a replay cut short runs over the same turns again); an ordinary one alerts no one.
 */
@MicronautTest(transactional = false)
class JournalReplayAlertTest {

    @Inject
    ConversationStore store;
    @Inject
    IntentClassifier classifier;
    @Inject
    LanguageGate languages;
    @Inject
    ObjectMapper json;

    private final List<StaffAttention.Attention> alerts = new CopyOnWriteArrayList<>();

    @Test
    void aJournalledMessageAtImmediateRiskAlertsOnceHoweverOftenItIsReplayed() throws Exception {
        Path dir = Files.createTempDirectory("mash-journal-");
        JournalEntry danger = entry("he's got a knife and says he'll kill us, please help");
        JournalEntry ordinary = entry("I want to make a complaint about how my referral was handled");
        String lines = json.writeValueAsString(danger) + "\n" + json.writeValueAsString(ordinary) + "\n";
        JournalReplayer replayer = new JournalReplayer(new FileTurnJournal(JournalSettings.in(dir), json),
                new LateTurns(new TurnRecorder(store, Duration.ofHours(12)), classifier, languages, alerts::add));

        Files.writeString(dir.resolve(FileTurnJournal.ACTIVE), lines, StandardCharsets.UTF_8);
        replayer.replay();
        Files.writeString(dir.resolve(FileTurnJournal.ACTIVE), lines, StandardCharsets.UTF_8);
        replayer.replay();

        assertEquals(1, alerts.size(), "one alert, for the message at immediate risk: " + alerts);
        StaffAttention.Attention alert = alerts.get(0);
        assertEquals(StaffAttention.Reason.IMMEDIATE_RISK, alert.reason());
        assertEquals(store.findOpen(danger.channelKey(), Instant.now().minus(Duration.ofHours(1))).orElseThrow().id(),
                alert.conversationId());
        assertEquals(2, replayer.storedTotal());
        assertEquals(2, replayer.alreadyStoredTotal());
    }

    private static JournalEntry entry(String text) {
        String sender = "+4477009" + (10_000_000 + (int) (Math.random() * 89_999_999));
        return new JournalEntry("SMS", "west-sussex", null, "sms:+447700900101:" + sender, sender, text,
                "SM" + UUID.randomUUID().toString().replace("-", ""), Instant.now().toString(),
                List.of("If a child is in danger right now, call 999."), List.of());
    }
}
