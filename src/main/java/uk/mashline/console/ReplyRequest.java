package uk.mashline.console;

import io.micronaut.serde.annotation.Serdeable;

/** A staff reply: {@code {"text": "..."}}. */
@Serdeable
public record ReplyRequest(String text) {
}
