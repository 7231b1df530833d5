package uk.mashline.nlu.opennlp;

import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.TrainingSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intent model's fast scorer gives exactly the categorizer's probabilities, to the last bit, for every
 * training line and held-out message and for shapes they lack; a model over other features keeps the categorizer.
 */
class IntentScorerTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.standard();
    private static OpenNlpIntentModel model;
    private static List<String[]> messages;

    @BeforeAll
    static void train() throws IOException {
        var trainer = new OpenNlpModelTrainer(NORMALISER, NluSettings.standard().training());
        model = trainer.train(IntentCorpusLoader.fromDirectory(Path.of("intents")));
        messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("intents"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                addNormalised(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        addNormalised(Files.readAllLines(Path.of("intents/test/heldout.tsv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(line.indexOf('\t') + 1)).toList());
        // shapes the data lacks: one word, a word the model never saw, a word repeated, upper case and digits
        messages.add(new String[] {"hi"});
        messages.add(new String[] {"zzqxw"});
        messages.add("knife knife knife he he is is outside".split(" "));
        messages.add("Referral REFERRAL 12 2026 é ß".split(" "));
        messages.add(new String[] {""});
    }

    private static void addNormalised(List<String> lines) {
        for (String line : lines) {
            String normalised = NORMALISER.normalise(line);
            if (!line.startsWith("#") && !normalised.isEmpty()) {
                messages.add(normalised.split(" "));
            }
        }
    }

    @Test
    void theFastScorerIsUsedForTheTrainedModel() {
        assertTrue(model.usesFastScorer());
    }

    @Test
    void everyProbabilityIsTheCategorizersToTheLastBit() {
        IntentScorer scorer = IntentScorer.forModel(model.doccatModel()).orElseThrow();
        DocumentCategorizerME reference = new DocumentCategorizerME(model.doccatModel());
        for (String[] tokens : messages) {
            assertArrayEquals(reference.categorize(tokens), scorer.probabilities(tokens), String.join(" ", tokens));
        }
        assertTrue(messages.size() > 5000, "messages compared: " + messages.size());
    }

    @Test
    void aWordWithAColonIsLeftToTheCategorizer() {
        String[] tokens = "time 10:30 now".split(" ");
        assertNull(IntentScorer.forModel(model.doccatModel()).orElseThrow().probabilities(tokens));
        double[] reference = new DocumentCategorizerME(model.doccatModel()).categorize(tokens);
        assertEquals(Arrays.stream(reference).max().orElseThrow(), model.rank(tokens).get(0).probability());
    }

    @Test
    void aModelWithoutStemsKeepsTheCategorizer() {
        TrainingSettings standard = NluSettings.standard().training();
        TrainingSettings noStems = new TrainingSettings(standard.algorithm(), standard.cutoff(), standard.iterations(),
                standard.maxNgram(), false, standard.l2());
        var tiny = new OpenNlpModelTrainer(NORMALISER, noStems).train(OpenNlpIntentClassifierTest.TINY);
        assertFalse(tiny.usesFastScorer());
        assertFalse(tiny.rank("hello there".split(" ")).isEmpty());
    }
}
