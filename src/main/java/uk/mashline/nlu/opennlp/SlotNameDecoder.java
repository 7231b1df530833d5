package uk.mashline.nlu.opennlp;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The name finder's decoding, computed as OpenNLP computes it for a model trained on its default features
 * (ner-default-features.xml), a greedy search (beam of 1) and the BIO codec, but without building a
 * feature string per token: the model's weights are indexed once by what they are about (a word at a
 * window offset, a word pair, a token class, a previous decision), so a token's features are a few map
 * look-ups of words the message already holds. A feature the model has no weight for adds nothing to a
 * maxent score, so leaving it out changes nothing.
 *
 * <p>Exactly the same results, to the last bit of every probability: the weights are added in OpenNLP's
 * feature order (GISModel: a uniform log prior, each known feature's weights, then exp and normalise),
 * and the next decision is chosen as OpenNLP's beam search of size 1 chooses it (the most probable
 * outcome the sequence validator allows, the earliest on a tie, every allowed outcome if none of the most
 * probable is). {@link #forModel} builds a decoder only for a model shaped so, and only when its features
 * for sample messages are the model's own generator's, weight for weight (else the caller keeps
 * OpenNLP's decoding); SlotNameFeaturesTest compares every annotated example with NameFinderME.
 *
 * <p>The previous-outcome map feature is always {@code pd=null}: the map holds the outcomes of earlier
 * messages and is cleared before every message (nothing learnt from one caller may colour the next), so
 * it is empty while a message is decoded. Immutable and thread-safe.
 */
final class SlotNameDecoder {

    /** The decisions a message's tokens got, with the probability of each. */
    record Decoded(String[] outcomes, double[] probabilities) {
    }

    private static final int WINDOW = 2;
    private static final String[] OFFSET_NAMES = {"p2", "p1", "", "n1", "n2"};
    /** As OpenNLP's beam search: a sequence scoring this (a sum of log probabilities) or less is dropped. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final String[] outcomes;
    private final int other;
    private final double logPrior;
    /** Token class at each window offset (index 0..4 for offsets -2..2). */
    private final Map<String, Context[]> classes;
    /** Lower-cased word at each window offset, then the word with a class at each offset. */
    private final Map<String, Word> words;
    private final Map<String, Map<String, Context>> previousWord;
    private final Map<String, Map<String, Context>> nextWord;
    private final Map<String, Map<String, Context>> previousClass;
    private final Map<String, Map<String, Context>> nextClass;
    private final Map<String, Context> previousOutcome;
    private final Map<String, Context> outcomeBeforeThat;
    private final Map<String, Map<String, Context>> previousOutcomeWord;
    private final Map<String, Map<String, Context>> previousOutcomeClass;
    private final Context prior;
    private final Context previousMap;
    private final Context sentenceStart;
    /** Which outcome may follow which (index {@code outcomes.length}: the first token). */
    private final boolean[][] allowed;

    private static final class Word {
        final Context[] word = new Context[2 * WINDOW + 1];
        final Map<String, Context[]> withClass = new HashMap<>();
    }

    private SlotNameDecoder(String[] outcomes, Map<String, Context> weights, boolean[][] allowed) {
        this.outcomes = outcomes;
        this.other = Arrays.asList(outcomes).indexOf(NameFinderME.OTHER);
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        this.allowed = allowed;
        Map<String, Context[]> classIndex = new HashMap<>();
        Map<String, Word> wordIndex = new HashMap<>();
        Map<String, Map<String, Map<String, Context>>> pairs = new HashMap<>();
        Map<String, Map<String, Context>> singles = new HashMap<>();
        for (Map.Entry<String, Context> entry : weights.entrySet()) {
            String feature = entry.getKey();
            int eq = feature.indexOf('=');
            String name = eq < 0 ? feature : feature.substring(0, eq);
            String value = eq < 0 ? "" : feature.substring(eq + 1);
            int offset = offsetOf(name);
            if (offset >= 0 && name.endsWith("wc")) {
                classIndex.computeIfAbsent(value, k -> new Context[2 * WINDOW + 1])[offset] = entry.getValue();
            } else if (offset >= 0 && name.endsWith("w&c")) {
                int comma = value.lastIndexOf(',');
                wordIndex.computeIfAbsent(value.substring(0, comma), k -> new Word()).withClass
                        .computeIfAbsent(value.substring(comma + 1), k -> new Context[2 * WINDOW + 1])[offset] = entry.getValue();
            } else if (offset >= 0 && name.endsWith("w")) {
                wordIndex.computeIfAbsent(value, k -> new Word()).word[offset] = entry.getValue();
            } else if (isPair(name)) {
                int comma = value.indexOf(',');
                pairs.computeIfAbsent(name, k -> new HashMap<>())
                        .computeIfAbsent(value.substring(0, comma), k -> new HashMap<>())
                        .put(value.substring(comma + 1), entry.getValue());
            } else {
                singles.computeIfAbsent(name, k -> new HashMap<>()).put(value, entry.getValue());
            }
        }
        this.classes = classIndex;
        this.words = wordIndex;
        this.previousWord = pairs.getOrDefault("pw,w", Map.of());
        this.nextWord = pairs.getOrDefault("w,nw", Map.of());
        this.previousClass = pairs.getOrDefault("pwc,wc", Map.of());
        this.nextClass = pairs.getOrDefault("wc,nc", Map.of());
        this.previousOutcomeWord = pairs.getOrDefault("pow", Map.of());
        this.previousOutcomeClass = pairs.getOrDefault("powf", Map.of());
        this.previousOutcome = singles.getOrDefault("po", Map.of());
        this.outcomeBeforeThat = singles.getOrDefault("ppo", Map.of());
        this.prior = weights.get("def");
        this.previousMap = weights.get("pd=null");
        this.sentenceStart = weights.get("S=begin");
    }

    /** The features' names this decoder knows; a model with any other was trained on other features. */
    private static final List<String> NAMES = List.of("wc", "w&c", "w", "def", "pd", "pw,w", "pwc,wc", "w,nw", "wc,nc",
            "S", "po", "pow", "powf", "ppo");

    /** The window offset index (0..4 for -2..2) of a token class or word feature's name, else -1. */
    private static int offsetOf(String name) {
        for (int i = 0; i < OFFSET_NAMES.length; i++) {
            String rest = name.startsWith(OFFSET_NAMES[i]) ? name.substring(OFFSET_NAMES[i].length()) : null;
            if (rest != null && (rest.equals("wc") || rest.equals("w&c") || rest.equals("w"))) {
                return i;
            }
        }
        return -1;
    }

    /** Features of two values joined by a comma: word and class bigrams, a previous decision with the token. */
    private static boolean isPair(String name) {
        return name.contains(",") || name.equals("pow") || name.equals("powf");
    }

    /**
     * A decoder for this model, or empty when the model is not a GIS maxent model over OpenNLP's default
     * features with a beam of 1 and the BIO codec, or when its decisions for {@code probes} differ in any
     * way from OpenNLP's own decoding ({@code reference}: the model's beam search with its own features).
     */
    static Optional<SlotNameDecoder> forModel(TokenNameFinderModel model, String[][] probes) {
        Object maxent = model.getArtifact("nameFinder.model");
        SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
        if (!(maxent instanceof GISModel gis) || !(model.getFactory().createSequenceCodec() instanceof BioCodec)
                || validator.getClass() != NameFinderSequenceValidator.class
                || !"1".equals(model.getManifestProperty("BeamSize"))) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        for (String feature : weights.keySet()) {
            int eq = feature.indexOf('=');
            String name = eq < 0 ? feature : feature.substring(0, eq);
            String value = eq < 0 ? "" : feature.substring(eq + 1);
            // a value with a comma where none belongs could be read two ways: leave such a model to OpenNLP
            long commas = value.chars().filter(c -> c == ',').count();
            if ((offsetOf(name) < 0 && !NAMES.contains(name)) || commas != (isPair(name) || name.endsWith("w&c") ? 1 : 0)) {
                return Optional.empty();
            }
        }
        boolean[][] allowed = new boolean[outcomes.length + 1][outcomes.length];
        for (int next = 0; next < outcomes.length; next++) {
            allowed[outcomes.length][next] = validator.validSequence(0, new String[] {"x"}, new String[0], outcomes[next]);
            for (int previous = 0; previous < outcomes.length; previous++) {
                allowed[previous][next] = validator.validSequence(1, new String[] {"x", "y"},
                        new String[] {outcomes[previous]}, outcomes[next]);
            }
        }
        SlotNameDecoder decoder = new SlotNameDecoder(outcomes, weights, allowed);
        return decoder.other >= 0 && decoder.agreesWith(model, weights, probes) ? Optional.of(decoder) : Optional.empty();
    }

    /** The decisions for these tokens, as OpenNLP's decoding gives them; tokens holding a comma are not for here. */
    Decoded decode(String[] tokens) {
        int n = tokens.length;
        String[] lower = new String[n];
        String[] kind = new String[n];
        Word[] known = new Word[n];
        for (int i = 0; i < n; i++) {
            lower[i] = lowerCase(tokens[i]);
            kind[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            known[i] = words.get(lower[i]);
        }
        TokenClasses classesOf = classesOf(kind, known);
        int[] decided = new int[n];
        String[] decisions = new String[n];
        double[] probabilities = new double[n];
        double[] scores = new double[outcomes.length];
        java.util.function.Consumer<Context> sum = context -> add(scores, context);
        double sequenceScore = 0;
        for (int i = 0; i < n; i++) {
            Arrays.fill(scores, logPrior);
            forEachFeature(i, tokens, kind, known, classesOf, decided, sum);
            double normal = 0;
            for (int o = 0; o < scores.length; o++) {
                scores[o] = StrictMath.exp(scores[o]);
                normal += scores[o];
            }
            for (int o = 0; o < scores.length; o++) {
                scores[o] /= normal;
            }
            int previous = i == 0 ? outcomes.length : decided[i - 1];
            int choice = choose(scores, allowed[previous], sequenceScore, true);
            if (choice < 0) {
                choice = choose(scores, allowed[previous], sequenceScore, false);
            }
            if (choice < 0) {
                // OpenNLP's search ends with no sequence here, and its name finder fails on the message
                throw new IllegalStateException("no decision allowed");
            }
            decided[i] = choice;
            decisions[i] = outcomes[choice];
            probabilities[i] = scores[choice];
            sequenceScore += StrictMath.log(scores[choice]);
        }
        return new Decoded(decisions, probabilities);
    }

    /**
     * The outcome OpenNLP's beam search keeps: among the allowed ones (only the most probable when
     * {@code mostProbableOnly}) whose sequence still scores above the floor, the best, the earliest on a tie.
     */
    private static int choose(double[] scores, boolean[] allowedNext, double sequenceScore, boolean mostProbableOnly) {
        double min = Double.NEGATIVE_INFINITY;
        if (mostProbableOnly) {
            // the largest score in Arrays.sort's order (Double.compare), without sorting a copy per token
            min = scores[0];
            for (int o = 1; o < scores.length; o++) {
                if (Double.compare(scores[o], min) > 0) {
                    min = scores[o];
                }
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int o = 0; o < scores.length; o++) {
            if ((!mostProbableOnly || scores[o] >= min) && allowedNext[o]) {
                double score = sequenceScore + StrictMath.log(scores[o]);
                if (score > MIN_SEQUENCE_SCORE && (best < 0 || Double.compare(bestScore, score) < 0)) {
                    best = o;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * The weights of token i's features the model knows, in the order OpenNLP's default generator lists
     * the features (null for one it does not know): the one place that order is written.
     */
    private void forEachFeature(int i, String[] tokens, String[] kind, Word[] known, TokenClasses classesOf,
                                int[] decided, java.util.function.Consumer<Context> use) {
        int n = tokens.length;
        windowClass(use, i, WINDOW, known, classesOf);
        for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
            windowClass(use, i - k, WINDOW - k, known, classesOf);
        }
        for (int k = 1; k <= WINDOW && i + k < n; k++) {
            windowClass(use, i + k, WINDOW + k, known, classesOf);
        }
        windowWord(use, known[i], WINDOW);
        for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
            windowWord(use, known[i - k], WINDOW - k);
        }
        for (int k = 1; k <= WINDOW && i + k < n; k++) {
            windowWord(use, known[i + k], WINDOW + k);
        }
        use.accept(prior);
        use.accept(previousMap);
        if (i > 0) {
            use.accept(pair(previousWord, tokens[i - 1], tokens[i]));
            use.accept(pair(previousClass, kind[i - 1], kind[i]));
        }
        if (i + 1 < n) {
            use.accept(pair(nextWord, tokens[i], tokens[i + 1]));
            use.accept(pair(nextClass, kind[i], kind[i + 1]));
        }
        if (i == 0) {
            use.accept(sentenceStart);
        }
        String po = i > 0 ? outcomes[decided[i - 1]] : NameFinderME.OTHER;
        String ppo = i > 1 ? outcomes[decided[i - 2]] : NameFinderME.OTHER;
        use.accept(previousOutcome.get(po));
        use.accept(pair(previousOutcomeWord, po, tokens[i]));
        use.accept(pair(previousOutcomeClass, po, kind[i]));
        use.accept(outcomeBeforeThat.get(ppo));
    }

    /**
     * Each token's class weights (by window offset) and its word-with-class weights, looked up once: a token is in
     * the window of up to five tokens, and each asked the same two maps for it.
     */
    private record TokenClasses(Context[][] byClass, Context[][] withClass) {
    }

    private TokenClasses classesOf(String[] kind, Word[] known) {
        Context[][] byClass = new Context[kind.length][];
        Context[][] withClass = new Context[kind.length][];
        for (int t = 0; t < kind.length; t++) {
            byClass[t] = classes.get(kind[t]);
            withClass[t] = known[t] == null ? null : known[t].withClass.get(kind[t]);
        }
        return new TokenClasses(byClass, withClass);
    }

    private static void windowClass(java.util.function.Consumer<Context> use, int token, int offset, Word[] known,
                                    TokenClasses classesOf) {
        Context[] byOffset = classesOf.byClass()[token];
        use.accept(byOffset == null ? null : byOffset[offset]);
        if (known[token] != null) {
            Context[] withClass = classesOf.withClass()[token];
            use.accept(withClass == null ? null : withClass[offset]);
        }
    }

    private static void windowWord(java.util.function.Consumer<Context> use, Word word, int offset) {
        if (word != null) {
            use.accept(word.word[offset]);
        }
    }

    private static Context pair(Map<String, Map<String, Context>> index, String first, String second) {
        Map<String, Context> byFirst = index.get(first);
        return byFirst == null ? null : byFirst.get(second);
    }

    /** GISModel's sum: each outcome's weight for a feature it knows, times the feature's value, 1. */
    private static void add(double[] scores, Context context) {
        if (context != null) {
            int[] active = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int a = 0; a < active.length; a++) {
                scores[active[a]] += parameters[a] * 1;
            }
        }
    }

    /** OpenNLP's lower case (code point by code point); the token itself when that changes nothing, as for normalised text. */
    private static String lowerCase(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
                return StringUtil.toLowerCase(token);
            }
        }
        return token;
    }

    /**
     * True when, for every token of the probes after every pair of previous decisions, this decoder adds
     * the very weights (the same objects, in the same order) the model's own generator's features name,
     * and the probes decode exactly as OpenNLP decodes them.
     */
    private boolean agreesWith(TokenNameFinderModel model, Map<String, Context> weights, String[][] probes) {
        BeamSearchContextGenerator<String> reference = model.getFactory().createContextGenerator();
        for (String[] tokens : probes) {
            String[] lower = Arrays.stream(tokens).map(SlotNameDecoder::lowerCase).toArray(String[]::new);
            String[] kind = Arrays.stream(tokens).map(FeatureGeneratorUtil::tokenFeature).toArray(String[]::new);
            Word[] known = Arrays.stream(lower).map(words::get).toArray(Word[]::new);
            TokenClasses classesOf = classesOf(kind, known);
            for (int i = 0; i < tokens.length; i++) {
                for (int previous = 0; previous < outcomes.length; previous++) {
                    for (int beforeThat = 0; beforeThat < outcomes.length; beforeThat++) {
                        int[] decided = new int[tokens.length];
                        Arrays.fill(decided, beforeThat);
                        if (i > 0) {
                            decided[i - 1] = previous;
                        }
                        String[] prior = new String[i];
                        for (int j = 0; j < i; j++) {
                            prior[j] = outcomes[decided[j]];
                        }
                        List<Context> expected = new ArrayList<>();
                        for (String feature : reference.getContext(i, tokens, prior, null)) {
                            Context context = weights.get(feature);
                            if (context != null) {
                                expected.add(context);
                            }
                        }
                        List<Context> mine = new ArrayList<>();
                        forEachFeature(i, tokens, kind, known, classesOf, decided, context -> {
                            if (context != null) {
                                mine.add(context);
                            }
                        });
                        if (!sameObjects(expected, mine)) {
                            return false;
                        }
                    }
                }
            }
            var search = model.getNameFinderSequenceModel();
            var best = search.bestSequence(tokens, new String[0][0], reference,
                    model.getFactory().createSequenceCodec().createSequenceValidator());
            Decoded decoded = decode(tokens);
            if (!best.getOutcomes().equals(List.of(decoded.outcomes()))
                    || !Arrays.equals(best.getProbs(), decoded.probabilities())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameObjects(List<Context> a, List<Context> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
