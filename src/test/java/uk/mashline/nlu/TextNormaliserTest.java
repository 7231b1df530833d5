package uk.mashline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormaliserTest {

    private final TextNormaliser normaliser = TextNormaliser.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "He's OUTSIDE rn!!!                      | he is outside right now",
        "he’s here & i can’t get out             | he is here and i cannot get out",
        "hes gonna hurt her 2nite                 | he is going to hurt her tonight",
        "im scared pls help                       | i am scared please help",
        "plz call me tmrw cos i dunno wat 2 do    | please call me tomorrow because i do not know what 2 do",
        "u said ur mum wont let u                 | you said your mum will not let you",
        "dont know, didnt ask                     | do not know did not ask",
        "Pleeeease helppp                         | please help",
        "my 3yr old's alone                       | my 3yr old alone",
        "shouldn't they've                        | should not they have",
        "Café naïve ＨＥＬＬＯ                     | cafe naive hello",
        "😢😢 my dad hit me 👊                     | my dad hit me",
        "call 999!!!                              | call 999",
        "'quoted' words'                          | quoted words",
        "wat's up                                 | what up",
        "the neighbor's kids                      | the neighbour children",
        "PC here, attended a DA incident          | pc here attended a domestic abuse incident",
        "ring da police                           | ring the police",
        "RING DA POLICE                           | ring the police",
    })
    void normalisesWhatPeopleType(String typed, String expected) {
        assertEquals(expected, normaliser.normalise(typed));
    }

    @Test
    void tokensAreTheNormalisedWords() {
        assertArrayEquals(new String[] {"i", "am", "ok"}, normaliser.tokens("I'm OK."));
        assertArrayEquals(new String[0], normaliser.tokens("?!"));
    }

    @Test
    void neverThrowsOnHostileInput() {
        StringBuilder tenThousand = new StringBuilder();
        while (tenThousand.length() < 10_000) {
            tenThousand.append("he's outside with a knife ");
        }
        List<String> inputs = List.of("", " ", "\u0000\u0001\u0007\n\r\t", "\uD800", "a\uDC00b", "\uDBFF\uDFFF",
                "'''", "''s", "n't", "&&&", "\u202E\u200B\uFEFF", "x".repeat(10_000), tenThousand.toString(),
                "\u0301\u0301", "ǅ", "İstanbul");
        for (String input : inputs) {
            assertDoesNotThrow(() -> normaliser.normalise(input));
        }
        assertEquals("", normaliser.normalise(null));
        assertEquals("", normaliser.normalise("\uD800"));
        assertTrue(normaliser.normalise(tenThousand.toString()).startsWith("he is outside with a knife"));
    }

    @Test
    void neverThrowsOnRandomCodeUnits() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(60)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            String input = new String(chars);
            String out = assertDoesNotThrow(() -> normaliser.normalise(input));
            assertTrue(out.isEmpty() || (!out.startsWith(" ") && !out.endsWith(" ") && !out.contains("  ")));
        }
    }

    @Test
    void tableIsDataWithSuffixRules() {
        TextNormaliser tiny = TextNormaliser.parse(List.of("# comment", "u\tyou", "*n't\tnot", "*'s\t"));
        assertEquals("you could not see mum", tiny.normalise("u couldn't see mum's"));
        assertThrows(IllegalArgumentException.class, () -> TextNormaliser.parse(List.of("no tab here")));
    }

    @Test
    void aWordInCapitalsIsReadAsTypedOnlyWhenTheMessageHasSmallLettersToo() {
        TextNormaliser tiny = TextNormaliser.parse(List.of("da\tthe", "DA\tdomestic abuse"));
        assertEquals("domestic abuse at home", tiny.normalise("DA at home"));
        assertEquals("the kids", tiny.normalise("da kids"));
        assertEquals("the kids", tiny.normalise("Da kids"));
        assertEquals("the kids", tiny.normalise("DA KIDS"));
        assertThrows(IllegalArgumentException.class, () -> TextNormaliser.parse(List.of("Da\tthe")));
    }
}
