package uk.mashline.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots danger right now in a message, independently of the statistical classifier, so a
 * child in danger is never routed by a model's guess alone. Tuned for recall: a false alarm
 * costs one extra "call 999" line; a miss could cost a life.
 *
 * <p>Rules are data ({@code nlu/immediate-risk-rules.txt}) and run on <em>normalised</em> text
 * (see {@link TextNormaliser}). The file format, one entry a line, TAB separated:
 * <pre>
 * define   NAME  regex        a named fragment, used in later regexes as {NAME}
 * ignore   regex              harmless phrases removed before matching ("kill time")
 * rule     name  regex [regex ...]   strong: danger now whenever every regex is found
 * cue      name  regex [regex ...]   weak: a sign of danger the classifier must not rule out
 * historic regex              "used to", "last year": a strong rule becomes a cue...
 * present  regex              ...unless the message also says it is happening now
 * </pre>
 * Strong rules are tried first, then cues, each in file order; the first that fires names the reason.
 */
public final class ImmediateRiskDetector {

    public static final String DEFAULT_RULES = "nlu/immediate-risk-rules.txt";

    /** One named rule: all of its patterns must be found. */
    public record Rule(String name, boolean strong, List<Pattern> allOf) {
        boolean matches(String text) {
            for (Pattern p : allOf) {
                if (!p.matcher(text).find()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Pattern> ignores;
    private final List<Rule> rules;
    private final List<Pattern> historic;
    private final List<Pattern> present;

    ImmediateRiskDetector(List<Pattern> ignores, List<Rule> rules, List<Pattern> historic, List<Pattern> present) {
        this.ignores = List.copyOf(ignores);
        // Strong rules first so the reason recorded is the most serious one that applies.
        this.rules = rules.stream().sorted((a, b) -> Boolean.compare(b.strong(), a.strong())).toList();
        this.historic = List.copyOf(historic);
        this.present = List.copyOf(present);
    }

    public static ImmediateRiskDetector standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ImmediateRiskDetector STANDARD = fromClasspath(DEFAULT_RULES);
    }

    public static ImmediateRiskDetector fromClasspath(String resource) {
        try (InputStream in = ImmediateRiskDetector.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("immediate-risk rules missing from classpath: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImmediateRiskDetector parse(List<String> lines) {
        Map<String, String> defines = new LinkedHashMap<>();
        List<Pattern> ignores = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Pattern> historic = new ArrayList<>();
        List<Pattern> present = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t+");
            try {
                switch (f[0]) {
                    case "define" -> defines.put(f[1], "(?:" + expand(f[2], defines) + ")");
                    case "ignore" -> ignores.add(compile(f[1], defines));
                    case "historic" -> historic.add(compile(f[1], defines));
                    case "present" -> present.add(compile(f[1], defines));
                    case "rule", "cue" -> {
                        List<Pattern> all = new ArrayList<>();
                        for (int i = 2; i < f.length; i++) {
                            all.add(compile(f[i], defines));
                        }
                        if (all.isEmpty()) {
                            throw new IllegalArgumentException("rule without a pattern");
                        }
                        rules.add(new Rule(f[1], f[0].equals("rule"), all));
                    }
                    default -> throw new IllegalArgumentException("unknown keyword " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("immediate-risk rules line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new ImmediateRiskDetector(ignores, rules, historic, present);
    }

    private static Pattern compile(String regex, Map<String, String> defines) {
        return Pattern.compile(expand(regex, defines));
    }

    private static String expand(String regex, Map<String, String> defines) {
        Matcher m = Pattern.compile("\\{([A-Z_]+)}").matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = defines.get(m.group(1));
            if (body == null) {
                throw new IllegalArgumentException("undefined {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The first rule that fires on already-normalised text, if any. */
    public Optional<RiskSignal> detect(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return Optional.empty();
        }
        String text = " " + normalisedText + " ";
        for (Pattern ignore : ignores) {
            text = ignore.matcher(text).replaceAll(" ");
        }
        for (Rule rule : rules) {
            if (rule.matches(text)) {
                boolean strong = rule.strong() && !(anyFinds(historic, text) && !anyFinds(present, text));
                return Optional.of(new RiskSignal(rule.name(), strong));
            }
        }
        return Optional.empty();
    }

    private static boolean anyFinds(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    public List<Rule> rules() {
        return rules;
    }
}
