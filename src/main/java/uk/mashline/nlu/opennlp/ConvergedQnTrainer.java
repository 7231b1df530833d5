package uk.mashline.nlu.opennlp;

import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;

/**
 * OpenNLP's L-BFGS maxent trainer, run until it has really converged. OpenNLP's minimiser stops as soon as one
 * iteration improves the objective by less than a fixed 0.01%, and on this data that happens early and at a point
 * that depends on chance: with the 2026-11-30 data it stopped at iteration 69, and with 24 more lines at iteration 29
 * with a much worse fit (negative log-likelihood 2,706 against 1,931), so that nine held-out lines unrelated to the
 * new ones changed route. A model that moves like that with every line added cannot be tuned by adding data.
 *
 * <p>So the minimiser is started again from where it stopped, with a fresh memory, until a whole round improves the
 * objective by less than {@link #ROUND_TOLERANCE}, or after {@code Rounds} rounds. The objective is OpenNLP's own
 * (negative log-likelihood plus {@code L2Cost} times the squared norm), so the first round is exactly the stock
 * trainer's run; each later round only goes further down the same convex objective, whose minimum does not depend
 * on where the minimiser stalled. One thread, no randomness: the same data gives the same model.
 *
 * <p>Selected with {@code train.algorithm=MAXENT_QN_CONVERGED} (OpenNLP loads a trainer by class name).
 */
public final class ConvergedQnTrainer extends QNTrainer {

    /** The algorithm name in nlu.properties that selects this trainer. */
    public static final String ALGORITHM = "MAXENT_QN_CONVERGED";
    /** Training parameter: at most this many rounds of the minimiser. */
    public static final String ROUNDS_PARAM = "Rounds";
    static final int ROUNDS_DEFAULT = 20;
    /** A round that improves the objective by less than this fraction means the minimum is reached. */
    static final double ROUND_TOLERANCE = 1e-5;

    private int roundsUsed;

    /** For OpenNLP's extension loader. */
    public ConvergedQnTrainer() {
        super();
    }

    /** The model is OpenNLP's L-BFGS maxent model (QNTrainer checks the name); only how long it trains differs. */
    @Override
    public String getAlgorithm() {
        return MAXENT_QN_VALUE;
    }

    @Override
    public QNModel trainModel(int iterations, DataIndexer indexer) {
        double l2 = trainingParameters.getDoubleParameter(L2COST_PARAM, L2COST_DEFAULT);
        int m = trainingParameters.getIntParameter(M_PARAM, M_DEFAULT);
        int maxFctEval = trainingParameters.getIntParameter(MAX_FCT_EVAL_PARAM, MAX_FCT_EVAL_DEFAULT);
        int rounds = trainingParameters.getIntParameter(ROUNDS_PARAM, ROUNDS_DEFAULT);
        NegLogLikelihood likelihood = new NegLogLikelihood(indexer);
        double[] point = new double[likelihood.getDimension()];
        double objective = Regularised.objective(likelihood, l2, point);
        roundsUsed = 0;
        while (roundsUsed < rounds) {
            Regularised fromHere = new Regularised(likelihood, l2, point);
            // L1 and L2 are 0 here: the L2 term is in Regularised, measured from the origin, not from this round's start
            double[] step = new QNMinimizer(0, 0, iterations, m, maxFctEval).minimize(fromHere);
            double[] next = fromHere.absolute(step);
            double reached = Regularised.objective(likelihood, l2, next);
            roundsUsed++;
            boolean converged = objective - reached < ROUND_TOLERANCE * Math.abs(objective);
            if (reached <= objective) {
                point = next;
                objective = reached;
            }
            if (converged) {
                break;
            }
        }
        return model(point, indexer);
    }

    /** Rounds of the minimiser the last training took (for tests and the report). */
    int roundsUsed() {
        return roundsUsed;
    }

    /** The parameters laid out as OpenNLP's likelihood lays them out: outcome-major, one block of features per outcome. */
    private static QNModel model(double[] parameters, DataIndexer indexer) {
        String[] features = indexer.getPredLabels();
        String[] outcomes = indexer.getOutcomeLabels();
        int[] everyOutcome = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            everyOutcome[o] = o;
        }
        Context[] contexts = new Context[features.length];
        for (int f = 0; f < features.length; f++) {
            double[] weights = new double[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                weights[o] = parameters[o * features.length + f];
            }
            contexts[f] = new Context(everyOutcome.clone(), weights);
        }
        return new QNModel(contexts, features, outcomes);
    }

    /**
     * The regularised objective seen from a starting point: the minimiser always starts at zero, so it minimises over
     * the step from {@code origin}. Buffers are reused: OpenNLP's own likelihood returns its gradient buffer too.
     */
    private static final class Regularised implements Function {
        private final NegLogLikelihood likelihood;
        private final double l2;
        private final double[] origin;
        private final double[] at;
        private final double[] gradient;

        Regularised(NegLogLikelihood likelihood, double l2, double[] origin) {
            this.likelihood = likelihood;
            this.l2 = l2;
            this.origin = origin;
            this.at = new double[origin.length];
            this.gradient = new double[origin.length];
        }

        static double objective(NegLogLikelihood likelihood, double l2, double[] point) {
            double value = likelihood.valueAt(point);
            if (l2 > 0) {
                double squared = 0;
                for (double w : point) {
                    squared += w * w;
                }
                value += l2 * squared;
            }
            return value;
        }

        double[] absolute(double[] step) {
            double[] point = new double[origin.length];
            for (int i = 0; i < point.length; i++) {
                point[i] = origin[i] + step[i];
            }
            return point;
        }

        private double[] shifted(double[] step) {
            for (int i = 0; i < at.length; i++) {
                at[i] = origin[i] + step[i];
            }
            return at;
        }

        @Override
        public int getDimension() {
            return likelihood.getDimension();
        }

        @Override
        public double valueAt(double[] step) {
            return objective(likelihood, l2, shifted(step));
        }

        @Override
        public double[] gradientAt(double[] step) {
            double[] point = shifted(step);
            double[] g = likelihood.gradientAt(point);
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = l2 > 0 ? g[i] + 2.0 * l2 * point[i] : g[i];
            }
            return gradient;
        }
    }
}
