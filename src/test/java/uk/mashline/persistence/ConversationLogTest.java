package uk.mashline.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.mashline.review.ConversationLog;
import uk.mashline.review.ConversationQuery;
import uk.mashline.review.ConversationRecord;
import uk.mashline.review.Review;
import uk.mashline.review.ReviewStatus;
import uk.mashline.testsupport.ConsoleTestData;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The staff review port on the embedded database: the risk-first queue across pages, review state in force. */
@MicronautTest(transactional = false)
class ConversationLogTest {

    @Inject
    ConversationLog log;

    @Inject
    DataSource dataSource;

    @Test
    void theQueueIsRiskFirstThenMostRecentAcrossEveryPageSize() {
        ConsoleTestData data = new ConsoleTestData(dataSource);
        Instant now = ConsoleTestData.now();
        String p = "p-log-order-" + System.nanoTime();
        List<String> expected = new ArrayList<>();
        // three unreviewed risks (oldest activity last), then five others, newest first
        for (int i = 0; i < 3; i++) {
            expected.add(data.conversation(p, "SMS", null, "IMMEDIATE_RISK", i == 1 ? "IN_REVIEW" : "NEW",
                    now.minusSeconds(9000), now.minusSeconds(1000 + i * 100L), 2));
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(data.conversation(p, "WEB", null, i == 2 ? "IMMEDIATE_RISK" : "GREETING",
                    i == 2 ? "REVIEWED" : "NEW", now.minusSeconds(9000), now.minusSeconds(10 + i * 10L), 1));
        }
        String unclassified = data.conversation(p, "VOICE", null, null, "NEW", now.minusSeconds(9000), now.minusSeconds(5000), 1);
        expected.addAll(others);
        expected.add(unclassified);
        ConversationQuery query = new ConversationQuery(p, null, null, null, null, null, null);

        for (int size = 1; size <= expected.size() + 1; size++) {
            List<String> seen = new ArrayList<>();
            for (int page = 0; page * size < expected.size(); page++) {
                var found = log.queue(query, page, size);
                assertEquals(expected.size(), found.totalSize());
                found.content().forEach(r -> seen.add(r.id()));
            }
            assertEquals(expected, seen, "pages of " + size);
        }
        assertEquals(expected.subList(0, 4), log.queue(query, 4).stream().map(ConversationRecord::id).toList());
    }

    @Test
    void aMessageAfterAReviewPutsTheConversationBackInTheQueueAsNew() {
        ConsoleTestData data = new ConsoleTestData(dataSource);
        Instant now = ConsoleTestData.now();
        String p = "p-log-review-" + System.nanoTime();
        String id = data.conversation(p, "SMS", null, "IMMEDIATE_RISK", "NEW", now.minusSeconds(600), now.minusSeconds(300), 2);
        ConversationQuery query = new ConversationQuery(p, null, null, null, null, null, null);

        log.record(id, new Review(ReviewStatus.REVIEWED, "seen", "reviewer", now.minusSeconds(200), now.minusSeconds(200)));
        assertEquals(ReviewStatus.REVIEWED, log.find(id).orElseThrow().reviewStatus());
        assertEquals(1, log.count(query.withReviewStatus(ReviewStatus.REVIEWED)));
        assertEquals(0, log.count(query.withReviewStatus(ReviewStatus.NEW)));

        // the engine stores a later turn: it touches the conversation's own columns, never its review
        data.execute("UPDATE conversation SET last_message_at = ?, message_count = 4 WHERE id = ?", now.minusSeconds(100), id);
        ConversationRecord again = log.find(id).orElseThrow();
        assertEquals(ReviewStatus.NEW, again.reviewStatus());
        assertEquals("seen", again.reviewNote());
        assertEquals(1, log.count(query.withReviewStatus(ReviewStatus.NEW)));
        assertEquals(0, log.count(query.withReviewStatus(ReviewStatus.REVIEWED)));
        assertEquals(id, log.queue(query, 0, 1).content().get(0).id());
        assertEquals(now.minusSeconds(200), again.firstReviewedAt());
    }

    @Test
    void messageSourcesSplitOnSemicolonsAndNewLines() {
        assertEquals(List.of("A", "B", "C"), JdbcConversationLog.sources("A; B\nC\r\n"));
        assertEquals(List.of(), JdbcConversationLog.sources(null));
    }
}
