package uk.mashline.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.TurnJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local journal: one JSON line per turn, appended and forced to disk before the caller is
 * answered. It holds message text, so the folder is readable by the service's user only. Each
 * instance needs its own folder (MASH_JOURNAL_DIR).
 */
@Singleton
public class FileTurnJournal implements TurnJournal {

    private static final Logger LOG = LoggerFactory.getLogger(FileTurnJournal.class);
    static final String ACTIVE = "journal.jsonl";
    static final String REPLAYING_SUFFIX = ".replaying";
    static final String SET_ASIDE = "set-aside.jsonl";

    private final Path dir;
    private final ObjectMapper json;

    public FileTurnJournal(@Value("${mash.journal.dir:journal}") String dir, ObjectMapper json) {
        this.dir = Path.of(dir);
        this.json = json;
    }

    @Override
    public synchronized void append(InboundMessage m, Reply reply) {
        JournalEntry entry = new JournalEntry(m.channel().name(), m.partnershipId(), m.conversationId(), m.channelKey(),
                m.sender(), m.text(), m.externalId(), m.receivedAt().toString(), reply.paragraphs(), reply.sources());
        try {
            appendLine(ACTIVE, json.writeValueAsString(entry));
            LOG.warn("turn kept in the local journal until the database returns ({} message)", m.channel());
        } catch (IOException e) {
            // the caller still gets the safety reply; this is the one loss the line cannot avoid
            LOG.error("could not write the local journal: {}", e.toString());
        }
    }

    /**
     * Keeps a turn the database refused for its own data (it would be refused on every replay) in
     * {@value #SET_ASIDE}, for a person to look at, so the turns behind it are not held up.
     */
    synchronized void setAside(JournalEntry entry, RuntimeException reason) {
        try {
            appendLine(SET_ASIDE, json.writeValueAsString(entry));
            // the reason's class only: a driver's message can quote the text
            LOG.error("a journalled turn the database refuses was set aside in {} ({})", SET_ASIDE,
                    reason.getClass().getSimpleName());
        } catch (IOException e) {
            LOG.error("could not set a journalled turn aside: {}", e.toString());
        }
    }

    /** Replaces a file being replayed with the entries still to replay. */
    synchronized void rewrite(Path file, List<JournalEntry> entries) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (JournalEntry entry : entries) {
            lines.append(json.writeValueAsString(entry)).append('\n');
        }
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void appendLine(String name, String line) throws IOException {
        ensureDir();
        try (FileChannel out = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
    }

    /** Moves the active journal aside for replay, so new turns go to a fresh file meanwhile. */
    synchronized List<Path> takeForReplay() {
        try {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            Path active = dir.resolve(ACTIVE);
            if (Files.exists(active) && Files.size(active) > 0) {
                Files.move(active, dir.resolve("journal-" + System.currentTimeMillis() + ".jsonl" + REPLAYING_SUFFIX));
            }
            List<Path> pending = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(REPLAYING_SUFFIX)).sorted().forEach(pending::add);
            }
            return pending;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many turns wait to be replayed (the active file and those being replayed), for the metrics. */
    public synchronized long waitingTurns() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            long turns = 0;
            for (Path file : files.filter(FileTurnJournal::holdsWaitingTurns).toList()) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    turns += lines.filter(line -> !line.isBlank()).count();
                }
            }
            return turns;
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static boolean holdsWaitingTurns(Path file) {
        String name = file.getFileName().toString();
        return name.equals(ACTIVE) || name.endsWith(REPLAYING_SUFFIX);
    }

    List<JournalEntry> read(Path file) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    entries.add(json.readValue(line, JournalEntry.class));
                } catch (IOException e) {
                    // a line torn by a crash mid-write; the rest of the file still counts
                    LOG.error("skipping an unreadable journal line in {}", file.getFileName());
                }
            }
        }
        return entries;
    }

    private void ensureDir() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
    }
}
