package uk.mashline.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a message that is only a plain answer: a number, a date, an age, a role, a place, a
 * decision, a stage, "yes", "ok", "link?". Such a message states a fact and no danger, so the
 * classifier's guess of immediate risk for it is noise (a model has learnt nothing about "12") and
 * must not produce a 999 reply on its own. The immediate-risk rules still run first: a plain answer
 * never contains a danger word, and any message with one is not plain.
 *
 * <p>Answers are data ({@code nlu/plain-answers.txt}), matched against the whole normalised message;
 * {@code {PLACE}} stands for every town and district in {@code nlu/slots/places.txt}.
 */
public final class PlainAnswers {

    public static final String DEFAULT_FILE = "nlu/plain-answers.txt";
    public static final String PLACES_FILE = "nlu/slots/places.txt";
    /** Longer messages are never plain answers; checking them would only cost time. */
    private static final int MAX_WORDS = 12;

    /** One kind of plain answer and its whole-message pattern. */
    public record Answer(String kind, Pattern pattern) {
    }

    private final List<Answer> answers;

    PlainAnswers(List<Answer> answers) {
        this.answers = List.copyOf(answers);
    }

    public static PlainAnswers standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PlainAnswers STANDARD = parse(readLines(DEFAULT_FILE), readLines(PLACES_FILE));
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = PlainAnswers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from classpath: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param lines  the answers file ({@code define NAME regex}, {@code answer KIND regex})
     * @param places town and district names, normalised, one a line ({@code #} comments)
     */
    public static PlainAnswers parse(List<String> lines, List<String> places) {
        Map<String, String> defines = new LinkedHashMap<>();
        defines.put("PLACE", placeAlternation(places));
        List<Answer> answers = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t+");
            try {
                if (f.length != 3) {
                    throw new IllegalArgumentException("expected three TAB-separated fields");
                }
                switch (f[0]) {
                    case "define" -> defines.put(f[1], "(?:" + ImmediateRiskDetector.expand(f[2], defines) + ")");
                    case "answer" -> answers.add(new Answer(f[1], Pattern.compile(ImmediateRiskDetector.expand(f[2], defines))));
                    default -> throw new IllegalArgumentException("unknown keyword " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(DEFAULT_FILE + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new PlainAnswers(answers);
    }

    private static String placeAlternation(List<String> places) {
        List<String> names = places.stream().map(String::strip).filter(p -> !p.isEmpty() && !p.startsWith("#"))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        return names.isEmpty() ? "(?!)" : "(?:" + String.join("|", names) + ")";
    }

    /** The kind of plain answer the whole normalised message is, if it is one. */
    public Optional<String> kindOf(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty() || wordCount(normalisedText) > MAX_WORDS) {
            return Optional.empty();
        }
        for (Answer answer : answers) {
            if (answer.pattern().matcher(normalisedText).matches()) {
                return Optional.of(answer.kind());
            }
        }
        return Optional.empty();
    }

    public boolean isPlain(String normalisedText) {
        return kindOf(normalisedText).isPresent();
    }

    private static int wordCount(String normalised) {
        int words = 1;
        for (int i = 0; i < normalised.length(); i++) {
            if (normalised.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
