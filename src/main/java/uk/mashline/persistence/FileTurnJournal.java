package uk.mashline.persistence;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.TurnJournal;
import uk.mashline.dialogue.TurnJournal.Entry;
import uk.mashline.web.OwnerOnlyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    /** Where turns the database refuses for their own data wait for a person: one file each, beside the journal. */
    static final String QUARANTINE = "quarantine";
    // before the quarantine folder, such turns were appended to this file; moved into the folder when found
    static final String SET_ASIDE = "set-aside.jsonl";

    private final Path dir;
    private final ObjectMapper json;
    // turns journalled since the last log line, and when it was said (0: never)
    private long unsaid;
    private long lastSaid;

    public FileTurnJournal(JournalSettings settings, ObjectMapper json) {
        this.dir = settings.folder();
        this.json = json;
        try {
            if (Files.isDirectory(this.dir)) {
                OwnerOnlyFiles.tighten(this.dir); // a folder made by hand, or by an older version, may be wider
            }
        } catch (IOException e) {
            LOG.error("could not make the journal folder readable by the service's user only: {}", e.toString());
        }
    }

    @Override
    public void append(InboundMessage m, Reply reply) {
        appendAll(List.of(new Entry(m, reply)));
    }

    // One write and one forced flush for all of them: a surge answered with the safety reply is journalled at the
    // disk's rate of forced writes times the batch, not one turn a forced write.
    @Override
    public synchronized void appendAll(List<Entry> turns) {
        try {
            StringBuilder lines = new StringBuilder();
            for (Entry turn : turns) {
                lines.append(json.writeValueAsString(entry(turn.message(), turn.reply()))).append('\n');
            }
            appendLines(ACTIVE, lines.toString());
            said(turns.size());
        } catch (IOException e) {
            // the caller still gets the safety reply; this is the one loss the line cannot avoid
            LOG.error("could not write the local journal: {}", e.toString());
        }
    }

    // Said at most once a second: a surge answered with the safety reply journals hundreds of turns a second, and a
    // WARN line each cost CPU the turns needed. The first turn after a quiet second is said at once.
    private void said(int turns) {
        unsaid += turns;
        long now = System.nanoTime();
        if (lastSaid == 0 || now - lastSaid >= 1_000_000_000L) {
            LOG.warn("{} turns kept in the local journal until the database takes them (mash_journal_depth counts them)",
                    unsaid);
            unsaid = 0;
            lastSaid = now == 0 ? 1 : now;
        }
    }

    private static JournalEntry entry(InboundMessage m, Reply reply) {
        return new JournalEntry(m.channel().name(), m.partnershipId(), m.conversationId(), m.channelKey(),
                m.sender(), m.text(), m.externalId(), m.receivedAt().toString(), reply.paragraphs(), reply.sources());
    }

    /**
     * Moves a turn the database refused for its own data (it would be refused on every replay) out of the
     * journal into a file of its own in the {@value #QUARANTINE} folder, for a person to look at, so the turns
     * behind it are not held up. Reported in /health details (staff only) and on the console's dashboard.
     */
    synchronized void quarantine(JournalEntry entry, RuntimeException reason) {
        try {
            Path folder = ensureDir().resolve(QUARANTINE);
            ensureOwnerOnly(folder);
            String name = System.currentTimeMillis() + "-" + entry.externalId().replaceAll("[^A-Za-z0-9_-]", "_") + ".jsonl";
            writeForced(folder.resolve(name), json.writeValueAsString(entry) + "\n");
            // the reason's class only: a driver's message can quote the text
            LOG.error("a journalled turn the database refuses was moved to {} ({})", QUARANTINE,
                    reason.getClass().getSimpleName());
        } catch (IOException e) {
            LOG.error("could not quarantine a journalled turn: {}", e.toString());
        }
    }

    /** What the journal holds now: turns waiting for the database, and turns in quarantine. */
    public synchronized JournalStatus status() {
        try {
            if (!Files.isDirectory(dir)) {
                return new JournalStatus(0, 0, dir.resolve(QUARANTINE).toAbsolutePath().toString());
            }
            long waiting;
            try (Stream<Path> files = Files.list(dir)) {
                waiting = files.filter(p -> p.getFileName().toString().endsWith(REPLAYING_SUFFIX)
                        || p.getFileName().toString().equals(ACTIVE)).count();
            }
            Path folder = dir.resolve(QUARANTINE);
            long quarantined = 0;
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    quarantined = files.count();
                }
            }
            if (Files.exists(dir.resolve(SET_ASIDE))) {
                quarantined++;
            }
            return new JournalStatus(waiting, quarantined, folder.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a file being replayed with the entries still to replay. */
    synchronized void rewrite(Path file, List<JournalEntry> entries) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (JournalEntry entry : entries) {
            lines.append(json.writeValueAsString(entry)).append('\n');
        }
        Path next = file.resolveSibling(file.getFileName() + ".next");
        writeForced(next, lines.toString());
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeForced(Path file, String content) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
    }

    private void appendLines(String name, String lines) throws IOException {
        ensureDir();
        try (FileChannel out = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
    }

    /** Moves the active journal aside for replay, so new turns go to a fresh file meanwhile. */
    synchronized List<Path> takeForReplay() {
        try {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            Path oldSetAside = dir.resolve(SET_ASIDE);
            if (Files.exists(oldSetAside)) {
                ensureOwnerOnly(dir.resolve(QUARANTINE));
                Files.move(oldSetAside, dir.resolve(QUARANTINE).resolve("set-aside-" + System.currentTimeMillis() + ".jsonl"));
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

    private Path ensureDir() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            ensureOwnerOnly(dir);
        }
        return dir;
    }

    private static void ensureOwnerOnly(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        OwnerOnlyFiles.tighten(folder);
    }
}
