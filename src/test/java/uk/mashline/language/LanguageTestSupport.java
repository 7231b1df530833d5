package uk.mashline.language;

import uk.mashline.language.opennlp.OpenNlpLanguageModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One detector for the language tests (the model takes a second to load), and the test cases as data. */
public final class LanguageTestSupport {

    public static final LanguagePacks PACKS = LanguagePacks.fromClasspath();
    private static LanguageDetector detector;

    private LanguageTestSupport() {
    }

    public static synchronized LanguageDetector detector() {
        if (detector == null) {
            detector = new LayeredLanguageDetector(PACKS, new OpenNlpLanguageModel(Runnable::run).awaitLoaded());
        }
        return detector;
    }

    /** @param danger the kind of danger the text shows, or "-" */
    public record Case(String language, String danger, String text) {
        @Override
        public String toString() {
            return language + " " + danger + " | " + text;
        }
    }

    public static List<Case> cases(String resource) {
        try (InputStream in = LanguageTestSupport.class.getClassLoader().getResourceAsStream(resource)) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                cases.add(new Case(f[0], f[1], f[2]));
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
