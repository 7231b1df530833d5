package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    /** Plain answers given together: "6 and in strood", "a teacher and it was yesterday". */
    private static final String AND = " and ";
    private static final int MAX_PARTS = 3;

    /** One kind of plain answer and its whole-message pattern. */
    public record Answer(String kind, Pattern pattern) {
    }

    private final List<Answer> answers;
    /**
     * For each answer, the literals one of which the whole message must start with to match it (read from its regex), or
     * null when they cannot be read: most messages start with none of an answer's words, and its regex is then not run.
     */
    private final String[][] startLiterals;

    PlainAnswers(List<Answer> answers) {
        this.answers = List.copyOf(answers);
        this.startLiterals = this.answers.stream().map(a -> PatternPrefilter.startLiterals(a.pattern())).toArray(String[][]::new);
    }

    public static PlainAnswers standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PlainAnswers STANDARD = parse(RuleFile.classpathLines(DEFAULT_FILE), RuleFile.classpathLines(PLACES_FILE));
    }

    /**
     * @param lines  the answers file ({@code define NAME regex}, {@code answer KIND regex})
     * @param places town and district names, normalised, one a line ({@code #} comments)
     */
    public static PlainAnswers parse(List<String> lines, List<String> places) {
        List<Answer> answers = new ArrayList<>();
        RuleFile file = new RuleFile(DEFAULT_FILE).define("PLACE", placeAlternation(places));
        file.read(lines, f -> {
            if (!f[0].equals("answer")) {
                throw new IllegalArgumentException("unknown keyword " + f[0]);
            }
            if (f.length != 3) {
                throw new IllegalArgumentException("expected three TAB-separated fields");
            }
            answers.add(new Answer(f[1], file.compile(f[2])));
        });
        return new PlainAnswers(answers);
    }

    private static String placeAlternation(List<String> places) {
        List<String> names = places.stream().map(String::strip).filter(p -> !p.isEmpty() && !p.startsWith("#"))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        return names.isEmpty() ? "(?!)" : "(?:" + String.join("|", names) + ")";
    }

    /**
     * The kind of plain answer the whole normalised message is, if it is one; two or three plain answers joined by "and"
     * are one too ("he is 6 and they live in strood": lead's probe, twentieth session - an age and a place, 999 from the
     * model alone at 0.69), their kinds joined by "+".
     */
    public Optional<String> kindOf(String normalisedText) {
        return joined(normalisedText, this::wholeKind);
    }

    /** The same without the start literals, every pattern run: the test oracle. */
    Optional<String> kindWithoutPrefilter(String normalisedText) {
        return joined(normalisedText, this::wholeKindWithoutPrefilter);
    }

    private static Optional<String> joined(String normalisedText, java.util.function.Function<String, Optional<String>> kind) {
        if (normalisedText == null || normalisedText.isEmpty() || wordCount(normalisedText) > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<String> whole = kind.apply(normalisedText);
        if (whole.isPresent() || !normalisedText.contains(AND)) {
            return whole;
        }
        String[] parts = normalisedText.split(AND, MAX_PARTS + 1);
        if (parts.length > MAX_PARTS) {
            return Optional.empty();
        }
        List<String> kinds = new ArrayList<>();
        for (String part : parts) {
            Optional<String> one = part.isBlank() ? Optional.empty() : kind.apply(part.strip());
            if (one.isEmpty()) {
                return Optional.empty();
            }
            kinds.add(one.get());
        }
        return Optional.of(String.join("+", kinds));
    }

    private Optional<String> wholeKind(String normalisedText) {
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            if (PatternPrefilter.startsWithAny(startLiterals[i], normalisedText)
                    && answer.pattern().matcher(normalisedText).matches()) {
                return Optional.of(answer.kind());
            }
        }
        return Optional.empty();
    }

    private Optional<String> wholeKindWithoutPrefilter(String normalisedText) {
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
