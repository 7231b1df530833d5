package uk.mashline.dialogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A caller who says they live in a town outside the partnership ("im in brighton", "we live in dudley not sandwell", "i live
 * in south shields, is it the same people?"), told kindly that it is not this area, with the way to the council where the
 * child lives and the national line - not the partnership's numbers as if they were theirs (the blind tester's kind 4, 39th
 * session). Which places are outside which partnership is data: dialogue/outside-areas.tsv.
 */
final class OutsideArea {

    public static final String DEFAULT_FILE = "dialogue/outside-areas.tsv";

    /** The answers that send a worry somewhere: the ones a wrong area's numbers would mislead. */
    // facts-42: and the handoff ("the family actually live in brighton, is that still you" after an answer: own set facts-42-a
    // W05, "I still have not understood" with West Sussex's MASH)
    private static final Set<Route> SENDS_SOMEWHERE = EnumSet.of(Route.REPORT_CONCERN, Route.EARLY_HELP,
            Route.CONSULTATION, Route.HUMAN_HANDOFF);

    private final List<PatternFile.Labelled> places;
    private final Wording wording;
    private final NationalHelp national;

    OutsideArea(List<PatternFile.Labelled> places, Wording wording, NationalHelp national) {
        this.places = List.copyOf(places);
        this.wording = wording;
        this.national = national;
    }

    static OutsideArea fromClasspath(Wording wording, NationalHelp national) {
        return new OutsideArea(PatternFile.labelledFromClasspath(DEFAULT_FILE), wording, national);
    }

    /** The turn as it was, or, where the message places the caller outside the partnership, the way to the right council. */
    Turn withOutsideArea(Turn turn, AdviceRequest request) {
        if (!SENDS_SOMEWHERE.contains(turn.route())) {
            return turn;
        }
        Optional<String> place = placeOutside(request);
        if (place.isEmpty()) {
            return turn;
        }
        Advice advice = new Advice().add(wording.format("area.outside", "place", AreaQuestion.title(place.get()),
                "partnership", request.partnership().name()));
        national.addService(advice, "find-council", "national.find-council", request.style());
        national.addFor(advice, request.role(), request.style());
        advice.add(wording.text("report.danger"));
        return turn.withAdvice(advice.essentialsEndHere());
    }

    private Optional<String> placeOutside(AdviceRequest request) {
        String text = PatternFile.cueText(request.text());
        for (PatternFile.Labelled line : places) {
            if (!line.label().equals(request.partnership().id())) {
                continue;
            }
            Matcher m = line.pattern().matcher(text);
            if (m.find()) {
                // the place is the match's last words, after "live in" / "im from"
                String said = m.group();
                return Optional.of(said.substring(said.lastIndexOf(" in ") >= 0 ? said.lastIndexOf(" in ") + 4
                        : said.lastIndexOf(" from ") >= 0 ? said.lastIndexOf(" from ") + 6 : 0).strip());
            }
        }
        return Optional.empty();
    }
}
