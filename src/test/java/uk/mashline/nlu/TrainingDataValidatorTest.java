package uk.mashline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import uk.mashline.dialogue.Route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Like {@code rasa data validate}: the real intents must pass, and each kind of mistake is caught. */
class TrainingDataValidatorTest {

    private static final TrainingDataValidator.Limits TINY = new TrainingDataValidator.Limits(3, 1);

    private final TrainingDataValidator tiny = new TrainingDataValidator(TextNormaliser.standard(), TINY);

    @TempDir
    Path dir;

    @Test
    void theRealTrainingDataIsValid() {
        Path intents = Path.of("intents");
        List<String> problems = new TrainingDataValidator(TextNormaliser.standard(), TrainingDataValidator.Limits.STANDARD)
                .validate(IntentCorpusLoader.fromDirectory(intents), HeldOutExample.read(HeldOutExample.DEFAULT_FILE));
        assertEquals(List.of(), problems);
    }

    @Test
    void aCompleteTinyCorpusIsValid() throws IOException {
        writeEveryRoute();
        assertEquals(List.of(), validate());
    }

    @Test
    void reportsAMissingOrUnknownRouteHeader() throws IOException {
        writeEveryRoute();
        write("no_header.txt", "hello there friend", "another line here", "third line here");
        write("bad_route.txt", "# route: SOMEWHERE", "one more line", "two more line", "three more line");
        List<String> problems = validate();
        assertTrue(problems.contains("no_header: first line must be '# route: <ROUTE>'"), problems::toString);
        assertTrue(problems.contains("bad_route: route 'SOMEWHERE' is not a Route"), problems::toString);
    }

    @Test
    void reportsTooFewExamples() throws IOException {
        writeEveryRoute();
        write("thin.txt", "# route: COMPLAINT", "only one");
        assertTrue(validate().contains("thin: 1 examples, at least 3 needed"));
    }

    @Test
    void reportsAnUtteranceTaughtAsTwoIntents() throws IOException {
        writeEveryRoute();
        write("complaint_extra.txt", "# route: COMPLAINT", "GREETING example 1!", "x y", "y z");
        assertTrue(validate().stream().anyMatch(p -> p.contains("taught as both complaint_extra and greeting")),
                validate()::toString);
    }

    @Test
    void reportsARouteNoIntentCovers() throws IOException {
        writeEveryRoute();
        Files.delete(dir.resolve("goodbye.txt"));
        assertTrue(validate().contains("no intent routes to GOODBYE"));
    }

    @Test
    void reportsBadHeldOutLines() throws IOException {
        writeEveryRoute();
        List<HeldOutExample> heldOut = HeldOutExample.parse(List.of(
                "# comment", "NOWHERE\tsome text", "no tab at all", "GREETING\tgreeting example 2"));
        List<String> problems = tiny.validate(IntentCorpusLoader.fromDirectory(dir), heldOut);
        assertTrue(problems.contains("held-out line 2: needs 'ROUTE<TAB>text' with a real Route"), problems::toString);
        assertTrue(problems.contains("held-out line 3: needs 'ROUTE<TAB>text' with a real Route"), problems::toString);
        assertTrue(problems.contains("held-out line 4 is also training data in greeting"), problems::toString);
        assertTrue(problems.contains("held-out set has 0 examples for COMPLAINT, at least 1 needed"), problems::toString);
    }

    private List<String> validate() throws IOException {
        return tiny.validate(IntentCorpusLoader.fromDirectory(dir), null);
    }

    private void writeEveryRoute() throws IOException {
        for (Route route : Route.values()) {
            String name = route.name().toLowerCase();
            List<String> lines = new ArrayList<>(List.of("# route: " + route, "# a comment", ""));
            IntStream.rangeClosed(1, 3).forEach(i -> lines.add(name + " example " + i));
            write(name + ".txt", lines.toArray(String[]::new));
        }
    }

    private void write(String file, String... lines) throws IOException {
        Files.write(dir.resolve(file), List.of(lines));
    }
}
