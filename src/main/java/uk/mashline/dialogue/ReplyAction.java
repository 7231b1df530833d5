package uk.mashline.dialogue;

/** What a voice call should do after speaking the reply; text channels ignore it. */
public enum ReplyAction {
    CONTINUE,
    /** Put the caller through to {@link Reply#transferNumber()}. */
    TRANSFER,
    HANG_UP
}
