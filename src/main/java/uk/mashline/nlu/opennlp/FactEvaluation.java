package uk.mashline.nlu.opennlp;

import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every slot the flows use on the held-out facts file ({@code intents/slots/test/heldout-facts.tsv}):
 * whole messages with every slot each one states, so that a slot found where none was stated counts against
 * precision. The annotated held-out file can only judge what the name finder's types cover (role, profession,
 * place); dates, ages, stages, decisions and 999 are the rules', and are judged here.
 */
public final class FactEvaluation {

    /** Every slot scored, in the order the report prints them. */
    public static final List<String> SLOTS = List.of(Slots.ROLE, Slots.PROFESSION, Slots.CHILD_AGE, Slots.PLACE,
            Slots.DECISION, Slots.STAGE, Slots.RAISED_ON, Slots.CALLED_999, Slots.CHILD_PRESENT);

    /** One held-out message and the value of every slot it states. */
    public record Case(String message, Map<String, String> gold) {
    }

    /** The file's cases and the London date its relative dates are read against. */
    public record Cases(LocalDate today, List<Case> cases) {
    }

    private FactEvaluation() {
    }

    /** Reads the file: {@code # today: yyyy-MM-dd}, then {@code message<TAB>slot=value; ...} ("-" for none). */
    public static Cases parse(List<String> lines) {
        LocalDate today = null;
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.startsWith("# today: ")) {
                today = LocalDate.parse(line.substring("# today: ".length()).strip());
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalArgumentException("line " + n + ": expected message<TAB>slots, got: " + line);
            }
            Map<String, String> gold = new HashMap<>();
            if (!fields[1].strip().equals("-")) {
                for (String pair : fields[1].split(";")) {
                    String[] kv = pair.strip().split("=", 2);
                    if (kv.length != 2 || !SLOTS.contains(kv[0])) {
                        throw new IllegalArgumentException("line " + n + ": not a scored slot=value: " + pair);
                    }
                    gold.put(kv[0], kv[1]);
                }
            }
            cases.add(new Case(fields[0], gold));
        }
        if (today == null) {
            throw new IllegalArgumentException("no '# today: yyyy-MM-dd' line");
        }
        return new Cases(today, cases);
    }

    /** Per-slot precision and recall of {@code extractor} on the cases. */
    public static Map<String, SlotEvaluation.Score> score(SlotExtractor extractor, Cases cases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        SLOTS.forEach(slot -> counts.put(slot, new int[3]));
        for (Case c : cases.cases()) {
            Slots found = extractor.extract(c.message(), cases.today());
            for (String slot : SLOTS) {
                String expected = c.gold().get(slot);
                String actual = found.get(slot).orElse(null);
                int[] count = counts.get(slot);
                if (actual != null && actual.equals(expected)) {
                    count[0]++;
                } else {
                    count[1] += actual != null ? 1 : 0;
                    count[2] += expected != null ? 1 : 0;
                }
            }
        }
        Map<String, SlotEvaluation.Score> scores = new LinkedHashMap<>();
        counts.forEach((slot, c) -> scores.put(slot, new SlotEvaluation.Score(c[0], c[1], c[2])));
        return scores;
    }

    /** The counts of both held-out files added slot by slot: every slot, in {@link #SLOTS} order. */
    public static Map<String, SlotEvaluation.Score> plus(Map<String, SlotEvaluation.Score> a,
                                                         Map<String, SlotEvaluation.Score> b) {
        Map<String, SlotEvaluation.Score> sum = new LinkedHashMap<>();
        for (String slot : SLOTS) {
            SlotEvaluation.Score x = a.getOrDefault(slot, new SlotEvaluation.Score(0, 0, 0));
            SlotEvaluation.Score y = b.getOrDefault(slot, new SlotEvaluation.Score(0, 0, 0));
            sum.put(slot, new SlotEvaluation.Score(x.truePositives() + y.truePositives(),
                    x.falsePositives() + y.falsePositives(), x.falseNegatives() + y.falseNegatives()));
        }
        return sum;
    }
}
