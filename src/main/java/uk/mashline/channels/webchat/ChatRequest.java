package uk.mashline.channels.webchat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One line typed into the web chat. */
@Serdeable
public record ChatRequest(@Nullable String conversationId, @Nullable String text) {
}
