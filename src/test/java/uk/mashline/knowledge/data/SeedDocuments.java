package uk.mashline.knowledge.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The seed documents (copied into test resources) and the raw partnership YAML, for data tests. */
final class SeedDocuments {

    static final Path PARTNERSHIPS = Path.of("src/main/resources/partnerships");
    static final Path SEEDS = Path.of("src/test/resources/seeds");

    private SeedDocuments() {
    }

    static String text(String seedFile) {
        try {
            return Files.readString(SEEDS.resolve(seedFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case, with every run of whitespace (and the no-break space) reduced to nothing. */
    static String squashed(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "").toLowerCase();
    }

    static List<Path> partnershipFiles() {
        try (Stream<Path> files = Files.list(PARTNERSHIPS)) {
            return files.filter(p -> p.toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().equals(NationalHelplinesReader.FILE_NAME)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> rawYaml(Path file) {
        try {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
