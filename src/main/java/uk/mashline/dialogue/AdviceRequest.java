package uk.mashline.dialogue;

import uk.mashline.knowledge.Partnership;
import uk.mashline.nlu.Classification;

import java.time.ZonedDateTime;

/** What an advisor needs to answer one message. */
public record AdviceRequest(
        Partnership partnership,
        ConversationState state,
        Classification classification,
        String text,
        ZonedDateTime now,
        ChannelStyle style) {

    public CallerRole role() {
        return state.role();
    }
}
