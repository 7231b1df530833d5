package uk.mashline.dialogue;


import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Reply MORE" on SMS, "say more or press 9" on a call: the next page of what the last reply left
 * waiting, in order of need. The pages live in the conversation's state in the database, so any
 * instance serves them. Danger preempts: a message the risk rules or a confident classifier take for
 * immediate risk is never read as a request for more.
 */
public final class MorePages implements Shortcut {

    private final List<Pattern> requests;
    private final Wording wording;

    public MorePages(List<Pattern> requests, Wording wording) {
        this.requests = List.copyOf(requests);
        this.wording = wording;
    }

    public static MorePages fromClasspath(String resource, Wording wording) {
        return new MorePages(PatternFile.fromClasspath(resource), wording);
    }

    /** The turn that answers {@code request} with the next page, when that is what it asks for. */
    @Override
    public java.util.Optional<Turn> answer(AdviceRequest request) {
        if (request.classification().route() == Route.IMMEDIATE_RISK || !asksForMore(request.text())) {
            return java.util.Optional.empty();
        }
        ConversationState state = request.state();
        Route route = state.dialogue().last() == null ? Route.GREETING : state.dialogue().last();
        Advice advice = new Advice();
        if (state.more().isEmpty()) {
            if (!request.style().spoken() || !request.text().strip().equals("9")) {
                return java.util.Optional.empty();
            }
            // keypad 9 with nothing waiting: the rest of the spoken menu
            advice.add(wording.text("menu.voice.more"));
        } else {
            state.more().forEach(advice::add);
        }
        return java.util.Optional.of(new Turn(advice.essentialsEndHere(), state.withMisses(0), route, "more", 1.0, null));
    }

    private boolean asksForMore(String text) {
        String t = text.strip().toLowerCase(Locale.UK);
        return requests.stream().anyMatch(p -> p.matcher(t).matches());
    }
}
