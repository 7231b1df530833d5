package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MisspellingsTest {

    private final Misspellings known = new Misspellings(Map.of(
            "help", 40, "neglect", 12, "knife", 30, "referral", 50, "her", 300, "hers", 2, "heard", 9, "herd", 1));

    @Test
    void aWordOneSlipFromAKnownWordIsReadAsThatWord() {
        assertEquals("help", known.meant("hlep"));      // two letters swapped
        assertEquals("neglect", known.meant("neglet")); // a letter dropped
        assertEquals("knife", known.meant("kniffe"));   // a letter doubled
        assertEquals("knife", known.meant("knofe"));    // the key next to it
        assertEquals("referral", known.meant("referal"));
    }

    @Test
    void theKnownWordInMostTrainingLinesWins() {
        assertEquals("her", known.meant("hera"));
    }

    @Test
    void knownShortAndNumberedWordsAreLeftAsTyped() {
        assertEquals("herd", known.meant("herd"));
        assertEquals("hep", known.meant("hep"));
        assertEquals("kn1fe", known.meant("kn1fe"));
        assertEquals("zzzzzz", known.meant("zzzzzz"));
    }

    @Test
    void aMessageOfKnownWordsIsTheSameArray() {
        String[] words = {"help", "her"};
        assertSame(words, known.correct(words));
        assertArrayEquals(new String[] {"help", "her", "knife"}, known.correct(new String[] {"hlep", "her", "knfie"}));
    }
}
