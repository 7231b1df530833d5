package uk.mashline.dialogue;


import java.time.Instant;
import java.util.List;

/** One line of the interaction log: an inbound or outbound message and what was made of it. */
public record LoggedMessage(
        Direction direction,
        String text,
        Route route,
        String intent,
        Double confidence,
        String rule,
        String modelVersion,
        List<String> sources,
        String externalId,
        Instant at) {

    public enum Direction { IN, OUT }

    public LoggedMessage {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
