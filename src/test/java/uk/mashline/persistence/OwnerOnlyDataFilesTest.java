package uk.mashline.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mashline.web.Pseudonyms;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Another user of the machine cannot read the embedded database, the journal or the pseudonym secret:
 * their folders are owner-only from the start, and tightened when an older install left them wider.
 */
class OwnerOnlyDataFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theDatabaseJournalAndSecretAreReadableByTheServiceUserOnly() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path oldTrace = Files.writeString(data.resolve("mash.trace.db"), "left by an older version");
        Files.setPosixFilePermissions(oldTrace, PosixFilePermissions.fromString("rw-r--r--"));
        Path journal = Files.createDirectories(tmp.resolve("journal"));
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path key = tmp.resolve("secrets/pseudonym.key");

        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + data.resolve("mash") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "NON_KEYWORDS=VALUE,USER;DB_CLOSE_ON_EXIT=FALSE",
                "mash.journal.dir", journal.toString(),
                "mash.pseudonyms.key-file", key.toString()), "test")) {
            try (Connection c = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection()) {
                c.createStatement().execute("SELECT 1");
            }
            context.getBean(FileTurnJournal.class);
            context.getBean(Pseudonyms.class).of("test", "x");
        }

        assertEquals("rwx------", mode(data));
        assertEquals("rw-------", mode(oldTrace));
        assertEquals("rwx------", mode(journal));
        assertEquals("rw-------", mode(key));
        assertEquals("rwx------", mode(key.getParent()));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
