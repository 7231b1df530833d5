package uk.mashline.nlu.opennlp;

import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentFile;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.TrainingSettings;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model read back from its file answers as the model that was trained, or it is not read back at all. */
class PackedModelSettingsTest {

    private static final IntentCorpus CORPUS = new IntentCorpus(List.of(
            new IntentFile("greeting", Route.GREETING, "", List.of("hello", "hi there", "good morning to you", "hiya")),
            new IntentFile("report_concern", Route.REPORT_CONCERN, "",
                    List.of("i am worried about a child", "my neighbour's kids have bruises", "i want to report a concern"))));

    private static void readBack(TrainingSettings settings, String[] text) throws IOException {
        OpenNlpIntentModel model = new OpenNlpModelTrainer(TextNormaliser.standard(), settings).train(CORPUS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.doccatModel().serialize(bytes);
        DoccatModel read = new DoccatModel(new ByteArrayInputStream(bytes.toByteArray()));
        assertArrayEquals(new DocumentCategorizerME(model.doccatModel()).categorize(text),
                new DocumentCategorizerME(read).categorize(text), 0.0);
    }

    @Test
    void wordPairsAreRebuiltFaithfully() throws IOException {
        TrainingSettings pairs = new TrainingSettings("MAXENT_QN_CONVERGED", 0, 100, 2, true, 0.3);
        assertTrue(new OpenNlpModelTrainer(TextNormaliser.standard(), pairs).packedModelMatchesSettings());
        readBack(pairs, new String[] {"my", "neighbour's", "kids", "have", "bruises"});
    }

    @Test
    void longerWordSequencesAreTrainedNotReadBack() {
        TrainingSettings triples = new TrainingSettings("MAXENT_QN_CONVERGED", 0, 100, 3, true, 0.3);
        // read back, the model would make word pairs only (OpenNLP's NGramFeatureGenerator without arguments)
        assertFalse(new OpenNlpModelTrainer(TextNormaliser.standard(), triples).packedModelMatchesSettings());
    }
}
