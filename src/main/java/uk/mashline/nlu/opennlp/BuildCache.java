package uk.mashline.nlu.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Models the build trained, kept outside {@code target/} ({@code TrainCommand --cache}), so a fresh clone (CI)
 * copies them instead of training again. A model's file name is already the hash of its training data and
 * settings; the folder is named by the hash of the compiled NLU code, so a change to how features are made,
 * which those names do not see, never picks up a model trained by older code. Only the most recently used
 * files of each kind are kept.
 */
final class BuildCache {

    private static final int KEEP = 6;

    private final Path folder;

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** The cache under this root for the NLU code this JVM runs; null when there is no root. */
    static BuildCache under(Path root) {
        return root == null ? null : new BuildCache(root.resolve(codeHash()));
    }

    /** Copies {@code kind/fileName} from the cache to {@code target}; whether it was there. */
    boolean restore(String kind, String fileName, Path target) {
        Path cached = folder.resolve(kind).resolve(fileName);
        if (!Files.isRegularFile(cached)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(cached, FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        } catch (IOException e) {
            // a cache that cannot be read is no cache: the model is trained as before
            System.out.println("Build cache not read (" + e + "): training");
            return false;
        }
    }

    /** Keeps a copy of a model just written; a cache that cannot be written only costs the next clone a training. */
    void store(String kind, Path file) {
        try {
            Path dir = Files.createDirectories(folder.resolve(kind));
            Path partial = Files.createTempFile(dir, "partial-", ".tmp");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            prune(dir);
        } catch (IOException e) {
            System.out.println("Build cache not written: " + e);
        }
    }

    private static void prune(Path dir) throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(dir)) {
            models = files.filter(p -> p.toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(BuildCache::modified).reversed()).toList();
        }
        for (Path old : models.subList(Math.min(KEEP, models.size()), models.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    // the compiled classes of uk.mashline.nlu (normaliser, features, trainers), as the build runs them
    private static String codeHash() {
        try {
            Path classes = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path nlu = classes.resolve("uk").resolve("mashline").resolve("nlu");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(nlu)) {
                files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : files) {
                sha.update(nlu.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
