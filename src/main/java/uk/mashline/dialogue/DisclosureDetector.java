package uk.mashline.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hears a disclosure - a child hurt, bruises, sexual abuse, self-harm, a weapon - even when nothing says it
 * is happening now, so that no flow ever answers one with its next question. The cues are data
 * ({@code dialogue/disclosures.tsv}), first match wins.
 */
public final class DisclosureDetector {

    public static final String DEFAULT_FILE = "dialogue/disclosures.tsv";

    private record Cue(String kind, Pattern pattern) {
    }

    private final List<Cue> cues;

    private DisclosureDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static DisclosureDetector fromClasspath(String resource) {
        try (InputStream in = DisclosureDetector.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("disclosure cues not found on the classpath: " + resource);
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + ": expected KIND<TAB>regex, got: " + line);
                }
                cues.add(new Cue(parts[0].trim(), Pattern.compile(parts[1].trim())));
            }
            return new DisclosureDetector(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of harm disclosed (hurt, sexual, self_harm, weapon), if any. */
    public Optional<String> detect(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'');
        return cues.stream().filter(c -> c.pattern().matcher(t).find()).map(Cue::kind).findFirst();
    }
}
