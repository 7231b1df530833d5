package uk.mashline.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageDetectionTest {

    // Lines of the English training data that are not English, and what they are
    private static final Map<String, String> NOT_ENGLISH_IN_INTENTS = Map.of("dzien dobry", "pol");

    static List<LanguageTestSupport.Case> cases() {
        return LanguageTestSupport.cases("languages/cases.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachExampleIsDetectedInItsLanguageWithItsDanger(LanguageTestSupport.Case c) {
        Language language = LanguageTestSupport.detector().detect(c.text());
        assertEquals(c.language(), language.code(), c.text());
        Optional<String> danger = DangerCues.find(LanguageTestSupport.PACKS.find(language).orElseThrow(), c.text());
        assertEquals(c.danger(), danger.map(d -> d.substring(0, d.indexOf(':'))).orElse("-"), c.text() + " " + danger);
    }

    static List<LanguageTestSupport.Case> secondBlindSet() {
        return LanguageTestSupport.cases("languages/blind-2.tsv");
    }

    /** The second blind set (README, Other languages): each line in its language, danger found where there is danger. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("secondBlindSet")
    void theSecondBlindSetKeepsItsLanguageAndItsDanger(LanguageTestSupport.Case c) {
        Language language = LanguageTestSupport.detector().detect(c.text());
        assertEquals(c.language(), language.code(), c.text());
        boolean danger = language != Language.ENGLISH
                && DangerCues.find(LanguageTestSupport.PACKS.find(language).orElseThrow(), c.text()).isPresent();
        assertEquals(c.danger().equals("yes") && language != Language.ENGLISH, danger, c.text());
    }

    @Test
    void everyEnglishLineOfTheTrainingDataStaysEnglish() throws IOException {
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        try (Stream<Path> files = Files.walk(Path.of("intents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                    lines++;
                    String expected = NOT_ENGLISH_IN_INTENTS.getOrDefault(text, "eng");
                    String found = LanguageTestSupport.detector().detect(text).code();
                    if (!expected.equals(found)) {
                        wrong.add(found + " | " + text);
                    }
                }
            }
        }
        assertTrue(lines > 5000, "read " + lines + " lines");
        assertEquals(List.of(), wrong, "of " + lines + " lines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "2", "999", "yes", "no", "ok", "STOP", "help", "hi", "hola", "ciao", "u ok?",
            "my dad hit me", "im scared", "wot do i do", "ppl r saying stuff abt me online", "07700 900123",
            "12/03/2026", "stage 2", "a", "xx", "??", "😢", "lol", "idk", "mum n dad fighting again"})
    void shortOrUnclearMessagesStayEnglish(String text) {
        assertEquals(Language.ENGLISH, LanguageTestSupport.detector().detect(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ανησυχώ πολύ για την κόρη μου και τον φίλο της, δεν ξέρω τι να κάνω",
            "Ik maak me zorgen om mijn dochter en haar vriend"})
    void aLanguageWithoutAFileIsNotTakenForEnglish(String text) {
        Language language = LanguageTestSupport.detector().detect(text);
        assertTrue(!language.isEnglish() && LanguageTestSupport.PACKS.find(language).isEmpty(), language.code());
    }

    /** German has a file since the lead's trial of 30 Nov, where a German first message got the English fallback. */
    @Test
    void aGermanMessageIsGerman() {
        assertEquals(Language.of("deu"), LanguageTestSupport.detector()
                .detect("Hallo, ich mache mir Sorgen um das Kind meiner Nachbarin und weiß nicht was ich tun soll"));
    }
}
