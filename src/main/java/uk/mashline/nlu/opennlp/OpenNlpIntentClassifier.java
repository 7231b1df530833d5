package uk.mashline.nlu.opennlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.ImmediateRiskDetector;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentModel;
import uk.mashline.nlu.IntentScore;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.PlainAnswers;
import uk.mashline.nlu.RiskSignal;
import uk.mashline.nlu.RouteCues;
import uk.mashline.nlu.RoutePolicy;
import uk.mashline.nlu.TextNormaliser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The intent classifier: normalises the message, runs the immediate-risk rules, asks the model
 * (waiting, bounded, while it is still training at start-up) and lets {@link RoutePolicy}
 * decide. The rules never wait for the model: danger is recognised from the first second.
 */
public final class OpenNlpIntentClassifier implements IntentClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpIntentClassifier.class);

    private final TextNormaliser normaliser;
    private final ImmediateRiskDetector detector;
    private final PlainAnswers plainAnswers;
    private final RouteCues routeCues;
    private final RoutePolicy policy;
    private final CompletableFuture<? extends IntentModel> model;
    private final Duration modelWait;
    private final double confidenceThreshold;

    public OpenNlpIntentClassifier(TextNormaliser normaliser, ImmediateRiskDetector detector, PlainAnswers plainAnswers,
                                   RouteCues routeCues, NluSettings settings,
                                   CompletableFuture<? extends IntentModel> model) {
        this.normaliser = normaliser;
        this.detector = detector;
        this.plainAnswers = plainAnswers;
        this.routeCues = routeCues;
        this.policy = new RoutePolicy(settings.immediateRiskMargin(), settings.cueMargin(), settings.classifierFloor(),
                settings.reassuredFloor(), settings.routeBySum());
        this.model = model;
        this.modelWait = settings.modelWait();
        this.confidenceThreshold = settings.confidenceThreshold();
    }

    /** A classifier over a model that is already trained (commands, tests, benchmarks). */
    public static OpenNlpIntentClassifier of(IntentModel model, NluSettings settings) {
        return new OpenNlpIntentClassifier(TextNormaliser.standard(), ImmediateRiskDetector.standard(),
                PlainAnswers.standard(), RouteCues.standard(), settings, CompletableFuture.completedFuture(model));
    }

    @Override
    public Classification classify(String text) {
        String normalised = normaliser.normalise(text);
        // the rules' answer, and what they leave the reassuring question to ask (nlu-48: not the harmless lines again)
        ImmediateRiskDetector.Assessment assessed = assessSafely(normalised);
        Optional<RiskSignal> rule = assessed == null
                ? Optional.of(new RiskSignal("detector-error", true)) : assessed.rule();
        IntentModel ready = rule.isPresent() ? model.getNow(null) : awaitModel();
        if (ready == null) {
            return policy.decide(rule, null, null);
        }
        if (normalised.isEmpty()) {
            return policy.empty(ready.version());
        }
        String[] tokens = normalised.split(" ");
        if (rule.isEmpty() && !ready.knowsAnyOf(tokens)) {
            return policy.unrecognised(ready.version());
        }
        List<IntentScore> ranked = ready.rank(tokens);
        Classification answer;
        if (rule.isEmpty() && plainAnswers.isPlain(normalised)) {
            answer = policy.plainAnswer(ranked, ready.version());
        } else if (rule.isEmpty() && assessed.reassures()) {
            answer = policy.decideReassured(ranked, () -> rankWithoutHarmless(ready, normalised, ranked), ready.version());
        } else {
            answer = policy.decide(rule, ranked, ready.version());
        }
        // with no danger, wording may settle which of two close routes it is ("... automatic referral?" asks whether)
        return routeCues.settle(answer, normalised, ranked);
    }

    /** The model's ranking of the message with its harmless phrases blanked, as the rules read it; the same ranking when it has none. */
    private List<IntentScore> rankWithoutHarmless(IntentModel ready, String normalised, List<IntentScore> ranked) {
        String left = detector.withoutHarmless(normalised);
        if (left.equals(normalised)) {
            return ranked;
        }
        return left.isEmpty() ? List.of() : ready.rank(left.split(" "));
    }

    /** The rules' assessment; null when they cannot run, which the caller treats as immediate risk. */
    private ImmediateRiskDetector.Assessment assessSafely(String normalised) {
        try {
            return detector.assess(normalised);
        } catch (RuntimeException | StackOverflowError e) {
            // A rule that cannot run must not hide danger: treat the message as immediate risk.
            LOG.error("immediate-risk rules failed ({}); routing to immediate risk", e.getClass().getSimpleName());
            return null;
        }
    }

    private IntentModel awaitModel() {
        try {
            return model.get(modelWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("intent model not ready after {} ms; answering without it", modelWait.toMillis());
            return null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public String modelVersion() {
        IntentModel ready = model.getNow(null);
        return ready == null ? RoutePolicy.NO_MODEL_VERSION : ready.version();
    }

    @Override
    public double confidenceThreshold() {
        return confidenceThreshold;
    }

    /** True once the model has finished training. */
    public boolean isReady() {
        return model.isDone() && !model.isCompletedExceptionally();
    }
}
