package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the partnerships shipped in the jar ({@code partnerships/*.yml}, listed in
 * {@code partnerships/index.txt}) and then, optionally, every {@code *.yml}/{@code *.yaml} file of
 * an external directory: a file there with the same id replaces the shipped one, any other id is
 * added. This lets a partnership's numbers be corrected without a rebuild. A {@code national.yml}
 * there is the national helplines file, read by {@link NationalHelplinesReader}, not a partnership.
 */
public final class PartnershipLoader {

    public static final String ENV_VAR = "MASH_PARTNERSHIPS_DIR";
    static final String BUNDLED_FOLDER = "partnerships/";
    static final String BUNDLED_INDEX = BUNDLED_FOLDER + "index.txt";

    private final PartnershipFileReader reader = new PartnershipFileReader();

    /** The shipped partnerships overlaid by those in {@code externalDirectory} (may be null). */
    public PartnershipDirectory load(Path externalDirectory) {
        Map<String, Partnership> byId = new LinkedHashMap<>();
        bundled().forEach(p -> byId.put(p.id(), p));
        if (externalDirectory != null) {
            fromDirectory(externalDirectory).forEach(p -> byId.put(p.id(), p));
        }
        return new PartnershipDirectory(byId.values());
    }

    public List<Partnership> bundled() {
        List<Partnership> partnerships = new ArrayList<>();
        for (String file : bundledFileNames()) {
            String resource = BUNDLED_FOLDER + file;
            try (InputStream in = resourceStream(resource)) {
                if (in == null) {
                    throw new PartnershipDataException(resource, "", "is listed in " + BUNDLED_INDEX + " but missing");
                }
                partnerships.add(readChecked(resource, file, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return partnerships;
    }

    /** Every partnership file of a directory, in name order. */
    public List<Partnership> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new PartnershipDataException(directory.toString(), "",
                    "is not a directory (set by " + ENV_VAR + ")");
        }
        List<Partnership> partnerships = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> yamlFiles = files
                    .filter(path -> path.toString().endsWith(".yml") || path.toString().endsWith(".yaml"))
                    // the national helplines file may sit beside the partnerships it serves
                    .filter(path -> !path.getFileName().toString().equals(NationalHelplinesReader.FILE_NAME))
                    .sorted()
                    .toList();
            for (Path file : yamlFiles) {
                partnerships.add(readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return partnerships;
    }

    public Partnership readFile(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readChecked(file.toString(), file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new PartnershipDataException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private Partnership readChecked(String displayName, String fileName, Reader in) {
        Partnership partnership = reader.read(displayName, in);
        String expected = fileName.replaceFirst("\\.ya?ml$", "");
        if (!partnership.id().equals(expected)) {
            throw new PartnershipDataException(displayName, "id",
                    "'" + partnership.id() + "' must match the file name (" + expected + ")");
        }
        return partnership;
    }

    private List<String> bundledFileNames() {
        try (InputStream in = resourceStream(BUNDLED_INDEX)) {
            if (in == null) {
                throw new PartnershipDataException(BUNDLED_INDEX, "", "is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resourceStream(String resource) {
        return PartnershipLoader.class.getClassLoader().getResourceAsStream(resource);
    }
}
