package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The placeholder scan fills every template exactly as the regex it replaced, and fails where it failed. */
class WordingFillTest {

    private static final Pattern ANY_BRACES = Pattern.compile("\\{([^{}]*)}");

    @Test
    void everyTemplateOfTheWordingFileIsFilledAsTheRegexFilledIt() throws IOException {
        Properties entries = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dialogue/wording.properties")) {
            entries.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> templates = new ArrayList<>(entries.stringPropertyNames().stream().map(entries::getProperty).toList());
        // shapes the file may not have: braces that are no placeholder, doubled, unclosed, at the ends
        templates.addAll(List.of("", "{", "}", "{}", "{{a}}", "{a", "a}", "{a}{b}", "x{a}y{b}z", "{a b}", "{ä}",
                "{a-b}", "{{}}", "{a}}", "{{a}", "price $1 \\ {a}", "{a1B2}"));
        int filled = 0;
        for (String template : templates) {
            Map<String, String> values = new HashMap<>();
            Matcher m = ANY_BRACES.matcher(template);
            while (m.find()) {
                // values holding what a regex replacement would misread, and braces of their own
                values.put(m.group(1), "$1 \\ {" + m.group(1) + "} 01403 229900");
            }
            values.put("a", "A$");
            values.put("b", "\\B");
            assertEquals(Wording.fillByRegex("t", template, values), Wording.fill("t", template, values), template);
            filled += values.size();
        }
        assertTrue(templates.size() > 100 && filled > 100, "templates " + templates.size() + ", values " + filled);
    }

    @Test
    void aMissingValueIsTheSameError() {
        IllegalStateException scan = assertThrows(IllegalStateException.class,
                () -> Wording.fill("wording x", "call {number} or {other}", Map.of("number", "999")));
        IllegalStateException regex = assertThrows(IllegalStateException.class,
                () -> Wording.fillByRegex("wording x", "call {number} or {other}", Map.of("number", "999")));
        assertEquals(regex.getMessage(), scan.getMessage());
    }
}
