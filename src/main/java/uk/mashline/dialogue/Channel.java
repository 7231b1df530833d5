package uk.mashline.dialogue;

/** How someone reached the line. Each channel renders the same advice its own way. */
public enum Channel {
    SMS, VOICE, WEB
}
