package uk.mashline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmOptionsTest {

    @Test
    void theShippedOptionsCapTheHeapAndChooseTheSerialCollector() {
        List<String> shipped = JvmOptions.shipped();
        assertTrue(shipped.contains("-XX:+UseSerialGC"), shipped.toString());
        assertTrue(shipped.stream().anyMatch(o -> o.startsWith("-Xmx")), shipped.toString());
        assertTrue(shipped.stream().noneMatch(o -> o.startsWith("#")), shipped.toString());
    }

    @Test
    void commentsAndBlankLinesAreNotOptions() {
        assertEquals(List.of("-Xmx64m", "-XX:+UseSerialGC", "-Da=b"),
                JvmOptions.parse("# a comment\n\n-Xmx64m # the heap\n  -XX:+UseSerialGC -Da=b\n"));
    }

    @Test
    void anOptionOnTheCommandLineWinsOverTheShippedOneOfItsKind() {
        List<String> defaults = JvmOptions.defaultsNotIn(List.of("-XX:+UseG1GC", "-XX:MaxRAMPercentage=50"));
        assertTrue(defaults.stream().noneMatch(o -> o.equals("-XX:+UseSerialGC")), defaults.toString());
        assertTrue(defaults.stream().noneMatch(o -> o.startsWith("-Xmx")), defaults.toString());
        assertTrue(defaults.contains("-XX:MetaspaceSize=64m"), defaults.toString());
        assertEquals(JvmOptions.shipped(), JvmOptions.defaultsNotIn(List.of("-Dmash.x=1")));
        assertTrue(JvmOptions.defaultsNotIn(List.of("-XX:MetaspaceSize=32m")).stream()
                .noneMatch(o -> o.startsWith("-XX:MetaspaceSize")));
    }
}
