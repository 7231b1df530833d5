package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.TextNormaliser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The name finder's fast decoder finds exactly what OpenNLP's NameFinderME finds, with the same
 * probabilities to the last bit, on every annotated example and on shapes the examples lack; a model it
 * was not written for is decoded by OpenNLP, with the same results.
 */
class SlotNameDecoderTest {

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
        // shapes the annotated examples lack: digits, one word, odd characters, upper case and commas
        // (never in normalised text, but the decoder must still agree)
        messages.add(new String[] {"12"});
        messages.add("im 12 and 2026 07700 900123 & ok".split(" "));
        messages.add("Crawley HV é ß Ǆ 𝒜 health,visitor in crawley, , ,,".split(" "));
        messages.add("a health visitor in Crawley and a Health Visitor in CRAWLEY".split(" "));
    }

    @Test
    void theFastDecoderIsUsedForTheTrainedModel() {
        assertTrue(finder.usesFastDecoder());
    }

    @Test
    void findsWhatNameFinderMeFindsWithTheSameProbabilities() {
        int entities = assertSameAsNameFinderMe(finder);
        assertTrue(entities > 100, "the examples hold entities to compare: " + entities);
    }

    @Test
    void everyTokensDecisionAndProbabilityIsNameFinderMes() {
        SlotNameDecoder decoder = SlotNameDecoder.forModel(finder.model(), new String[0][]).orElseThrow();
        NameFinderME reference = new NameFinderME(finder.model());
        for (String[] tokens : messages) {
            reference.find(tokens);
            double[] probabilities = reference.probs();
            reference.clearAdaptiveData();
            SlotNameDecoder.Decoded decoded = decoder.decode(tokens);
            assertTrue(Arrays.equals(probabilities, decoded.probabilities()), String.join(" ", tokens));
        }
    }

    @Test
    void aModelOnOtherFeaturesIsLeftToOpenNlp() throws IOException {
        // a feature the decoder does not know (the third word before)
        SlotNameFinder wider = finderOn("""
                <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                  <int name="prevLength">3</int>
                  <int name="nextLength">3</int>
                  <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                </generator>""");
        assertFalse(wider.usesFastDecoder());
        assertSameAsNameFinderMe(wider);
        // a feature it knows by name but computed otherwise (the word as written, not lower-cased): the
        // probes, which hold capitals, tell it apart
        SlotNameFinder asWritten = finderOn("""
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">false</bool>
                </generator>""");
        assertFalse(asWritten.usesFastDecoder());
        assertSameAsNameFinderMe(asWritten);
    }

    @Test
    void aModelOnFewerOfTheSameFeaturesIsDecodedExactlyToo() throws IOException {
        // the decoder adds only the weights a model holds: one trained on a subset of the default features is
        // decoded exactly as OpenNLP decodes it
        SlotNameFinder wordsOnly = finderOn("""
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>""");
        assertSameAsNameFinderMe(wordsOnly);
    }

    private static SlotNameFinder finderOn(String generator) throws IOException {
        byte[] descriptor = ("<featureGenerators cache=\"true\" name=\"nameFinder\">" + generator + "</featureGenerators>")
                .getBytes(StandardCharsets.UTF_8);
        return new SlotNameFinder(train(trainer.parameters(),
                TokenNameFinderFactory.create(null, descriptor, Map.of(), new BioCodec())), "other");
    }

    @Test
    void aWiderBeamIsLeftToOpenNlp() throws IOException {
        TrainingParameters beamOfThree = trainer.parameters();
        beamOfThree.put("BeamSize", 3);
        SlotNameFinder wide = new SlotNameFinder(train(beamOfThree, new TokenNameFinderFactory()), "wide");
        assertFalse(wide.usesFastDecoder());
        assertSameAsNameFinderMe(wide);
    }

    private static TokenNameFinderModel train(TrainingParameters parameters, TokenNameFinderFactory factory)
            throws IOException {
        List<NameSample> samples = trainer.samples(Files.readAllLines(Path.of(SlotNameFinderTrainer.EXAMPLES)));
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
    }

    /** Every message: the same spans, types, words and probabilities (exactly) as NameFinderME; the entities compared. */
    private static int assertSameAsNameFinderMe(SlotNameFinder under) {
        NameFinderME reference = new NameFinderME(under.model());
        int entities = 0;
        for (String[] tokens : messages) {
            Span[] spans = reference.find(tokens);
            double[] probabilities = reference.probs(spans);
            reference.clearAdaptiveData();
            List<SlotNameFinder.Entity> found = under.find(tokens);
            assertEquals(spans.length, found.size(), String.join(" ", tokens));
            for (int i = 0; i < spans.length; i++) {
                assertEquals(spans[i].getType(), found.get(i).type());
                assertEquals(String.join(" ", Arrays.copyOfRange(tokens, spans[i].getStart(), spans[i].getEnd())),
                        found.get(i).text());
                // exactly equal, not within a tolerance: the same weights added in the same order
                assertEquals(probabilities[i], found.get(i).probability(), 0.0);
                entities++;
            }
        }
        return entities;
    }
}
