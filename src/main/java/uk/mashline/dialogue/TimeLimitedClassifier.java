package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.IntentClassifier;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps a slow or failing classifier from leaving someone without an answer: past the time
 * limit, or on any error, the message is treated as immediate risk, so the reply starts with
 * the 999 line and gives the numbers where a person can be reached. A zero limit classifies on the
 * caller's own thread (no hand-off to the executor): the turn's deadline then bounds a hung
 * classification, and an error is still treated as immediate risk.
 */
public final class TimeLimitedClassifier implements IntentClassifier {

    public static final String UNAVAILABLE_RULE = "classifier-unavailable";

    private final IntentClassifier delegate;
    private final ExecutorService executor;
    private final Duration limit;

    public TimeLimitedClassifier(IntentClassifier delegate, ExecutorService executor, Duration limit) {
        this.delegate = delegate;
        this.executor = executor;
        this.limit = limit;
    }

    @Override
    public Classification classify(String text) {
        if (limit.isZero()) {
            return inline(text);
        }
        Future<Classification> result = null;
        try {
            result = executor.submit(() -> delegate.classify(text));
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            if (result != null) {
                result.cancel(true);
            }
            return unavailable();
        }
    }

    private Classification inline(String text) {
        try {
            return delegate.classify(text);
        } catch (RuntimeException e) {
            return unavailable();
        }
    }

    @Override
    public String modelVersion() {
        return delegate.modelVersion();
    }

    @Override
    public double confidenceThreshold() {
        return delegate.confidenceThreshold();
    }

    private Classification unavailable() {
        return new Classification("classifier_unavailable", Route.IMMEDIATE_RISK, 0.0, UNAVAILABLE_RULE,
                safeVersion());
    }

    private String safeVersion() {
        try {
            return delegate.modelVersion();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
