package uk.mashline.console.security;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of every console/staff API error. */
@Serdeable
public record ApiError(int status, String message) {
}
