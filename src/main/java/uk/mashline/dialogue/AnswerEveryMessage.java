package uk.mashline.dialogue;

import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.language.Language;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one answering pipeline every channel takes (SMS, voice, web chat): each message gets an answer
 * in time, without a request thread waiting for it. If the conversation engine fails or is too slow
 * (a database stopped or hanging), the answer is the safety reply (999 first, then the numbers from
 * partnership data already in memory) and the turn is kept in the local journal until the database
 * can take it. The safety reply for a caller the engine is not asked about (a fallback URL, a number
 * no partnership owns, a call with no input) is built here too, so there is one of it.
 */
public final class AnswerEveryMessage {

    private static final System.Logger LOG = System.getLogger(AnswerEveryMessage.class.getName());

    private final HandleInboundMessage handler;
    private final SafetyReply safety;
    private final JournalledReplies journalled;
    private final PartnershipDirectory partnerships;
    private final Executor executor;
    private final TurnDeadlines deadlines;
    private final Clock clock;
    private final LanguageGate languages;
    private final AnswerListener listener;

    /** As below, every safety reply in English. */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, Executor executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock) {
        this(handler, safety, journal, partnerships, executor, deadlines, limit, clock, LanguageGate.englishOnly());
    }

    /**
     * @param executor  runs the turns, and (here) the safety replies of the turns that ran out of time
     * @param deadlines only starts a late turn's safety reply on another thread, so a slow journal
     *                  cannot hold up another turn's deadline
     * @param limit     the one deadline of every channel's answer
     * @param languages the safety reply goes out in the writer's language, 999 first
     */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, Executor executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock,
                              LanguageGate languages) {
        this(handler, safety, journal, partnerships, executor, deadlines, limit, clock, languages, AnswerListener.NONE);
    }

    /** @param listener told of each answer once it is given (metrics) */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, Executor executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock,
                              LanguageGate languages, AnswerListener listener) {
        this(handler, safety, journal, partnerships, executor, deadlines, limit, clock, languages, listener, executor);
    }

    /**
     * @param executor      runs the turns; a bounded pool refuses a turn when full (RejectedExecutionException), and
     *                      the message then gets the safety reply at once, journalled
     * @param journalWrites one thread: writes the safety replies to the journal a batch at a time and gives them, and
     *                      runs the late turns' answers, so neither waits for a turn's thread
     */
    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, Executor executor,
                              ScheduledExecutorService deadlines, Duration limit, Clock clock,
                              LanguageGate languages, AnswerListener listener, Executor journalWrites) {
        this.listener = listener;
        this.languages = languages;
        this.handler = handler;
        this.safety = safety;
        this.journalled = new JournalledReplies(journal, journalWrites);
        this.partnerships = partnerships;
        this.executor = executor;
        this.deadlines = new TurnDeadlines(deadlines, journalWrites, limit);
        this.clock = clock;
    }

    /**
     * The answer for a message naming its partnership (web chat).
     *
     * @throws UnknownPartnershipException for a partnership the line does not serve; an unknown
     *                                     conversation id fails the returned answer with
     *                                     {@link UnknownConversationException}
     */
    public CompletableFuture<Reply> answer(InboundMessage message) {
        return answer(partnerships.find(message.partnershipId())
                .orElseThrow(() -> new UnknownPartnershipException(message.partnershipId())), message);
    }

    /**
     * The answer, within the time limit whatever happens behind it, for a partnership the channel
     * already found (by the number called). It fails only for an unknown conversation id.
     */
    public CompletableFuture<Reply> answer(Partnership partnership, InboundMessage message) {
        CompletableFuture<Reply> answer = new CompletableFuture<>();
        // a dependent stage of its own: whatever the listener does cannot reach the caller's answer
        answer.thenAccept(reply -> listener.answered(message, reply));
        // The deadline reaches the message and its answer only through this handle, emptied when the turn
        // ends: a finished turn's deadline may wait among the watched ones until the next sweep, and must not keep
        // a turn's message and reply alive meanwhile (at a few thousand turns a second they filled the old
        // generation of a small heap and cost full collections).
        AtomicReference<Runnable> late = new AtomicReference<>(() -> answerSafely(answer, message, partnership));
        try {
            deadlines.watch(late);
            executor.execute(() -> {
                // a turn that waited for a thread past its deadline has had the safety reply and is in the journal:
                // working it out now would only take a thread from the turns still in time
                if (late.get() == null) {
                    return;
                }
                try {
                    answer.complete(handler.handle(partnership, message));
                } catch (UnknownConversationException unknown) {
                    answer.completeExceptionally(unknown);
                } catch (RuntimeException | Error e) {
                    logFailure(e);
                    answerSafely(answer, message, partnership);
                } finally {
                    late.set(null);
                }
            });
        } catch (RuntimeException rejected) {
            // no thread to take the turn (the turns' pool and its queue full, or shutting down): the safety reply at
            // once, journalled; the journal's replay reads the message and alerts the duty phones if it needs them
            if (late.getAndSet(null) != null) {
                answerSafely(answer, message, partnership);
            }
        }
        return answer;
    }

    /**
     * A turn that failed still gets the safety reply, but the failure must be seen: a null in one partnership's
     * escalation routes gave real questions the safety reply unseen (flows 8, S probe). Only the exception's class
     * and where it was thrown are logged - never its message, which may quote what the caller wrote.
     */
    private static void logFailure(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "unknown" : trace[0].getClassName() + "." + trace[0].getMethodName()
                + ":" + trace[0].getLineNumber();
        LOG.log(System.Logger.Level.ERROR, "turn failed, safety reply sent: {0} at {1}", e.getClass().getName(), where);
    }

    /**
     * The safety reply in English, for a caller the engine is not asked about: Twilio's fallback
     * URLs, a call that said nothing, or (empty partnership) a number no partnership owns.
     */
    public Reply safetyReply(Optional<Partnership> partnership, Channel channel) {
        return partnership.map(p -> safety.forPartnership(p, OpeningHours.now(clock), channel))
                .orElseGet(() -> safety.generic(channel));
    }

    /**
     * The safety reply to {@code message} in its writer's language (English when it has no file, and always on a
     * call), 999 first: what every turn that cannot be answered gets, and Twilio's SMS fallback too.
     */
    public Reply safetyReply(Partnership partnership, InboundMessage message) {
        ZonedDateTime now = OpeningHours.now(clock);
        Language language = languages.languageOf(message);
        return language.isEnglish() ? safety.forPartnership(partnership, now, message.channel())
                : languages.safetyReply(partnership, now, message.channel(), language);
    }

    /** The 999 line and the numbers to call now, not yet cut to the channel's budget. */
    public List<String> safetyEssentials(Partnership partnership, Channel channel) {
        return safety.essentialParagraphs(partnership, OpeningHours.now(clock), channel);
    }

    // Only the first answer counts. The safety reply is journalled before it is given, so a crash
    // between the two loses nothing; a turn that answered meanwhile, or ran out of time and is
    // stored late, is already in the database, and the journal's replay skips it by the message's id.
    private void answerSafely(CompletableFuture<Reply> answer, InboundMessage message, Partnership partnership) {
        if (answer.isDone()) {
            return;
        }
        Reply reply = safetyReply(partnership, message);
        // the conversation goes on: its next message, answered in time, still has what was said before (a web chat
        // whose reply came back without its id started again from nothing at the next message)
        if (message.conversationId() != null) {
            reply = reply.withConversationId(message.conversationId());
        }
        journalled.give(message, reply, answer);
    }
}
