package uk.mashline.channels.webchat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The line's answer as the web chat page shows it: the full advice and where its facts come from. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatResponse(String conversationId, String reply, String route, String intent, double confidence,
                           List<String> sources) {
}
