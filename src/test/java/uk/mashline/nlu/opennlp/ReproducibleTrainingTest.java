package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Same intents, same settings: same model version and the very same answers, run after run. */
class ReproducibleTrainingTest {

    @Test
    void trainingTwiceGivesTheSameVersionAndPredictions() {
        NluSettings settings = NluSettings.standard();
        var corpus = IntentCorpusLoader.fromDirectory(Path.of("intents"));
        var first = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(corpus);
        var second = new OpenNlpModelTrainer(TextNormaliser.standard(), settings.training()).train(
                IntentCorpusLoader.fromDirectory(Path.of("intents")));
        assertEquals(first.version(), second.version());
        IntentClassifier a = OpenNlpIntentClassifier.of(first, settings);
        IntentClassifier b = OpenNlpIntentClassifier.of(second, settings);
        List<String> texts = HeldOutExample.read(HeldOutExample.DEFAULT_FILE).stream().map(HeldOutExample::text).toList();
        for (String text : texts) {
            assertEquals(a.classify(text), b.classify(text), text);
        }
    }
}
