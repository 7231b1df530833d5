package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.util.Arrays;

/**
 * The features OpenNLP's default name finder generator gives each token (ner-default-features.xml: token
 * class and lower-cased word in a window of two either side, the outcome prior, the previous-outcome map,
 * word and class bigrams, the sentence start; then the previous two decisions), the same strings in the
 * same order, so the trained model scores every token exactly as before. Why not OpenNLP's own: it
 * computes each word's class and lower case again for every window it appears in (ten times a token),
 * through a character stream, and that was half the name finder's time. Here both are computed once per
 * token per message. {@link #sameAs} checks the equivalence against a model's own generator, and
 * {@link SlotNameFinder} falls back to that generator if a model was trained with other features.
 *
 * <p>The previous-outcome map feature is always {@code pd=null}: the map holds the outcomes of earlier
 * messages and is cleared before every message (nothing learnt from one caller may colour the next), so
 * it is empty while a message is decoded. Not thread-safe (it keeps the message being decoded): one per
 * thread.
 */
final class SlotNameFeatures implements BeamSearchContextGenerator<String> {

    private static final int WINDOW = 2;

    private String[] tokens;
    private String[] lower = new String[0];
    private String[] kind = new String[0];

    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        if (sequence != tokens) {
            prepare(sequence);
        }
        int n = sequence.length;
        String[] features = new String[capacity(index, n)];
        int f = 0;
        features[f++] = "wc=" + kind[index];
        features[f++] = "w&c=" + lower[index] + "," + kind[index];
        for (int k = 1; k <= WINDOW && index - k >= 0; k++) {
            features[f++] = "p" + k + "wc=" + kind[index - k];
            features[f++] = "p" + k + "w&c=" + lower[index - k] + "," + kind[index - k];
        }
        for (int k = 1; k <= WINDOW && index + k < n; k++) {
            features[f++] = "n" + k + "wc=" + kind[index + k];
            features[f++] = "n" + k + "w&c=" + lower[index + k] + "," + kind[index + k];
        }
        features[f++] = "w=" + lower[index];
        for (int k = 1; k <= WINDOW && index - k >= 0; k++) {
            features[f++] = "p" + k + "w=" + lower[index - k];
        }
        for (int k = 1; k <= WINDOW && index + k < n; k++) {
            features[f++] = "n" + k + "w=" + lower[index + k];
        }
        features[f++] = "def";
        features[f++] = "pd=null";
        if (index > 0) {
            features[f++] = "pw,w=" + sequence[index - 1] + "," + sequence[index];
            features[f++] = "pwc,wc=" + kind[index - 1] + "," + kind[index];
        }
        if (index + 1 < n) {
            features[f++] = "w,nw=" + sequence[index] + "," + sequence[index + 1];
            features[f++] = "wc,nc=" + kind[index] + "," + kind[index + 1];
        }
        if (index == 0) {
            features[f++] = "S=begin";
        }
        if (priorDecisions != null) {
            String po = index > 0 ? priorDecisions[index - 1] : NameFinderME.OTHER;
            String ppo = index > 1 ? priorDecisions[index - 2] : NameFinderME.OTHER;
            features[f++] = "po=" + po;
            features[f++] = "pow=" + po + "," + sequence[index];
            features[f++] = "powf=" + po + "," + kind[index];
            features[f++] = "ppo=" + ppo;
        }
        return f == features.length ? features : Arrays.copyOf(features, f);
    }

    private static int capacity(int index, int n) {
        int before = Math.min(WINDOW, index);
        int after = Math.min(WINDOW, n - 1 - index);
        return 2 + 2 * (before + after) + 1 + before + after + 2 + 4 + 1 + 4;
    }

    private void prepare(String[] sequence) {
        tokens = sequence;
        if (lower.length < sequence.length) {
            lower = new String[sequence.length];
            kind = new String[sequence.length];
        }
        for (int i = 0; i < sequence.length; i++) {
            lower[i] = lowerCase(sequence[i]);
            kind[i] = FeatureGeneratorUtil.tokenFeature(sequence[i]);
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
     * True when these features are exactly those of {@code reference} (a model's own context generator)
     * for every token of {@code messages} after every possible pair of previous decisions.
     */
    static boolean sameAs(BeamSearchContextGenerator<String> reference, String[] outcomes, String[][] messages) {
        SlotNameFeatures mine = new SlotNameFeatures();
        for (String[] tokens : messages) {
            for (int i = 0; i < tokens.length; i++) {
                for (String previous : outcomes) {
                    for (String beforeThat : outcomes) {
                        String[] prior = new String[i];
                        Arrays.fill(prior, beforeThat);
                        if (i > 0) {
                            prior[i - 1] = previous;
                        }
                        if (!Arrays.equals(mine.getContext(i, tokens, prior, null),
                                reference.getContext(i, tokens, prior, null))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
