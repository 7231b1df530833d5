package uk.mashline.testsupport;

import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core, the accessibility engine, run over the page a {@link Browser} shows: WCAG 2.0, 2.1 and 2.2 at
 * levels A and AA. The npm package is installed in .tools/axe-core by scripts/ensure-axe (scripts/test runs
 * it); the script is injected through WebDriver, which the page's CSP does not govern.
 */
public final class Axe {

    public static final Path SCRIPT = Path.of(System.getProperty("axe.script",
            ".tools/axe-core/node_modules/axe-core/axe.min.js"));

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']}, resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {
                    return n.target.join(' ');
                  }).join(', ');
                }));
              }, function (e) { done(['axe did not run: ' + e]); });
            """;

    private Axe() {
    }

    public static boolean available() {
        return Files.isRegularFile(SCRIPT);
    }

    /** Each violation as "rule (impact): what it asks at selector, selector". Empty when the page passes. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser) {
        String source;
        try {
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core missing: run scripts/ensure-axe (scripts/test does)", e);
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source);
        }
        return (List<String>) js.executeAsyncScript(RUN);
    }
}
