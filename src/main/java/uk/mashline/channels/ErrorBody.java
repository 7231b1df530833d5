package uk.mashline.channels;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of every error the public API returns. */
@Serdeable
public record ErrorBody(int status, String message) {
}
