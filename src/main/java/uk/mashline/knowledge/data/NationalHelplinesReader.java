package uk.mashline.knowledge.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.NationalHelplines;
import uk.mashline.knowledge.PublicSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads {@code national.yml}: the UK-wide helplines, each with the public page it was read from.
 * The shipped file sits beside the partnerships; one of the same name in the partnerships
 * override folder replaces it, so a changed national number needs no rebuild.
 */
public final class NationalHelplinesReader {

    public static final String FILE_NAME = "national.yml";
    static final String BUNDLED = PartnershipLoader.BUNDLED_FOLDER + FILE_NAME;
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ]*[0-9]");

    /** The shipped file, or the override folder's {@code national.yml} when there is one. */
    public NationalHelplines load(Path overrideDirectory) {
        if (overrideDirectory != null && Files.isRegularFile(overrideDirectory.resolve(FILE_NAME))) {
            Path file = overrideDirectory.resolve(FILE_NAME);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(file.toString(), in);
            } catch (IOException e) {
                throw new PartnershipDataException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = NationalHelplinesReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new PartnershipDataException(BUNDLED, "", "is missing from the classpath");
            }
            return read(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NationalHelplines read(String fileName, Reader yaml) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new PartnershipDataException(fileName, "", "is not valid YAML: " + e.getMessage(), e);
        }
        Node root = Node.root(fileName, parsed);
        var helplines = root.map(root.children("helplines"), this::helpline);
        root.finish();
        try {
            return new NationalHelplines(helplines);
        } catch (IllegalArgumentException e) {
            throw root.error("helplines", e.getMessage());
        }
    }

    private NationalHelpline helpline(Node node) {
        String phone = node.optionalText("phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw node.error("phone", "'" + phone + "' must be digits and spaces, as published");
        }
        Node source = node.child("source");
        PublicSource publicSource = SourceReader.publicSource(source);
        source.finish();
        try {
            NationalHelpline helpline = new NationalHelpline(node.text("id"), node.text("name"), phone,
                    node.optionalText("url"), node.optionalText("email"),
                    node.enumValue("audience", NationalHelpline.Audience.class), node.text("purpose"),
                    node.optionalText("hours"), node.optionalBoolean("free"), publicSource);
            node.finish();
            return helpline;
        } catch (IllegalArgumentException e) {
            throw node.error(null, e.getMessage());
        }
    }
}
