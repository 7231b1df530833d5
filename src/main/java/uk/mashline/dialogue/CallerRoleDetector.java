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
 * Infers who is writing from what they say ("I'm a teacher", "my son", "I'm 13"). The cues are
 * data (a rules file, first match wins), so staff can extend them without a code change.
 */
public final class CallerRoleDetector {

    private record Cue(CallerRole role, Pattern pattern) {
    }

    private final List<Cue> cues;

    private CallerRoleDetector(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static CallerRoleDetector fromClasspath(String resource) {
        try (InputStream in = CallerRoleDetector.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("caller role cues not found on the classpath: " + resource);
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(resource + ": expected ROLE<TAB>regex, got: " + line);
                }
                cues.add(new Cue(CallerRole.valueOf(parts[0].trim()), Pattern.compile(parts[1].trim())));
            }
            return new CallerRoleDetector(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<CallerRole> detect(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'');
        return cues.stream().filter(c -> c.pattern().matcher(t).find()).map(Cue::role).findFirst();
    }
}
