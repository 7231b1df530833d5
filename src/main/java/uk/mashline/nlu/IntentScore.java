package uk.mashline.nlu;

import uk.mashline.dialogue.Route;

/** The model's probability that a message is an example of {@code intent} (which routes to {@code route}). */
public record IntentScore(String intent, Route route, double probability) {
}
