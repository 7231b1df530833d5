package uk.mashline.persistence;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The local journal of turns the database could not take ({@code mash.journal}).
 *
 * @param dir         {@code MASH_JOURNAL_DIR}: the folder, one per instance (it holds message text, so it is
 *                    kept readable by the service's user only)
 * @param replayEvery {@code MASH_JOURNAL_REPLAY_EVERY}: how often the journal is replayed into the database
 *                    (read by {@link JournalReplayer}'s schedule)
 */
@ConfigurationProperties("mash.journal")
public record JournalSettings(@Bindable(defaultValue = "journal") String dir,
                              @Bindable(defaultValue = "1s") Duration replayEvery) {

    /** A journal in this folder, replayed at the default pace (tests and tools). */
    public static JournalSettings in(Path dir) {
        return new JournalSettings(dir.toString(), Duration.ofSeconds(1));
    }

    public Path folder() {
        return Path.of(dir);
    }
}
