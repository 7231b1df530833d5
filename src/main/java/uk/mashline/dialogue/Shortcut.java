package uk.mashline.dialogue;

import java.util.Optional;

/**
 * A message answered before routing, because it is about the conversation itself ("more", "is this a
 * bot?") rather than about a child. A shortcut never takes a message the risk rules call danger.
 */
public interface Shortcut {

    Optional<Turn> answer(AdviceRequest request);
}
