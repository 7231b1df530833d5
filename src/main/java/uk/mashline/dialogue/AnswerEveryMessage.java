package uk.mashline.dialogue;

import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.PartnershipDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    private final Duration limit;
    private final Clock clock;

    public AnswerEveryMessage(HandleInboundMessage handler, SafetyReply safety, TurnJournal journal,
                              PartnershipDirectory partnerships, ExecutorService executor, Duration limit, Clock clock) {
        this.handler = handler;
        this.safety = safety;
        this.journal = journal;
        this.partnerships = partnerships;
        this.executor = executor;
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * @throws UnknownPartnershipException  for a partnership the line does not serve
     * @throws UnknownConversationException for a conversation id that does not exist
     */
    public Reply answer(InboundMessage message) {
        var partnership = partnerships.find(message.partnershipId())
                .orElseThrow(() -> new UnknownPartnershipException(message.partnershipId()));
        Future<Reply> turn = executor.submit(() -> handler.handle(message));
        try {
            return turn.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownConversationException unknown) {
                throw unknown;
            }
        } catch (TimeoutException e) {
            // the late turn may still be stored; the journal's replay skips it then, by the message's id
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Reply reply = safety.forPartnership(partnership, ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.UK),
                message.channel());
        journal.append(message, reply);
        return reply;
    }
}
