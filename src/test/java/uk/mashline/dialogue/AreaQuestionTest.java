package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which place a question asks about, and whose area it is in: dialogue/area-questions.tsv as shipped. */
class AreaQuestionTest {

    private final AreaQuestion area = new AreaQuestion(
            PatternFile.templatesFromClasspath(AreaQuestion.DEFAULT_FILE), null, null, null);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "is tipton sandwell or dudley? my nephew lives there|tipton|sandwell",
            "is dudley port in sandwell or dudley|dudley port|sandwell",
            "sorry is crawley west sussex or surrey|crawley|west-sussex",
            "im in gillingham is that you or kent|gillingham|medway",
            "do u cover wallsend? worried about my granddaughter|wallsend|north-tyneside",
            "does medway cover chatham and rochester or is that a different council|chatham|medway",
            "we live in walsall is this the right place to ask about my step son|walsall|other",
            "my nan lives in south shields can you still help|south shields|other",
            "which council is west bromwich|west bromwich|sandwell",
            "r u the ones for whitley bay|whitley bay|north-tyneside",
            "isnt bognor west sussex too|bognor|west-sussex"})
    void readsThePlaceAskedAboutAndItsArea(String message, String place, String partnership) {
        assertEquals(Optional.of(place), area.placeAsked(message));
        assertEquals(partnership, area.areaOf(place));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we live in crawley and need some help with our sons behaviour",
            "my dad hit me at my nans in tipton",
            "i live in walsall",
            "is this the right number for the mash",
            "do you cover neglect as well"})
    void aPlaceNamedWithoutAskingWhoseAreaItIsIsNotThisQuestion(String message) {
        assertTrue(area.placeAsked(message).isEmpty(), message);
    }

    @Test
    void aLineOfAnUnknownKindIsAnErrorThatNamesTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AreaQuestion(List.of("towns\tsandwell\ttipton"), null, null, null));
        assertTrue(e.getMessage().contains(AreaQuestion.DEFAULT_FILE));
    }
}
