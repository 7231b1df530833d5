package uk.mashline.persistence;

import io.micronaut.serde.annotation.Serdeable;

/**
 * This instance's journal: turns waiting for the database, and turns the database refused for their own
 * data, quarantined in {@code folder} for a person to look at (message text: staff only).
 */
@Serdeable
public record JournalStatus(long waitingFiles, long quarantined, String quarantineFolder) {
}
