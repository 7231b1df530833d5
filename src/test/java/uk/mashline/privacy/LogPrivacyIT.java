package uk.mashline.privacy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after the whole unit and integration suite (failsafe, in `verify`) and reads the
 * application log each test class produced: no message a test sent, and no phone number, may
 * appear in it.
 */
class LogPrivacyIT {

    private static final Pattern PHONE = Pattern.compile("(\\+44\\s?7700\\s?900\\d{3}|07700\\s?900\\d{3})");
    /** Distinctive phrases that the test suite sends as messages. */
    private static final List<String> SENT_TEXT = List.of("hitting my mum", "got a knife", "kill us",
            "always has bruises", "left alone in the flat", "smashing things", "bin collection",
            "coming round tonight", "hungry and his clothes", "window.__pwned");

    @Test
    void theApplicationLogOfTheTestRunHoldsNoMessageTextOrPhoneNumbers() throws IOException {
        Path reports = Path.of("target", "surefire-reports");
        List<Path> logs;
        try (Stream<Path> files = Files.list(reports)) {
            logs = files.filter(p -> p.getFileName().toString().endsWith("-output.txt")).toList();
        }
        assertTrue(logs.size() >= 5, "expected the suite's logs in " + reports + ", found " + logs.size());
        long lines = 0;
        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                lines++;
                String lower = line.toLowerCase();
                if (PHONE.matcher(line).find() || SENT_TEXT.stream().anyMatch(lower::contains)) {
                    leaks.add(log.getFileName() + ": " + line);
                }
            }
        }
        assertTrue(lines > 100, "the suite logged almost nothing (" + lines + " lines): is logging captured?");
        assertTrue(leaks.isEmpty(), "message text or phone numbers in the application log:\n"
                + String.join("\n", leaks.subList(0, Math.min(20, leaks.size()))));
    }
}
