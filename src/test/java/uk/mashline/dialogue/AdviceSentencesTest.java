package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Advice splits paragraphs into sentences as the regex it replaced did, on every wording and on odd text. */
class AdviceSentencesTest {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"(A-Z0-9])");

    @Test
    void everyWordingSplitsAsTheRegexSplitsIt() throws IOException {
        Properties wording = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dialogue/wording.properties")) {
            wording.load(in);
        }
        assertTrue(wording.size() > 100, "the wording file was read");
        int split = 0;
        for (String key : wording.stringPropertyNames()) {
            String text = wording.getProperty(key);
            assertEquals(Arrays.asList(SENTENCE_END.split(text)), Advice.sentences(text), key);
            split += Advice.sentences(text).size() > 1 ? 1 : 0;
        }
        assertTrue(split > 50, "many wordings have more than one sentence: " + split);
    }

    @Test
    void oddTextSplitsAsTheRegexSplitsIt() {
        char[] alphabet = {'a', 'B', '7', '.', '!', '?', ' ', ' ', '\t', '\n', '"', '(', ')', '\u00a0', 'Z', '0', ','};
        Random random = new Random(20261130);
        List<String> texts = new ArrayList<>(List.of("", ".", ". ", " .", "A. B", "A.  B", "A. b", "A.\tB.", "x? (y)",
                "Call 999. \"Now\"", "end. ", "1. 2. 3."));
        for (int i = 0; i < 20000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int k = 0; k < text.length; k++) {
                text[k] = alphabet[random.nextInt(alphabet.length)];
            }
            texts.add(new String(text));
        }
        for (String text : texts) {
            assertEquals(Arrays.asList(SENTENCE_END.split(text)), Advice.sentences(text), "[" + text + "]");
        }
    }
}
