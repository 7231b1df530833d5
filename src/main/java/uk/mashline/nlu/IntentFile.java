package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.mashline.dialogue.Route;

/**
 * One intent's training examples, as written by people who know the front door: the file
 * {@code intents/<name>.txt}, whose first line {@code # route: <ROUTE>} says where messages
 * like these must go.
 *
 * @param name     the intent, the file name without {@code .txt}
 * @param route    the route named in the header, or null when the header is missing or wrong
 *                 (the {@link TrainingDataValidator} reports it; training refuses it)
 * @param header   the header value as written, for error messages
 * @param examples the example utterances, raw, in file order
 */
public record IntentFile(String name, Route route, String header, List<String> examples) {

    public IntentFile {
        examples = List.copyOf(examples);
    }

    /** Parses a file's lines; never throws on bad content, so validation can report it. */
    public static IntentFile parse(String name, List<String> lines) {
        String header = null;
        List<String> examples = new ArrayList<>();
        boolean first = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (first && line.startsWith("#")) {
                String body = line.substring(1).strip();
                if (body.toLowerCase(Locale.ROOT).startsWith("route:")) {
                    header = body.substring("route:".length()).strip();
                }
            }
            first = false;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            examples.add(line);
        }
        return new IntentFile(name, routeNamed(header), header, examples);
    }

    static Route routeNamed(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Route.valueOf(header.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
