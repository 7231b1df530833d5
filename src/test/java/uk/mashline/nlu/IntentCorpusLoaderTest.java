package uk.mashline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import uk.mashline.dialogue.Route;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentCorpusLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTopLevelTxtFilesSortedAndSkipsTheHeldOutFolder() throws IOException {
        Files.writeString(dir.resolve("b_intent.txt"), "# route: GREETING\n\nhello\n# note\nhi there\n");
        Files.writeString(dir.resolve("a_intent.txt"), "\uFEFF# route: goodbye\nbye\n");
        Files.writeString(dir.resolve("README.md"), "not data");
        Files.createDirectories(dir.resolve("test"));
        Files.writeString(dir.resolve("test/heldout.tsv"), "GREETING\thi\n");
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(dir);
        assertEquals(List.of("a_intent", "b_intent"), corpus.intents().stream().map(IntentFile::name).toList());
        assertEquals(Route.GOODBYE, corpus.intents().get(0).route());
        assertEquals(List.of("hello", "hi there"), corpus.intents().get(1).examples());
    }

    @Test
    void readsTheIntentsPackagedInAJarWithOrWithoutDirectoryEntries() throws IOException {
        for (boolean directoryEntries : new boolean[] {true, false}) {
            Path jar = dir.resolve("app-" + directoryEntries + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                if (directoryEntries) {
                    out.putNextEntry(new JarEntry("intents/"));
                    out.closeEntry();
                }
                put(out, "intents/greeting.txt", "# route: GREETING\nhello\n");
                put(out, "intents/goodbye.txt", "# route: GOODBYE\nbye\n");
                put(out, TextNormaliser.DEFAULT_TABLE, "u\tyou\n");
            }
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                IntentCorpus corpus = IntentCorpusLoader.fromClasspath(loader);
                assertEquals(List.of("goodbye", "greeting"), corpus.intents().stream().map(IntentFile::name).toList());
            }
        }
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream s = out;
        s.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
