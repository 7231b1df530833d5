package uk.mashline.dialogue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.SlotExtractor;

import java.lang.ref.WeakReference;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise behind every channel, with a store that hangs or fails: the answer still comes within
 * the time limit, starts with the 999 line, and the turn is journalled once; a journal that cannot
 * write does not silence the answer.
 */
@MicronautTest
class AnswerEveryMessageTest {

    private static final Duration LIMIT = Duration.ofMillis(300);

    @Inject
    PartnershipDirectory partnerships;
    @Inject
    IntentClassifier classifier;
    @Inject
    Conversation conversation;
    @Inject
    Wording wording;
    @Inject
    SafetyReply safety;
    @Inject
    Clock clock;
    @Inject
    LanguageGate languages;

    private final ExecutorService turns = Executors.newCachedThreadPool();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor();
    private final List<InboundMessage> journalled = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        turns.shutdownNow();
        deadlines.shutdownNow();
    }

    @Test
    void aHangingStoreIsAnsweredWithTheSafetyReplyWithinTheLimitAndJournalledOnce() throws Exception {
        AnswerEveryMessage answers = answers(store(() -> sleep(5_000)), (m, r) -> journalled.add(m));
        long started = System.nanoTime();
        Reply reply = answers.answer(text("my neighbour's child is always left alone")).get(2, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis < LIMIT.toMillis() + 700, "answered after " + millis + " ms");
        assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
        assertEquals(1, journalled.size());
    }

    @Test
    void aLateTurnOfAWebChatKeepsItsConversationSoTheNextMessageHasWhatWasSaid() throws Exception {
        AnswerEveryMessage answers = answers(store(() -> sleep(5_000)), (m, r) -> journalled.add(m));
        String conversationId = java.util.UUID.randomUUID().toString();
        Reply reply = answers.answer(new InboundMessage(Channel.WEB, "west-sussex", conversationId, null, "web-sender",
                "shes 4", "W" + System.nanoTime(), Instant.now())).get(2, TimeUnit.SECONDS);

        assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
        assertEquals(conversationId, reply.conversationId());
    }

    @Test
    void aFailingStoreIsAnsweredWithTheSafetyReplyAtOnce() throws Exception {
        // a long limit, so an answer that waited for it is told apart from one given at once
        AnswerEveryMessage answers = answers(store(() -> {
            throw new StoreUnavailableException(new SQLException("connection refused"));
        }), (m, r) -> journalled.add(m), Duration.ofSeconds(5));
        long started = System.nanoTime();
        Reply reply = answers.answer(text("hello")).join();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis < 2_500, "answered after " + millis + " ms, not at once");
        assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
        assertEquals(1, journalled.size());
    }

    @Test
    void aJournalThatCannotWriteDoesNotSilenceTheAnswer() throws Exception {
        AnswerEveryMessage answers = answers(store(() -> sleep(5_000)), (m, r) -> {
            throw new IllegalStateException("disk full");
        });
        Reply reply = answers.answer(text("please help")).get(2, TimeUnit.SECONDS);
        assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
    }

    @Test
    void withNoThreadToTakeTheTurnTheSafetyReplyComesAtOnceAndIsJournalled() {
        HandleInboundMessage handler = new HandleInboundMessage(partnerships, classifier, SlotExtractor.NONE,
                store(() -> { }), conversation, clock, Duration.ofHours(12), wording);
        turns.shutdown();
        AnswerEveryMessage answers = new AnswerEveryMessage(handler, safety, (m, r) -> journalled.add(m), partnerships,
                turns, deadlines, LIMIT, clock);
        Reply reply = answers.answer(text("hello")).getNow(null);
        assertTrue(reply != null && reply.paragraphs().get(0).contains("999"), "no answer at once");
        assertEquals(1, journalled.size());
    }

    /** The start-up warm-up's turns: worked out as a caller's would be, and never stored or looked up. */
    @Test
    void aRehearsedTurnIsAnsweredWithoutTheStore() {
        HandleInboundMessage handler = new HandleInboundMessage(partnerships, classifier, SlotExtractor.NONE,
                store(() -> {
                    throw new AssertionError("a rehearsal touched the store");
                }), conversation, clock, Duration.ofHours(12), wording);
        Reply reply = handler.rehearse(partnerships.find("west-sussex").orElseThrow(), text("please help"));
        assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
    }

    @Test
    void withTheDatabaseDownAWriterInAnotherLanguageGets999FirstInTheirLanguage() {
        AnswerEveryMessage answers = new AnswerEveryMessage(new HandleInboundMessage(partnerships, classifier,
                SlotExtractor.NONE, store(() -> {
                    throw new StoreUnavailableException(new SQLException("connection refused"));
                }), conversation, clock, Duration.ofHours(12), wording, languages), safety,
                (m, r) -> journalled.add(m), partnerships, turns, deadlines, Duration.ofSeconds(5), clock, languages);
        Reply reply = answers.answer(text("Mój chłopak bije moje dziecko, pomocy")).join();
        assertEquals("Jeśli dziecku grozi niebezpieczeństwo, zadzwoń teraz pod 999.", reply.paragraphs().get(0));
        assertEquals("pol", reply.language().code());
        assertEquals(1, journalled.size());
    }

    // A scheduler that keeps cancelled tasks until they fall due (as a configured executor may): at a few thousand
    // turns a second, deadlines holding their turns' messages and replies filled a small heap's old generation.
    @Test
    void aTurnAnsweredInTimeLeavesNothingOfItselfInItsCancelledDeadline() throws Exception {
        ScheduledThreadPoolExecutor keepsCancelled = new ScheduledThreadPoolExecutor(1);
        try {
            HandleInboundMessage handler = new HandleInboundMessage(partnerships, classifier, SlotExtractor.NONE,
                    store(() -> { }), conversation, clock, Duration.ofHours(12), wording);
            AnswerEveryMessage answers = new AnswerEveryMessage(handler, safety, (m, r) -> journalled.add(m),
                    partnerships, turns, keepsCancelled, Duration.ofMinutes(10), clock);
            InboundMessage message = text("hello");
            WeakReference<InboundMessage> held = new WeakReference<>(message);
            Reply reply = answers.answer(message).get(5, TimeUnit.SECONDS);
            assertTrue(reply != null);
            message = null;
            reply = null;

            assertEquals(1, keepsCancelled.getQueue().size(), "the cancelled deadline still waits in the queue");
            for (int i = 0; i < 50 && held.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertNull(held.get(), "the cancelled deadline still holds the message");
            assertEquals(0, journalled.size());
        } finally {
            keepsCancelled.shutdownNow();
        }
    }

    // The turns' pool is bounded (wiring.TurnExecutors): a surge that fills it and its queue must not leave a message
    // waiting for an answer it will never get in time. A long limit, so the safety reply at once is told apart from
    // the deadline's.
    @Test
    void whenEveryTurnThreadIsBusyTheNextMessageGetsTheSafetyReplyAtOnceAndIsJournalled() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        ThreadPoolExecutor full = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>());
        ExecutorService writes = Executors.newSingleThreadExecutor();
        try {
            full.execute(() -> await(hold));
            AnswerEveryMessage answers = new AnswerEveryMessage(handler(store(() -> { })), safety,
                    (m, r) -> journalled.add(m), partnerships, full, deadlines, Duration.ofSeconds(10), clock,
                    LanguageGate.englishOnly(), AnswerListener.NONE, writes);
            long started = System.nanoTime();
            Reply reply = answers.answer(text("he's got a knife and says he'll kill us, please help"))
                    .get(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(millis < 2_000, "answered after " + millis + " ms, not at once");
            assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
            assertEquals(SafetyReply.RULE, reply.rule());
            assertEquals(1, journalled.size(), "journalled, for the replay to store and read");
        } finally {
            hold.countDown();
            full.shutdownNow();
            writes.shutdownNow();
        }
    }

    // A turn that waited for a thread past its deadline has had the safety reply and is in the journal: working it
    // out as well would take a thread from the turns still in time, which under a surge is the collapse itself.
    @Test
    void aTurnThatWaitedPastItsDeadlineIsNotWorkedOutWhenAThreadFreesUp() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        AtomicInteger storeCalls = new AtomicInteger();
        try {
            one.execute(() -> await(hold));
            Reply reply = new AnswerEveryMessage(handler(store(storeCalls::incrementAndGet)), safety,
                    (m, r) -> journalled.add(m), partnerships, one, deadlines, LIMIT, clock)
                    .answer(text("my neighbour's child is always left alone")).get(5, TimeUnit.SECONDS);
            assertTrue(reply.paragraphs().get(0).contains("999"), reply.text());
            int before = storeCalls.get();
            hold.countDown();
            one.shutdown();
            assertTrue(one.awaitTermination(5, TimeUnit.SECONDS));
            assertEquals(before, storeCalls.get(), "the late turn was worked out after its safety reply");
        } finally {
            hold.countDown();
            one.shutdownNow();
        }
    }

    private HandleInboundMessage handler(ConversationStore store) {
        return new HandleInboundMessage(partnerships, classifier, SlotExtractor.NONE, store, conversation, clock,
                Duration.ofHours(12), wording);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AnswerEveryMessage answers(ConversationStore store, TurnJournal journal) {
        return answers(store, journal, LIMIT);
    }

    private AnswerEveryMessage answers(ConversationStore store, TurnJournal journal, Duration limit) {
        HandleInboundMessage handler = new HandleInboundMessage(partnerships, classifier, SlotExtractor.NONE, store,
                conversation, clock,
                Duration.ofHours(12), wording);
        return new AnswerEveryMessage(handler, safety, journal, partnerships, turns, deadlines, limit, clock);
    }

    private static InboundMessage text(String body) {
        return new InboundMessage(Channel.SMS, "west-sussex", null, "sms:+447700900101:+447700900999",
                "+447700900999", body, "SM" + System.nanoTime(), Instant.now());
    }

    /** A store whose every call does {@code behaviour} first. */
    private static ConversationStore store(Runnable behaviour) {
        return new ConversationStore() {
            @Override
            public Optional<ConversationState> find(String conversationId) {
                behaviour.run();
                return Optional.empty();
            }

            @Override
            public Optional<ConversationState> findOpen(String channelKey, Instant since) {
                behaviour.run();
                return Optional.empty();
            }

            @Override
            public Optional<String> replyTo(Channel channel, String externalId) {
                behaviour.run();
                return Optional.empty();
            }

            @Override
            public void recordTurn(ConversationState state, LoggedMessage in, LoggedMessage out) {
                behaviour.run();
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
