package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's model cache: what a fresh clone copies instead of training, and only that. */
class BuildCacheTest {

    @Test
    void aModelKeptByOneBuildIsCopiedIntoAnothersClassesByItsName(@TempDir Path root, @TempDir Path classes) throws IOException {
        BuildCache cache = BuildCache.under(root);
        Path trained = Files.writeString(classes.resolve("abc123.bin"), "model bytes");
        cache.store("model", trained);

        Path fresh = classes.resolve("fresh").resolve("nlu").resolve("model").resolve("abc123.bin");
        assertTrue(BuildCache.under(root).restore("model", "abc123.bin", fresh));
        assertEquals("model bytes", Files.readString(fresh));
        // another version, or another kind, is not there: it is trained
        assertFalse(cache.restore("model", "def456.bin", classes.resolve("def456.bin")));
        assertFalse(cache.restore("names", "abc123.bin", classes.resolve("names.bin")));
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedModels(@TempDir Path root, @TempDir Path classes) throws IOException {
        BuildCache cache = BuildCache.under(root);
        for (int i = 0; i < 9; i++) {
            String name = "v" + i + ".bin";
            Path model = Files.writeString(classes.resolve(name), "model " + i);
            cache.store("model", model);
            // each newer than the one before, whatever the file system's clock resolution
            try (Stream<Path> kept = Files.walk(root)) {
                for (Path p : kept.filter(p -> p.getFileName().toString().equals(name)).toList()) {
                    Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000L * (i + 1)));
                }
            }
        }
        try (Stream<Path> kept = Files.walk(root)) {
            assertEquals(6, kept.filter(p -> p.toString().endsWith(".bin")).count());
        }
        assertFalse(cache.restore("model", "v0.bin", classes.resolve("old.bin")), "the oldest is gone");
        assertTrue(cache.restore("model", "v8.bin", classes.resolve("new.bin")));
    }
}
