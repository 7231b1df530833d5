package uk.mashline.api.partnerships;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mashline.knowledge.PartnershipDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service refuses to start on broken partnership data, and loads an external folder when set. */
class StartupValidationTest {

    private static final String BROKEN_SANDWELL_STAGE = "    - number: 2\n      parties: Heads of Service/Senior Managers\n      workingDays: 5\n";

    @Test
    void aBrokenFileStopsStartupNamingFileAndField(@TempDir Path dir) throws IOException {
        String sandwell = Files.readString(Path.of("src/main/resources/partnerships/sandwell.yml"));
        assertTrue(sandwell.contains(BROKEN_SANDWELL_STAGE));
        Files.writeString(dir.resolve("sandwell.yml"),
                sandwell.replace(BROKEN_SANDWELL_STAGE, BROKEN_SANDWELL_STAGE.replace("workingDays: 5", "workingDays: five")));
        Exception e = assertThrows(Exception.class,
                () -> ApplicationContext.run(Map.of("mash.partnerships.dir", dir.toString()), "test").close());
        String messages = messages(e);
        assertTrue(messages.contains(dir.resolve("sandwell.yml") + ": escalation.stages[1].workingDays"), messages);
    }

    @Test
    void anExternalFolderAddsAndOverrides(@TempDir Path dir) throws IOException {
        String medway = Files.readString(Path.of("src/main/resources/partnerships/medway.yml"));
        Files.writeString(dir.resolve("medway.yml"), medway.replace("name: Medway Safeguarding Children Partnership",
                "name: Medway (local copy)"));
        try (ApplicationContext context = ApplicationContext.run(Map.of("mash.partnerships.dir", dir.toString()), "test")) {
            PartnershipDirectory directory = context.getBean(PartnershipDirectory.class);
            assertEquals("Medway (local copy)", directory.find("medway").orElseThrow().name());
            assertEquals(5, directory.all().size());
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
