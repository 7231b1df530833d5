package uk.mashline.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ConcurrentTurnException;
import uk.mashline.dialogue.ConversationState;
import uk.mashline.dialogue.ConversationStore;
import uk.mashline.dialogue.DuplicateDeliveryException;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.LoggedMessage;
import uk.mashline.dialogue.SafetyReply;
import uk.mashline.nlu.Route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Puts journalled turns into the database once it answers again. Exactly once: every turn carries
 * its message id, so a turn already stored (by a late write, or a replay cut short) is skipped.
 */
@Singleton
public class JournalReplayer {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplayer.class);
    private static final String RULE = "database-unavailable";

    private final FileTurnJournal journal;
    private final ConversationStore store;
    private final Duration conversationIdle;

    public JournalReplayer(FileTurnJournal journal, ConversationStore store,
                           @Value("${mash.dialogue.conversation-idle:12h}") Duration conversationIdle) {
        this.journal = journal;
        this.store = store;
        this.conversationIdle = conversationIdle;
    }

    @Scheduled(fixedDelay = "${mash.journal.replay-every:5s}", initialDelay = "5s")
    public synchronized void replay() {
        for (Path file : journal.takeForReplay()) {
            try {
                List<JournalEntry> entries = journal.read(file);
                int stored = 0;
                for (JournalEntry entry : entries) {
                    stored += replay(entry) ? 1 : 0;
                }
                Files.delete(file);
                LOG.info("journal replayed: {} turns stored, {} already present", stored, entries.size() - stored);
            } catch (RuntimeException | IOException e) {
                // the database is still away: the file stays and the next run tries again
                LOG.warn("journal replay postponed: {}", e.getClass().getSimpleName());
                return;
            }
        }
    }

    private boolean replay(JournalEntry e) {
        Instant at = Instant.parse(e.receivedAt());
        Channel channel = Channel.valueOf(e.channel());
        InboundMessage message = new InboundMessage(channel, e.partnershipId(), e.conversationId(), e.channelKey(),
                e.sender(), e.text(), e.externalId(), at);
        for (int attempt = 0; attempt < 5; attempt++) {
            ConversationState state = existing(message, at);
            LoggedMessage in = new LoggedMessage(LoggedMessage.Direction.IN, e.text(), Route.IMMEDIATE_RISK, null, null,
                    RULE, null, List.of(), e.externalId(), at);
            LoggedMessage out = new LoggedMessage(LoggedMessage.Direction.OUT, String.join("\n\n", e.reply()),
                    Route.IMMEDIATE_RISK, SafetyReply.RULE, null, null, null, e.sources(), e.externalId(), at);
            try {
                store.recordTurn(state.reached(Route.IMMEDIATE_RISK), in, out);
                return true;
            } catch (DuplicateDeliveryException duplicate) {
                return false;
            } catch (ConcurrentTurnException retry) {
                // another instance took a turn of this conversation meanwhile: read it again
            }
        }
        throw new ConcurrentTurnException(e.externalId());
    }

    private ConversationState existing(InboundMessage message, Instant at) {
        if (message.conversationId() != null) {
            var known = store.find(message.conversationId());
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (message.channelKey() != null) {
            var open = store.findOpen(message.channelKey(), at.minus(conversationIdle));
            if (open.isPresent()) {
                return open.get();
            }
        }
        return ConversationState.start(message);
    }
}
