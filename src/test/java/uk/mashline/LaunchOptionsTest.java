package uk.mashline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jvm.options (the java @argfile scripts/launch and the Dockerfile start the service with) caps the heap
 * and chooses the serial collector; the jar itself carries no launch settings.
 */
class LaunchOptionsTest {

    @Test
    void theLaunchOptionsCapTheHeapAndChooseTheSerialCollector() throws IOException {
        List<String> options = Files.readAllLines(Path.of("jvm.options")).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .filter(option -> !option.isEmpty())
                .toList();
        assertTrue(options.contains("-XX:+UseSerialGC"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), options.toString());
        assertTrue(options.stream().allMatch(o -> o.startsWith("-")), "only options, no stray words: " + options);
    }

    // scripts/launch and the image start the service the same way: two malloc arenas, not one per thread
    @Test
    void theLaunchScriptAndTheImageLimitMallocArenasAlike() throws IOException {
        String launch = Files.readString(Path.of("scripts/launch"));
        String image = Files.readString(Path.of("Dockerfile"));
        assertTrue(launch.contains("export MALLOC_ARENA_MAX=\"${MALLOC_ARENA_MAX:-2}\""), "scripts/launch");
        assertTrue(image.contains("ENV MALLOC_ARENA_MAX=2"), "Dockerfile");
    }

    // an option this JVM does not know stops it at launch (-XX:TrimNativeHeapInterval came with 17.0.9)
    @Test
    void thisJvmStartsWithEveryOption() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "@jvm.options", "-version").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
    }

    @Test
    void theJarCarriesNoLaunchSettings() {
        assertTrue(LaunchOptionsTest.class.getResource("/jvm.options") == null);
    }
}
