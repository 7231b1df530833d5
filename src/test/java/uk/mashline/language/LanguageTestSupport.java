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

    /** Every text the language tests know: the intents' training lines (English, a few not) and the language cases. */
    public static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("intents"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        texts.add(line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String set : List.of("languages/cases.tsv", "languages/blind.tsv", "languages/blind-2.tsv")) {
            cases(set).forEach(c -> texts.add(c.text()));
        }
        return texts;
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
