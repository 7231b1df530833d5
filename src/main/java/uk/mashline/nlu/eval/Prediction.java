package uk.mashline.nlu.eval;

import uk.mashline.nlu.Classification;
import uk.mashline.dialogue.Route;

/** One evaluated message: the route it should get and what the classifier made of it. */
public record Prediction(Route expected, String text, String source, Classification classification) {

    public boolean correct() {
        return expected == classification.route();
    }
}
