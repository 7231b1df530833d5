package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One logged message as reviewers see it: what was said, how it was routed, the
 * immediate-risk rule that fired and the sources of the facts used in a reply. {@code author}: the member
 * of staff who wrote it, null for the person's messages and the line's own replies.
 */
@Serdeable
public record MessageView(long id, String direction, String text, String route, String intent, Double confidence,
                          String rule, List<String> sources, String modelVersion, Instant at, String author) {
}
