package uk.mashline.nlu.slots;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.TextNormaliser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseRulesTest {

    private final PhraseRules phrases = PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE);
    private final TextNormaliser normaliser = TextNormaliser.standard();

    @Test
    void thePrefilterNeverChangesWhatIsFound() throws IOException {
        List<String> texts = new ArrayList<>();
        IntentCorpusLoader.fromDirectory(Path.of("intents")).intents().forEach(f -> texts.addAll(f.examples()));
        HeldOutExample.read(HeldOutExample.DEFAULT_FILE).forEach(e -> texts.add(e.text()));
        for (String line : Files.readAllLines(RuleSlotExtractorTest.CASES, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                texts.add(line.split("\t")[0]);
            }
        }
        for (String line : Files.readAllLines(Path.of("intents/slots/train.txt"), StandardCharsets.UTF_8)) {
            texts.add(line.replaceAll("<START:\\w+>|<END>", ""));
        }
        int found = 0;
        for (String text : texts) {
            String normalised = normaliser.normalise(text);
            Map<String, String> filtered = new LinkedHashMap<>();
            Map<String, String> everywhere = new LinkedHashMap<>();
            phrases.apply(normalised, filtered);
            phrases.applyWithoutPrefilter(normalised, everywhere);
            assertEquals(everywhere, filtered, text);
            found += filtered.size();
        }
        // the comparison means something only if the phrases find plenty in these texts
        assertTrue(found > texts.size() / 4, "slots found: " + found + " in " + texts.size() + " texts");
    }
}
