package uk.mashline.nlu.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts of expected against predicted labels, with per-label precision, recall and F1 and
 * their macro average (every label weighs the same, so a rare route counts as much as a common one).
 */
public final class ConfusionMatrix {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final TreeSet<String> labels = new TreeSet<>();

    public ConfusionMatrix(List<String> expectedLabels) {
        labels.addAll(expectedLabels);
    }

    public void add(String expected, String predicted) {
        labels.add(expected);
        labels.add(predicted);
        counts.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }

    public int count(String expected, String predicted) {
        return counts.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }

    private int expectedTotal(String label) {
        return counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    private int predictedTotal(String label) {
        return counts.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
    }

    public int total() {
        return counts.values().stream().flatMap(r -> r.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public double accuracy() {
        int right = labels.stream().mapToInt(l -> count(l, l)).sum();
        return total() == 0 ? 0 : (double) right / total();
    }

    public double precision(String label) {
        int predicted = predictedTotal(label);
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(String label) {
        int expected = expectedTotal(label);
        return expected == 0 ? 0 : (double) count(label, label) / expected;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the labels that occur as expected labels. */
    public double macroF1() {
        List<String> present = labels.stream().filter(l -> expectedTotal(l) > 0).toList();
        return present.isEmpty() ? 0 : present.stream().mapToDouble(this::f1).sum() / present.size();
    }

    public String formatScores() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %9s %9s %9s %7s%n",
                "label", "precision", "recall", "f1", "support"));
        for (String label : labels) {
            out.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %7d%n",
                    label, precision(label), recall(label), f1(label), expectedTotal(label)));
        }
        out.append(String.format(Locale.ROOT, "%-24s %9s %9s %9.3f %7d   accuracy %.3f%n",
                "macro", "", "", macroF1(), total(), accuracy()));
        return out.toString();
    }

    /** Rows expected, columns predicted; columns headed by the row number to stay narrow. */
    public String formatMatrix() {
        List<String> all = new ArrayList<>(labels);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s", "expected \\ predicted"));
        for (int i = 0; i < all.size(); i++) {
            out.append(String.format(Locale.ROOT, "%5d", i + 1));
        }
        out.append('\n');
        for (int i = 0; i < all.size(); i++) {
            out.append(String.format(Locale.ROOT, "%2d %-25s", i + 1, abbreviate(all.get(i))));
            for (String predicted : all) {
                int n = count(all.get(i), predicted);
                out.append(String.format(Locale.ROOT, "%5s", n == 0 ? "." : Integer.toString(n)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 25 ? label : label.substring(0, 24) + "~";
    }
}
