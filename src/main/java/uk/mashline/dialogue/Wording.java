package uk.mashline.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence the line says, loaded from a wording file so that no user-facing text lives
 * in Java. Templates use {@code {name}} placeholders; facts are filled in from partnership data.
 */
public final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    private final Properties entries;

    private Wording(Properties entries) {
        this.entries = entries;
    }

    public static Wording fromClasspath(String resource) {
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("wording file not found on the classpath: " + resource);
            }
            return from(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Wording from(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return new Wording(properties);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public String text(String key) {
        String value = entries.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no wording for key " + key);
        }
        return value;
    }

    /** The template for {@code key} with each placeholder replaced; an unknown placeholder is an error. */
    public String format(String key, Map<String, String> values) {
        return fill("wording " + key, text(key), values);
    }

    /**
     * Any template (a language file's line, say) with each placeholder replaced.
     *
     * @param what names the template in the error when a placeholder has no value
     */
    public static String fill(String what, String template, Map<String, String> values) {
        // a scan for "{name}" (ASCII letters and digits, as PLACEHOLDER reads it) instead of the regex: every
        // reply fills a dozen templates, and the regex's matcher and replacement cost more than the words
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int copied = 0;
        int n = template.length();
        while (open >= 0) {
            int end = open + 1;
            while (end < n && isNameChar(template.charAt(end))) {
                end++;
            }
            if (end > open + 1 && end < n && template.charAt(end) == '}') {
                String name = template.substring(open + 1, end);
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalStateException(what + " needs a value for {" + name + "}");
                }
                out.append(template, copied, open).append(value);
                copied = end + 1;
                open = template.indexOf('{', copied);
            } else {
                open = template.indexOf('{', open + 1);
            }
        }
        return out.append(template, copied, n).toString();
    }

    /** What the regex {@code [a-zA-Z0-9]} takes: ASCII letters and digits only. */
    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The regex fill the scan replaced: the reference WordingFillTest holds it to. */
    static String fillByRegex(String what, String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(what + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String format(String key, String name, String value) {
        return format(key, Map.of(name, value));
    }

    public String format(String key, String n1, String v1, String n2, String v2) {
        return format(key, Map.of(n1, v1, n2, v2));
    }
}
