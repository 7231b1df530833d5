package uk.mashline.dialogue;

/**
 * Port: a local, append-only record of turns the database could not take. Each is replayed into
 * the database when it returns, exactly once, so nothing someone told the line is lost.
 */
public interface TurnJournal {

    void append(InboundMessage message, Reply reply);
}
