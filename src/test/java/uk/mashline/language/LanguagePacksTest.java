package uk.mashline.language;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagePacksTest {

    /** The fields every test pack below shares: who it is and its lines; each test gives the rest. */
    private static final String TEST_PACK_HEAD = """
                code: xyz
                name: Test
                nativeName: Test
                provenance: {reviewed: false, note: draft}
                lines: {call999: "{emergency}", interpreter: "{name} {phone}", englishOnly: x, childline: "{childline}"}
                """;

    private final LanguagePacks packs = LanguageTestSupport.PACKS;

    @Test
    void englishAndTwentyOneLanguagesEachInAFileOfItsOwn() {
        assertEquals(22, packs.all().size());
        assertEquals(LanguagePacks.SHIPPED, packs.all().stream().map(p -> p.language().code()).toList());
    }

    @Test
    void everyLineTakesItsNumbersFromDataAndNeverStatesOne() {
        for (LanguagePack pack : packs.all()) {
            String file = pack.language().code() + ": ";
            assertTrue(pack.line("call999").contains("{emergency}"), file + "call999 needs {emergency}");
            assertTrue(pack.line("interpreter").contains("{phone}"), file + "interpreter needs {phone}");
            // a contact's name is the partnership's English label ("Medway out-of-hours line"): only English says it
            assertEquals(pack.language().isEnglish(), pack.line("interpreter").contains("{name}"),
                    file + "interpreter names the contact in English only");
            assertTrue(pack.line("childline").contains("{childline}"), file + "childline needs {childline}");
            pack.lines().forEach((key, line) -> assertFalse(line.matches(".*\\d.*"), file + key + " states a number"));
        }
    }

    @Test
    void provenanceIsHonest() {
        for (LanguagePack pack : packs.all()) {
            if (!pack.language().isEnglish()) {
                assertFalse(pack.provenance().reviewed(), pack.language() + " claims a review nobody has done");
                assertTrue(pack.provenance().note().startsWith("draft awaiting a qualified translator"),
                        pack.language() + ": " + pack.provenance().note());
            }
        }
    }

    @Test
    void noLanguagesWordIsAlsoAnEnglishWord() {
        List<String> shared = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            if (!pack.language().isEnglish()) {
                pack.words().stream().filter(packs.english().words()::contains)
                        .forEach(w -> shared.add(pack.language() + ":" + w));
            }
        }
        assertEquals(List.of(), shared);
    }

    @Test
    void aFileWithoutAKindOfDangerIsRefusedNamingTheField() {
        String yaml = TEST_PACK_HEAD + """
                danger: {cry: [a]}
                """;
        var e = assertThrows(IllegalArgumentException.class, () -> LanguagePacks.read("xyz.yml", new StringReader(yaml)));
        assertTrue(e.getMessage().contains("xyz.yml") && e.getMessage().contains("danger.inDanger"), e.getMessage());
    }

    @Test
    void everyOtherLanguageReadsAHabitOfBeingLeftAlone() {
        for (LanguagePack pack : packs.all()) {
            if (!pack.language().isEnglish()) {
                Habit habit = pack.habit();
                assertFalse(habit.often().isEmpty() || habit.now().isEmpty() || habit.alone().isEmpty(),
                        pack.language() + ": habit needs often, now and alone");
            }
        }
    }

    @Test
    void aHabitThatSoftensACueTheFileDoesNotHaveIsRefused() {
        String yaml = TEST_PACK_HEAD + """
                danger: {cry: [a], inDanger: [b], hitting: [c], weapon: [d], sexual: [e], breathing: [f], overdose: [g],
                  suicide: [h], missing: [alone at home]}
                habit: {often: [often], now: [now], alone: [gone]}
                """;
        var e = assertThrows(IllegalArgumentException.class, () -> LanguagePacks.read("xyz.yml", new StringReader(yaml)));
        assertTrue(e.getMessage().contains("xyz.yml") && e.getMessage().contains("habit.alone"), e.getMessage());
    }

    /**
     * A harmless phrase blanks only its own cue: the phone lost and tablets for asthma tell no danger, a child lost and
     * tablets swallowed in the same message still do (lead, 42nd session: Welsh, the blind tester's kind 5).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Mae fy ffôn ar goll a dw i wedi colli rhif y gweithiwr cymdeithasol|false",
            "Mae fy merch yn cymryd tabledi ar gyfer ei asthma. Ydy'r ysgol angen gwybod?|false",
            "Mae fy merch ar goll ers neithiwr|true",
            "Mae fy merch ar goll a'i ffôn ar goll hefyd|true",
            "Mae o wedi llyncu tabledi ar gyfer ei nain|true",
            "Mae hi wedi cymryd gorddos o dabledi ar gyfer ei phen|true",
            "Mae fy mab wedi diflannu, mae ei ffôn ar goll|true",
            "Sut ydw i'n gwneud cwyn am y gwasanaethau plant?|false",
            "Beth wnes i o'i le? Gwnaeth yr ysgol alwad|false",
            "Mae ganddo fe gwn yn y tŷ nawr|true"})
    void aHarmlessPhraseBlanksOnlyItsOwnCue(String text, boolean danger) {
        LanguagePack welsh = packs.find(Language.of("cym")).orElseThrow();
        assertEquals(danger, DangerCues.find(welsh, text).isPresent(), text + " -> " + DangerCues.find(welsh, text));
    }
}
