package uk.mashline.channels.webchat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The line's answer as the web chat page shows it: {@code reply} is the answer first (a few short
 * sentences), {@code more} the rest of the advice, which the page puts behind "more", and
 * {@code sources} where the facts of both come from.
 * {@code language} is the writer's language (ISO 639-3, "eng", "pol", "urd"); the reply is in it
 * when the line has a file for that language.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatResponse(String conversationId, String reply, String route, String intent, double confidence,
                           List<String> sources, String more, String language) {
}
