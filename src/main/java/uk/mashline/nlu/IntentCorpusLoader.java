package uk.mashline.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code intents/*.txt} from a directory (the repository, or {@code MASH_INTENTS_DIR})
 * or from the classpath, where the build packages the same folder (inside the jar too).
 * Only top-level {@code .txt} files are intents: {@code test/} holds the held-out set and is
 * never training data.
 */
public final class IntentCorpusLoader {

    public static final String CLASSPATH_FOLDER = "intents";

    private IntentCorpusLoader() {
    }

    public static IntentCorpus fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not an intents directory: " + dir.toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<IntentFile> intents = new ArrayList<>();
            for (Path file : files.filter(IntentCorpusLoader::isIntentFile).sorted().toList()) {
                intents.add(IntentFile.parse(intentName(file), Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
            return new IntentCorpus(intents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read intents from " + dir, e);
        }
    }

    /** The intents folder packaged on the classpath: a plain directory in tests, a jar folder in production. */
    public static IntentCorpus fromClasspath(ClassLoader loader) {
        URL url = loader.getResource(CLASSPATH_FOLDER + "/");
        if (url == null) {
            url = loader.getResource(CLASSPATH_FOLDER);
        }
        try {
            URI uri = url != null ? url.toURI() : folderBesideAnchor(loader);
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad intents URL " + url, e);
        }
    }

    /**
     * Some jar tools drop directory entries, so "intents/" cannot be looked up: find the jar
     * through a file that is always packaged and open its intents folder directly.
     */
    private static URI folderBesideAnchor(ClassLoader loader) throws URISyntaxException {
        URL anchor = loader.getResource(TextNormaliser.DEFAULT_TABLE);
        if (anchor == null || !"jar".equals(anchor.getProtocol())) {
            throw new IllegalStateException("no intents/ folder on the classpath");
        }
        String s = anchor.toString();
        return new URI(s.substring(0, s.indexOf("!/") + 2) + CLASSPATH_FOLDER + "/");
    }

    private static IntentCorpus fromJar(URI uri) {
        FileSystem fs;
        boolean opened = false;
        try {
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                String entry = uri.getSchemeSpecificPart();
                String inner = entry.substring(entry.indexOf("!/") + 1);
                return fromDirectory(fs.getPath(inner));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read intents from " + uri, e);
        }
    }

    private static boolean isIntentFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") && !name.startsWith(".") && Files.isRegularFile(file);
    }

    private static String intentName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }
}
