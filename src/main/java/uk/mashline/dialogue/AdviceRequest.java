package uk.mashline.dialogue;

import uk.mashline.knowledge.Partnership;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Slots;

import java.time.ZonedDateTime;

/**
 * What an advisor needs to answer one message.
 *
 * @param slots the facts this message states in the caller's own words (not those of earlier turns)
 */
public record AdviceRequest(
        Partnership partnership,
        ConversationState state,
        Classification classification,
        String text,
        ZonedDateTime now,
        ChannelStyle style,
        Slots slots) {

    public AdviceRequest withState(ConversationState value) {
        return new AdviceRequest(partnership, value, classification, text, now, style, slots);
    }

    public CallerRole role() {
        return state.role();
    }
}
