package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.Slots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores slot extraction on the held-out annotated file ({@code intents/slots/test/heldout.txt}), slot
 * by slot (role, profession, place): a slot is right when the value found is the value its annotation
 * gives. Also OpenNLP's own span-level score of the name finder alone.
 */
public final class SlotEvaluation {

    public static final List<String> SLOTS = List.of(Slots.ROLE, Slots.PROFESSION, Slots.PLACE);

    /** Counts for one slot. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private final NameFinderSlotExtractor mapper;

    /** @param mapper turns annotated entities into the slot values they mean (as the service would) */
    public SlotEvaluation(NameFinderSlotExtractor mapper) {
        this.mapper = mapper;
    }

    /** Per-slot scores of {@code extractor} on the held-out samples. */
    public Map<String, Score> score(SlotExtractor extractor, List<NameSample> heldOut) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        SLOTS.forEach(slot -> counts.put(slot, new int[3]));
        for (NameSample sample : heldOut) {
            Map<String, String> gold = goldSlots(sample);
            Slots found = extractor.extract(String.join(" ", sample.getSentence()), LocalDate.of(2026, 11, 30));
            for (String slot : SLOTS) {
                String expected = gold.get(slot);
                String actual = found.get(slot).orElse(null);
                int[] c = counts.get(slot);
                if (actual != null && actual.equals(expected)) {
                    c[0]++;
                } else {
                    if (actual != null) {
                        c[1]++;
                    }
                    if (expected != null) {
                        c[2]++;
                    }
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((slot, c) -> scores.put(slot, new Score(c[0], c[1], c[2])));
        return scores;
    }

    private Map<String, String> goldSlots(NameSample sample) {
        List<SlotNameFinder.Entity> entities = new ArrayList<>();
        for (Span span : sample.getNames()) {
            entities.add(new SlotNameFinder.Entity(span.getType(),
                    String.join(" ", Arrays.copyOfRange(sample.getSentence(), span.getStart(), span.getEnd())), 1.0));
        }
        Map<String, String> gold = new HashMap<>();
        mapper.addEntities(entities, gold);
        return gold;
    }

    /** OpenNLP's span-level precision, recall and F1 of the name finder alone. */
    public static String nameFinderReport(SlotNameFinder finder, List<NameSample> heldOut) {
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new opennlp.tools.namefind.NameFinderME(finder.model()));
        try {
            evaluator.evaluate(ObjectStreamUtils.createObjectStream(heldOut));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.format(Locale.ROOT, "name finder alone (spans): precision %.3f recall %.3f F1 %.3f",
                evaluator.getFMeasure().getPrecisionScore(), evaluator.getFMeasure().getRecallScore(),
                evaluator.getFMeasure().getFMeasure());
    }

    public static String format(String title, Map<String, Score> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s%n%-12s %9s %9s %6s %6s %6s%n", title,
                "slot", "precision", "recall", "tp", "fp", "fn"));
        scores.forEach((slot, s) -> out.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %6d %6d %6d%n", slot,
                s.precision(), s.recall(), s.truePositives(), s.falsePositives(), s.falseNegatives())));
        return out.toString();
    }
}
