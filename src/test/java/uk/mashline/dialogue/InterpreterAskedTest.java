package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.mashline.language.LanguagePack;
import uk.mashline.language.LanguageTestSupport;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpreterAskedTest {

    private static final InterpreterAsked ASKED = InterpreterAsked.fromClasspath(LanguageTestSupport.PACKS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "do you have arabic speaker|Arabic",
            "can i talk to someone in polish|Polish",
            "Is there anyone who speaks Romanian?|Romanian",
            "need interpreter please, urdu|Urdu",
            "i need a translator, i speak tigrinya|",
            "hello my english is not good, i need help for my daughter|",
            "sorry no speak english|",
            "can you reply in español|Spanish",
    })
    void asksForAnInterpreter(String message, String language) {
        Optional<InterpreterAsked.Asked> asked = ASKED.in(message);
        assertTrue(asked.isPresent(), message);
        assertEquals(Optional.ofNullable(language), asked.get().language().map(LanguagePack::name), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my son broke his bluetooth speaker and i shouted at him",
            "can i speak to someone please",
            "my daughter speaks english at school but polish at home and the teacher is worried",
            "the school said he is speaking in class about knives",
            "does anyone speak english here lol",
            "im worried about my neighbours kids",
    })
    void asksForNothing(String message) {
        assertEquals(Optional.empty(), ASKED.in(message), message);
    }
}
