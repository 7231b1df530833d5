package uk.mashline.dialogue;

import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.language.Language;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The promise every channel makes: each message gets an answer in time. If the conversation
 * engine fails or is too slow (a database stopped or hanging), the answer is the safety reply
 * (999 first, then the numbers from partnership data already in memory) and the turn is kept in
 * the local journal until the database can take it.
 */
public final class AnswerEveryMessage {

    private final HandleInboundMessage handler;
    private final SafetyReply safety;
    private final TurnJournal journal;
    private final PartnershipDirectory partnerships;
    private final ExecutorService executor;
    private final ScheduledExecutorService deadlines;
    private final Duration limit;
    private final Clock clock;
    private final LanguageGate languages;
    private final AnswerListener listener;

    /** As below, every safety reply in English. */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, ExecutorService executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock) {
        this(handler, safety, journal, partnerships, executor, deadlines, limit, clock, LanguageGate.englishOnly());
    }

    /**
     * @param executor  runs the turns, and the safety replies of the turns that ran out of time
     * @param deadlines only starts a late turn's safety reply on {@code executor}, so a slow journal
     *                  cannot hold up another turn's deadline
     * @param languages the safety reply goes out in the writer's language, 999 first
     */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, ExecutorService executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock,
                              LanguageGate languages) {
        this(handler, safety, journal, partnerships, executor, deadlines, limit, clock, languages, AnswerListener.NONE);
    }

    /** @param listener told of each answer once it is given (metrics) */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, ExecutorService executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock,
                              LanguageGate languages, AnswerListener listener) {
        this.listener = listener;
        this.languages = languages;
        this.handler = handler;
        this.safety = safety;
        this.journal = journal;
        this.partnerships = partnerships;
        this.executor = executor;
        this.deadlines = deadlines;
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Waits for the answer.
     *
     * @throws UnknownPartnershipException  for a partnership the line does not serve
     * @throws UnknownConversationException for a conversation id that does not exist
     */
    public Reply answer(InboundMessage message) {
        try {
            return answerLater(message).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnknownConversationException unknown) {
                throw unknown;
            }
            throw e;
        }
    }

    /**
     * The answer, within the time limit whatever happens behind it: a channel that can wait without
     * holding a thread (an HTTP response) takes this one.
     *
     * @throws UnknownPartnershipException for a partnership the line does not serve; an unknown
     *                                     conversation id fails the returned answer with
     *                                     {@link UnknownConversationException}
     */
    public CompletableFuture<Reply> answerLater(InboundMessage message) {
        var partnership = partnerships.find(message.partnershipId())
                .orElseThrow(() -> new UnknownPartnershipException(message.partnershipId()));
        CompletableFuture<Reply> answer = new CompletableFuture<>();
        // a dependent stage of its own: whatever the listener does cannot reach the caller's answer
        answer.thenAccept(reply -> listener.answered(message, reply));
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> executor.execute(() -> answerSafely(answer, message, partnership)),
                limit.toMillis(), TimeUnit.MILLISECONDS);
        executor.execute(() -> {
            try {
                answer.complete(handler.handle(message));
            } catch (UnknownConversationException unknown) {
                answer.completeExceptionally(unknown);
            } catch (RuntimeException | Error e) {
                answerSafely(answer, message, partnership);
            } finally {
                deadline.cancel(false);
            }
        });
        return answer;
    }

    // Only the first answer counts. The safety reply is journalled before it is given, so a crash
    // between the two loses nothing; a turn that answered meanwhile, or ran out of time and is
    // stored late, is already in the database, and the journal's replay skips it by the message's id.
    private void answerSafely(CompletableFuture<Reply> answer, InboundMessage message, Partnership partnership) {
        if (answer.isDone()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.UK);
        Language language = languages.languageOf(message);
        Reply reply = language.isEnglish() ? safety.forPartnership(partnership, now, message.channel())
                : languages.safetyReply(partnership, now, message.channel(), language);
        try {
            journal.append(message, reply);
        } finally {
            // the 999 line goes out even when the journal cannot keep the turn
            answer.complete(reply);
        }
    }
}
