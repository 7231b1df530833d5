package uk.mashline.dialogue;

import java.util.List;

/**
 * Port: a local, append-only record of turns the database could not take. Each is replayed into
 * the database when it returns, exactly once, so nothing someone told the line is lost.
 */
public interface TurnJournal {

    void append(InboundMessage message, Reply reply);

    /**
     * Several turns at once, kept before this returns: a journal on disk forces them to it together, one forced write
     * instead of one a turn, which a surge of safety replies would otherwise queue behind.
     */
    default void appendAll(List<Entry> turns) {
        for (Entry turn : turns) {
            append(turn.message(), turn.reply());
        }
    }

    /** A message and the safety reply it was given. */
    record Entry(InboundMessage message, Reply reply) {
    }
}
