package uk.mashline.dialogue;

import java.time.Instant;

/**
 * Port: tells the people on duty that a conversation needs them now: it has just reached immediate risk,
 * or the person has asked to talk to someone. Called after the turn is stored; an implementation hands
 * the work to another thread and returns at once, since the person's answer must never wait for it.
 */
public interface StaffAttention {

    StaffAttention NONE = attention -> { };

    void needed(Attention attention);

    /** Why staff are needed. */
    enum Reason { IMMEDIATE_RISK, PERSON_ASKED }

    /** What the duty staff are told: which conversation, never what was said or who said it. */
    record Attention(Reason reason, String conversationId, String partnershipId, Channel channel, Instant at) {
    }
}
