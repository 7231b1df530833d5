package uk.mashline.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

/**
 * Tuned NLU values, kept in {@code nlu/nlu.properties} next to the evaluation that chose them.
 *
 * @param confidenceThreshold below this the conversation asks a clarifying question rather than guess
 * @param immediateRiskMargin when the classifier gives immediate risk at least this probability,
 *                            even as a second choice, the message is treated as immediate risk
 * @param cueMargin           when a weak immediate-risk rule (a cue) fires, this much immediate-risk
 *                            probability from the classifier is enough for IMMEDIATE_RISK
 * @param classifierFloor     with no rule or cue firing, the classifier's own top immediate-risk intent needs
 *                            at least this probability: below it the model is guessing about words it barely knows
 * @param reassuredFloor      the same when the message says the child is safe now or the harm is over and nothing in
 *                            it says danger is present ({@link ImmediateRiskDetector#reassures})
 * @param modelWait           longest a message waits for the model still training at start-up
 * @param training            how the model is trained
 * @param routeBySum          with no danger found, answer with the route whose intents together are most probable
 *                            ({@link RoutePolicy}), not the route of the single most probable intent
 */
public record NluSettings(double confidenceThreshold, double immediateRiskMargin, double cueMargin,
                          double classifierFloor, double reassuredFloor, Duration modelWait, TrainingSettings training,
                          boolean routeBySum) {

    /** Settings that answer with the route of the single most probable intent. */
    public NluSettings(double confidenceThreshold, double immediateRiskMargin, double cueMargin, double classifierFloor,
                       double reassuredFloor, Duration modelWait, TrainingSettings training) {
        this(confidenceThreshold, immediateRiskMargin, cueMargin, classifierFloor, reassuredFloor, modelWait, training, false);
    }

    /** Settings with no separate floor for reassured messages: the classifier floor serves for both. */
    public NluSettings(double confidenceThreshold, double immediateRiskMargin, double cueMargin, double classifierFloor,
                       Duration modelWait, TrainingSettings training) {
        this(confidenceThreshold, immediateRiskMargin, cueMargin, classifierFloor, classifierFloor, modelWait, training);
    }

    public static final String RESOURCE = "nlu/nlu.properties";

    public static NluSettings standard() {
        try (InputStream in = NluSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NluSettings fromProperties(Properties p) {
        return new NluSettings(
                Double.parseDouble(p.getProperty("confidence-threshold").strip()),
                Double.parseDouble(p.getProperty("immediate-risk-margin").strip()),
                Double.parseDouble(p.getProperty("immediate-risk-cue-margin").strip()),
                Double.parseDouble(p.getProperty("immediate-risk-classifier-floor", "0").strip()),
                Double.parseDouble(p.getProperty("immediate-risk-reassured-floor",
                        p.getProperty("immediate-risk-classifier-floor", "0")).strip()),
                Duration.ofSeconds(Long.parseLong(p.getProperty("model-wait-seconds", "30").strip())),
                new TrainingSettings(
                        p.getProperty("train.algorithm", "MAXENT").strip(),
                        Integer.parseInt(p.getProperty("train.cutoff").strip()),
                        Integer.parseInt(p.getProperty("train.iterations").strip()),
                        Integer.parseInt(p.getProperty("train.max-ngram").strip()),
                        Boolean.parseBoolean(p.getProperty("train.stems", "false").strip()),
                        Double.parseDouble(p.getProperty("train.l2", "0").strip())),
                Boolean.parseBoolean(p.getProperty("route-by-sum", "false").strip()));
    }
}
