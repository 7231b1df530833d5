package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.TextNormaliser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The name finder's fast features are OpenNLP's default features, string for string, and decoding with
 * them finds exactly what NameFinderME finds, with the same probabilities; a model trained on other
 * features is decoded with its own generator.
 */
class SlotNameFeaturesTest {

    private static SlotNameFinderTrainer trainer;
    private static SlotNameFinder finder;
    private static List<String[]> messages;

    @BeforeAll
    static void train() throws IOException {
        trainer = new SlotNameFinderTrainer(TextNormaliser.standard());
        finder = trainer.train(Files.readAllLines(Path.of(SlotNameFinderTrainer.EXAMPLES)));
        messages = new ArrayList<>();
        for (Path file : List.of(Path.of(SlotNameFinderTrainer.EXAMPLES), Path.of("intents/slots/test/heldout.txt"))) {
            for (NameSample sample : trainer.samples(Files.readAllLines(file, StandardCharsets.UTF_8))) {
                messages.add(sample.getSentence());
            }
        }
        // shapes the annotated examples lack: digits, one word, odd characters, upper case (never normalised)
        messages.add(new String[] {"12"});
        messages.add("im 12 and 2026 07700 900123 & ok".split(" "));
        messages.add("Crawley HV é ß Ǆ 𝒜".split(" "));
    }

    @Test
    void theFeaturesAreOpenNlpsOwnForEveryTokenAndHistory() {
        String[] outcomes = finder.model().getNameFinderSequenceModel().getOutcomes();
        assertTrue(SlotNameFeatures.sameAs(finder.model().getFactory().createContextGenerator(), outcomes,
                messages.toArray(String[][]::new)));
        assertTrue(finder.usesFastFeatures());
    }

    @Test
    void findsWhatNameFinderMeFindsWithTheSameProbabilities() {
        NameFinderME reference = new NameFinderME(finder.model());
        int entities = 0;
        for (String[] tokens : messages) {
            Span[] spans = reference.find(tokens);
            double[] probabilities = reference.probs(spans);
            reference.clearAdaptiveData();
            List<SlotNameFinder.Entity> found = finder.find(tokens);
            assertEquals(spans.length, found.size(), String.join(" ", tokens));
            for (int i = 0; i < spans.length; i++) {
                assertEquals(spans[i].getType(), found.get(i).type());
                assertEquals(String.join(" ", java.util.Arrays.copyOfRange(tokens, spans[i].getStart(), spans[i].getEnd())),
                        found.get(i).text());
                // exactly equal, not within a tolerance: the same features in the same order
                assertEquals(probabilities[i], found.get(i).probability(), 0.0);
                entities++;
            }
        }
        assertTrue(entities > 100, "the examples hold entities to compare: " + entities);
    }

    @Test
    void aModelTrainedOnOtherFeaturesIsDecodedWithItsOwn() throws IOException {
        byte[] tokensOnly = """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                </featureGenerators>
                """.getBytes(StandardCharsets.UTF_8);
        List<NameSample> samples = trainer.samples(Files.readAllLines(Path.of(SlotNameFinderTrainer.EXAMPLES)));
        TokenNameFinderModel other = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                trainer.parameters(), TokenNameFinderFactory.create(null, tokensOnly, java.util.Map.of(),
                        new opennlp.tools.namefind.BioCodec()));
        SlotNameFinder otherFinder = new SlotNameFinder(other, "other");
        assertFalse(otherFinder.usesFastFeatures());
        NameFinderME reference = new NameFinderME(other);
        for (String[] tokens : messages) {
            Span[] spans = reference.find(tokens);
            reference.clearAdaptiveData();
            assertEquals(spans.length, otherFinder.find(tokens).size(), String.join(" ", tokens));
        }
    }
}
