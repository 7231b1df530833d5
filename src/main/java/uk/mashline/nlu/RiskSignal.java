package uk.mashline.nlu;

/**
 * What the immediate-risk rules saw.
 *
 * @param rule   the name of the rule that fired
 * @param strong true when the rule means danger now by itself; false for a cue that needs the
 *               classifier to think danger is at least possible (or no model to ask)
 */
public record RiskSignal(String rule, boolean strong) {
}
