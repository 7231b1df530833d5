package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mashline.nlu.Slots;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.slots.PhraseRules;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The slot name finder trained on intents/slots/train.txt as the build trains it, judged on the held-out file. */
class NameFinderSlotExtractorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final TextNormaliser NORMALISER = TextNormaliser.standard();
    private static SlotNameFinderTrainer trainer;
    private static SlotNameFinder finder;
    private static NameFinderSlotExtractor extractor;

    @BeforeAll
    static void train() throws IOException {
        trainer = new SlotNameFinderTrainer(NORMALISER);
        finder = trainer.train(Files.readAllLines(Path.of(SlotNameFinderTrainer.EXAMPLES)));
        extractor = new NameFinderSlotExtractor(NORMALISER, RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), CompletableFuture.completedFuture(finder));
    }

    @Test
    void theModelFindsWhatTheRulesMiss() {
        Slots slots = extractor.extract("school nurse in Tynemouth, mash said nfa on 16/11/2026", TODAY);
        assertEquals("PROFESSIONAL", slots.get(Slots.ROLE).orElseThrow());
        assertEquals("nurse", slots.get(Slots.PROFESSION).orElseThrow());
        assertEquals("tynemouth", slots.get(Slots.PLACE).orElseThrow());
        assertEquals("2026-11-16", slots.get(Slots.RAISED_ON).orElseThrow(), "dates are the rules' job");
        assertEquals("PARENT_FAMILY", extractor.extract("i'm his nan and worried", TODAY).get(Slots.ROLE).orElseThrow());
        assertEquals("PUBLIC", extractor.extract("neighbour here, the baby cries all night", TODAY).get(Slots.ROLE).orElseThrow());
    }

    @Test
    void theRulesWinWhereBothSpeak() {
        // the rules say a child (their own age); a job title the model might see cannot turn them into a professional
        Slots child = extractor.extract("im 12 and my teacher said to text you", TODAY);
        assertEquals("CHILD", child.get(Slots.ROLE).orElseThrow());
        assertTrue(child.get(Slots.PROFESSION).isEmpty());
    }

    @Test
    void aJobTheCallerTalksAboutIsNotTheCallers() {
        // a parent complaining about the social worker, police at the door: nobody here said they are a professional
        for (String message : List.of("i want to complain about the social worker, she keeps cancelling visits",
                "police are here now", "the police are here", "my health visitor never calls back",
                "i spoke to a social worker yesterday and she said its fine", "social worker said they are closing it",
                "the gp says he is fine", "put me through to a social worker", "can i speak to a social worker please",
                "i want to talk to the duty social worker", "i need a social worker")) {
            Slots slots = extractor.extract(message, TODAY);
            assertTrue(slots.get(Slots.PROFESSION).isEmpty(), () -> message + " -> " + slots);
            assertTrue(slots.get(Slots.ROLE).filter("PROFESSIONAL"::equals).isEmpty(), () -> message + " -> " + slots);
        }
        // the caller's own job, however it is put, still is
        for (String message : List.of("police here, need to discuss a joint response", "i am the health visitor for the family",
                "as her social worker i disagree", "social worker, West Bromwich team, disagree with the police")) {
            assertEquals("PROFESSIONAL", extractor.extract(message, TODAY).get(Slots.ROLE).orElse(null), message);
        }
    }

    @Test
    void aParentWithSomeoneOfTheirsIsNotTheWriter() {
        // a child hiding from "mum and her bf" is not a parent writing (care helper's unseen set, 2 Dec)
        for (String message : List.of("mum and her bf are screaming and he threw a plate at her im hiding in my room",
                "dad n his gf are fighting again")) {
            Slots slots = extractor.extract(message, TODAY);
            assertTrue(slots.get(Slots.ROLE).filter("PARENT_FAMILY"::equals).isEmpty(), () -> message + " -> " + slots);
        }
    }

    @Test
    void withoutAModelTheRulesAnswerAlone() {
        var rulesOnly = new NameFinderSlotExtractor(NORMALISER, RuleSlotExtractor.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), new CompletableFuture<>());
        assertEquals(RuleSlotExtractor.standard().extract("im a teacher in Crawley", TODAY),
                rulesOnly.extract("im a teacher in Crawley", TODAY));
        assertEquals(Slots.NONE, rulesOnly.extract("  ", TODAY));
    }

    @Test
    void heldOutSlotsReachTheirTargets() throws IOException {
        List<NameSample> heldOut = trainer.samples(Files.readAllLines(Path.of("intents/slots/test/heldout.txt")));
        Map<String, SlotEvaluation.Score> scores = new SlotEvaluation(extractor).score(extractor, heldOut);
        scores.forEach((slot, score) -> {
            assertTrue(score.precision() >= 0.9, () -> slot + " precision " + score);
            assertTrue(score.recall() >= 0.85, () -> slot + " recall " + score);
        });
    }

    @Test
    void everySlotTheFlowsUseIsScoredOnHeldOutFacts() throws IOException {
        FactEvaluation.Cases facts = FactEvaluation.parse(Files.readAllLines(Path.of("intents/slots/test/heldout-facts.tsv")));
        Map<String, SlotEvaluation.Score> scores = FactEvaluation.score(extractor, facts);
        assertEquals(FactEvaluation.SLOTS, List.copyOf(scores.keySet()));
        scores.forEach((slot, score) -> {
            assertTrue(score.truePositives() >= 3, () -> slot + " needs held-out examples: " + score);
            assertTrue(score.precision() >= 0.9, () -> slot + " precision " + score);
            assertTrue(score.recall() >= 0.85, () -> slot + " recall " + score);
        });
        // a held-out fact file may not quietly repeat the rules' own case file
        List<String> cases = Files.readAllLines(Path.of("src/test/resources/nlu/slot-cases.tsv")).stream()
                .map(l -> l.split("\t")[0]).toList();
        assertTrue(facts.cases().stream().filter(c -> c.message().split(" ").length > 5)
                .noneMatch(c -> cases.contains(c.message())), "held-out facts are not slot cases");
    }

    @Test
    void trainingIsReproducibleAndTheHeldOutFileIsApart() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(SlotNameFinderTrainer.EXAMPLES));
        assertEquals(finder.version(), trainer.train(lines).version());
        var taught = trainer.samples(lines).stream().map(s -> String.join(" ", s.getSentence())).toList();
        var heldOut = trainer.samples(Files.readAllLines(Path.of("intents/slots/test/heldout.txt")));
        assertTrue(heldOut.stream().noneMatch(s -> taught.contains(String.join(" ", s.getSentence()))),
                "no held-out message is a training message");
    }

    @Test
    void annotationsAreReadOnNormalisedTokens() {
        NameSample sample = new SlotNameSamples(NORMALISER).parse(List.of("# c", "im a <START:profession> HV <END> in <START:place> Crawley <END>")).get(0);
        assertEquals("i am a health visitor in crawley", String.join(" ", sample.getSentence()));
        assertEquals("profession", sample.getNames()[0].getType());
        assertEquals(3, sample.getNames()[0].getStart());
        assertEquals(5, sample.getNames()[0].getEnd());
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SlotNameSamples(NORMALISER).parse(List.of("a <START:place> b")));
        assertTrue(e.getMessage().contains("line 1"));
    }
}
