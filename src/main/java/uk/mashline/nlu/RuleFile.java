package uk.mashline.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the NLU's rule files (immediate-risk rules, plain answers, slot phrases) and of the dialogue's
 * labelled pattern files ({@code uk.mashline.dialogue.PatternFile}), so they
 * share one syntax: TAB-separated fields, {@code #} comments and blank lines skipped, and
 * {@code define NAME regex} lines whose regex later lines use as {@code {NAME}}. Each other line goes to
 * the file's own handler; any error, the handler's included, names the file and the line.
 */
public final class RuleFile {

    // not a character class by name (\p{L}, \P{Lu}), which is written the same way
    private static final Pattern DEFINE_REF = Pattern.compile("(?<!\\\\[pP])\\{([A-Z_]+)}");

    private final String source;
    private final Map<String, String> defines = new HashMap<>();

    /** @param source the file's name, for error messages */
    public RuleFile(String source) {
        this.source = source;
    }

    /** The lines of a classpath resource. */
    public static List<String> classpathLines(String resource) {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from classpath: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fragment the file's lines may use as {NAME} without defining it (the plain answers' {PLACE}). */
    public RuleFile define(String name, String regex) {
        defines.put(name, "(?:" + regex + ")");
        return this;
    }

    /** Reads the lines in order, giving each one that is not a comment, blank or a define to the handler. */
    public void read(List<String> lines, Consumer<String[]> handler) {
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t+");
            try {
                if (fields[0].equals("define")) {
                    if (fields.length != 3) {
                        throw new IllegalArgumentException("expected define<TAB>NAME<TAB>regex");
                    }
                    define(fields[1], expand(fields[2]));
                } else {
                    handler.accept(fields);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
    }

    /** The regex with each {NAME} replaced by its define. */
    public String expand(String regex) {
        Matcher m = DEFINE_REF.matcher(regex);
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

    /** The regex, expanded and compiled. */
    public Pattern compile(String regex) {
        return Pattern.compile(expand(regex));
    }
}
