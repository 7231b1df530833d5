package uk.mashline.console;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's HTML pages (classpath:console/pages/*.html). Pages hold no inline script or
 * style (the CSP forbids them); the server fills in only escaped values: the signed-in user,
 * their role, the session's CSRF token and, on the login page, an error.
 */
@Singleton
public class ConsolePages {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** Renders a page; {@code values} are HTML-escaped into {{name}} placeholders. */
    public String render(String page, Map<String, String> values) {
        String html = load(page).replace("{{header}}", load("_header"));
        for (Map.Entry<String, String> e : values.entrySet()) {
            html = html.replace("{{" + e.getKey() + "}}", escape(e.getValue()));
        }
        return html.replaceAll("\\{\\{[a-zA-Z]+}}", "");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private String load(String page) {
        return cache.computeIfAbsent(page, name -> {
            try (InputStream in = ConsolePages.class.getResourceAsStream("/console/pages/" + name + ".html")) {
                if (in == null) {
                    throw new IllegalArgumentException("no console page " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
