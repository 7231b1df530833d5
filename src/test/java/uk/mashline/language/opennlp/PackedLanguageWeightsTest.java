package uk.mashline.language.opennlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;
import uk.mashline.language.LanguageTestSupport;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packed weights rank every language of every text the tests know exactly as OpenNLP's detector does. */
class PackedLanguageWeightsTest {

    private static final LanguageDetectorModel MODEL = OpenNlpLanguageModel.load();

    @Test
    void everyTextRanksAsOpenNlpRanksItToTheLastBit() {
        PackedLanguageWeights packed = PackedLanguageWeights.of(MODEL).orElseThrow();
        assertEquals(145_895, packed.grams(), "every n-gram of langdetect-183 packed");
        LanguageDetectorME detector = new LanguageDetectorME(MODEL);
        List<String> texts = new ArrayList<>(LanguageTestSupport.allTexts());
        texts.addAll(List.of("", " ", "?", "a", "ok", "12/11/2026", "😀😀", "Ž", "ßßß", "\uD83D\uDE00abc"));
        List<String> differing = new ArrayList<>();
        for (String text : texts) {
            if (!same(detector.predictLanguages(text), packed.predictLanguages(text))) {
                differing.add(text);
            }
        }
        assertTrue(texts.size() > 5_000, texts.size() + " texts");
        assertEquals(List.of(), differing);
    }

    @Test
    void theServiceRanksWithThePackedWeights() {
        OpenNlpLanguageModel model = new OpenNlpLanguageModel(Runnable::run);
        assertTrue(model.ranksPacked(), "the weights packed and OpenNLP's own objects left to the collector");
        String polish = "mój partner bije moje dziecko i boję się wrócić do domu";
        Language[] expected = new LanguageDetectorME(MODEL).predictLanguages(polish);
        assertEquals("pol", model.rank(polish).get(0).code());
        assertEquals(expected[0].getConfidence(), model.rank(polish).get(0).confidence());
        assertEquals(expected.length, model.rank(polish).size());
    }

    private static boolean same(Language[] expected, Language[] actual) {
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!expected[i].getLang().equals(actual[i].getLang())
                    || Double.compare(expected[i].getConfidence(), actual[i].getConfidence()) != 0) {
                return false;
            }
        }
        return true;
    }
}
