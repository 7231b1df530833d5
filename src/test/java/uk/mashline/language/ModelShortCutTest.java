package uk.mashline.language;

import org.junit.jupiter.api.Test;
import uk.mashline.language.opennlp.OpenNlpLanguageModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector asks the language model only when its answer can change the outcome. Held to the
 * detector that asks it about every message of enough words, on every text the tests know, with the
 * real model and with models that insist on one language each, so a short cut that drops a case
 * the model decides shows here.
 */
class ModelShortCutTest {

    private static final LanguageModel REAL = new OpenNlpLanguageModel(Runnable::run).awaitLoaded();

    @Test
    void skippingTheModelNeverChangesALanguage() {
        List<String> texts = LanguageTestSupport.allTexts();
        List<LanguageModel> models = new ArrayList<>(List.of(REAL));
        List<String> insisted = new ArrayList<>(LanguagePacks.SHIPPED);
        // a language with no file, and two the detector never answers with on their own
        insisted.addAll(List.of("deu", "lat", "xxx"));
        for (String code : insisted) {
            models.add(text -> List.of(new LanguageModel.LanguageScore(code, 0.9),
                    new LanguageModel.LanguageScore("eng", 0.05)));
        }
        List<String> differ = new ArrayList<>();
        for (LanguageModel model : models) {
            LayeredLanguageDetector fast = new LayeredLanguageDetector(LanguageTestSupport.PACKS, model);
            LayeredLanguageDetector full = new LayeredLanguageDetector(LanguageTestSupport.PACKS, model, true);
            for (String text : texts) {
                Language expected = full.detect(text);
                Language found = fast.detect(text);
                if (!expected.equals(found)) {
                    differ.add(expected.code() + " -> " + found.code() + " | " + text);
                }
            }
        }
        assertTrue(texts.size() > 5000, "read " + texts.size() + " texts");
        assertEquals(List.of(), differ);
    }

    @Test
    void anOrdinaryEnglishMessageIsNotShownToTheModel() {
        AtomicInteger asked = new AtomicInteger();
        LanguageModel counting = text -> {
            asked.incrementAndGet();
            return REAL.rank(text);
        };
        LayeredLanguageDetector detector = new LayeredLanguageDetector(LanguageTestSupport.PACKS, counting);
        assertEquals(Language.ENGLISH, detector.detect("I'm worried about a child at my son's school, she always has bruises"));
        assertEquals(Language.ENGLISH, detector.detect("do I need the parents' consent before I share information"));
        assertEquals(0, asked.get());
        // a sentence in a language with a file is still shown to it
        detector.detect("Estou preocupada com a minha vizinha e os filhos dela");
        assertEquals(1, asked.get());
    }
}
