package uk.mashline.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.mashline.dialogue.Route;

/**
 * A message kept out of training, with the route it must get: the quality gates measure the
 * classifier on these ({@code intents/test/heldout.tsv}, lines {@code ROUTE<TAB>text}).
 *
 * @param route the route a safeguarding practitioner would choose, or null if the line names none
 * @param text  the message as a user would write it
 * @param line  line number in the file, for reports
 */
public record HeldOutExample(Route route, String text, int line) {

    public static final Path DEFAULT_FILE = Path.of("intents", "test", "heldout.tsv");

    public static List<HeldOutExample> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read held-out file " + file, e);
        }
    }

    /** Parses lines; a line with no TAB or an unknown route gets a null route so validation can report it. */
    public static List<HeldOutExample> parse(List<String> lines) {
        List<HeldOutExample> examples = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = raw.indexOf('\t');
            if (tab < 0) {
                examples.add(new HeldOutExample(null, line, lineNo));
                continue;
            }
            Route route = IntentFile.routeNamed(raw.substring(0, tab));
            examples.add(new HeldOutExample(route, raw.substring(tab + 1).strip(), lineNo));
        }
        return examples;
    }
}
