package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** facts-50: the facts of a later message in another language, in the English words the English slot readers read. */
class FirstLanguageFactsTest {

    private final FirstLanguageFacts facts = new FirstLanguageFacts();

    @Test
    void whereTheFamilyLivesIsReadInTheWriterOwnWordOrder() {
        assertEquals(Optional.of("we live in crawley"), facts.gloss("vivimos en crawley"));
        assertEquals(Optional.of("we live in worthing"), facts.gloss("mieszkamy w worthing"));
        assertEquals(Optional.of("we live in dudley"), facts.gloss("dudley'de oturuyoruz"));
        assertEquals(Optional.of("we live in dudley"), facts.gloss("نحن نعيش في Dudley"));
    }

    @Test
    void theDayRaisedTheStageAndWithWhomAreReadTogether() {
        assertEquals(Optional.of("i raised it with the team manager 3 december"),
                facts.gloss("juz rozmawialam z kierownikiem zespolu 3 grudnia, nic sie nie zmienilo"));
        assertEquals(Optional.of("i raised it with the team manager thursday 3 december"),
                facts.gloss("ya lo hable con la jefa de equipo el jueves 3 de diciembre"));
        assertEquals(Optional.of("stage 2 i raised it friday 4 december"),
                facts.gloss("juz jest na etapie 2, zglosilam to w piątek 4 grudnia"));
        assertEquals(Optional.of("i raised it yesterday"), facts.gloss("я вже дзвонила їм вчора"));
    }

    @Test
    void aDayOrAnActAloneIsNoFact() {
        assertEquals(Optional.empty(), facts.gloss("co będzie dalej? dzisiaj?"));
        assertEquals(Optional.empty(), facts.gloss("rozmawiałam z nią, co teraz?"));
        assertEquals(Optional.empty(), facts.gloss("dziękuję bardzo"));
        assertEquals(Optional.empty(), facts.gloss("mam 12 lat"));
    }
}
