package uk.mashline.nlu.eval;

import uk.mashline.dialogue.Route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Route-level figures over a set of predictions: the quality gates and the threshold choice
 * read these, and the evaluate script prints them.
 */
public record Evaluation(List<Prediction> predictions) {

    public ConfusionMatrix routeMatrix() {
        ConfusionMatrix matrix = new ConfusionMatrix(Arrays.stream(Route.values()).map(Route::name).toList());
        predictions.forEach(p -> matrix.add(p.expected().name(), p.classification().route().name()));
        return matrix;
    }

    public double recall(Route route) {
        return routeMatrix().recall(route.name());
    }

    public double macroF1() {
        return routeMatrix().macroF1();
    }

    public List<Prediction> misclassified() {
        return predictions.stream().filter(p -> !p.correct()).toList();
    }

    /** Coverage and precision if messages under {@code threshold} get a clarifying question instead. */
    public record ThresholdPoint(double threshold, double coverage, double precision) {
    }

    public ThresholdPoint atThreshold(double threshold) {
        int answered = 0;
        int right = 0;
        for (Prediction p : predictions) {
            boolean immediate = p.classification().route() == Route.IMMEDIATE_RISK;
            if (immediate || p.classification().confidence() >= threshold) {
                answered++;
                right += p.correct() ? 1 : 0;
            }
        }
        return new ThresholdPoint(threshold, predictions.isEmpty() ? 0 : (double) answered / predictions.size(),
                answered == 0 ? 0 : (double) right / answered);
    }

    public List<ThresholdPoint> thresholdCurve() {
        List<ThresholdPoint> curve = new ArrayList<>();
        for (int i = 0; i <= 18; i++) {
            curve.add(atThreshold(i * 0.05));
        }
        return curve;
    }

    public String formatThresholdCurve() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%9s %9s %9s%n", "threshold", "coverage", "precision"));
        for (ThresholdPoint p : thresholdCurve()) {
            out.append(String.format(Locale.ROOT, "%9.2f %9.3f %9.3f%n", p.threshold(), p.coverage(), p.precision()));
        }
        return out.toString();
    }

    public String formatMisclassified() {
        StringBuilder out = new StringBuilder();
        for (Prediction p : misclassified()) {
            out.append(String.format(Locale.ROOT, "%-8s expected %-20s got %-20s %-28s %.2f  %s%n",
                    p.source(), p.expected(), p.classification().route(), p.classification().intent(),
                    p.classification().confidence(), p.text()));
        }
        return out.toString();
    }
}
