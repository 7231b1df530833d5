package uk.mashline.dialogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Greetings, goodbyes and messages the line cannot help with. Never a dead end: each gives
 * the 999 line and the front door's number, except a goodbye after an answer that was not about a child's safety.
 */
public final class FrontDoorAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    private final Route route;
    private final String key;
    private final List<GatedPattern> adultAtRisk;
    /** An adult's own police matter with no child in it (dialogue/police-matter.txt): the police's non-emergency line. */
    private final List<GatedPattern> policeMatter;
    private final NationalHelp national;
    /** facts-48: custody, contact after a separation, a solicitor for it (dialogue/family-law.txt): family law, and FRG's line. */
    private final List<GatedPattern> familyLaw;
    /** The classifier's label for a council's everyday business (intents/out_of_scope_council.txt). */
    static final String COUNCIL_BUSINESS = "out_of_scope_council";

    public FrontDoorAdvisor(Wording wording, HelpNow helpNow, Route route, String key) {
        this(wording, helpNow, route, key, List.of(), List.of(), null);
    }

    /**
     * @param adultAtRisk  an adult at risk named where the line cannot help ("my brother is 30 and his carers arent
     *                     feeding him", dialogue/adult-at-risk.txt): where to take that worry, after the line's own words
     * @param policeMatter an adult's own crime or nuisance with no child in it ("someone keeps scratching my car",
     *                     dialogue/police-matter.txt): the police's non-emergency line from {@code national}
     */
    public FrontDoorAdvisor(Wording wording, HelpNow helpNow, Route route, String key,
                            List<Pattern> adultAtRisk, List<Pattern> policeMatter, NationalHelp national) {
        this(wording, helpNow, route, key, adultAtRisk, policeMatter, List.of(), national);
    }

    /** @param familyLaw custody or contact after a separation, a solicitor for it (dialogue/family-law.txt) */
    public FrontDoorAdvisor(Wording wording, HelpNow helpNow, Route route, String key, List<Pattern> adultAtRisk,
                            List<Pattern> policeMatter, List<Pattern> familyLaw, NationalHelp national) {
        this.familyLaw = familyLaw.stream().map(GatedPattern::of).toList();
        this.adultAtRisk = adultAtRisk.stream().map(GatedPattern::of).toList();
        this.policeMatter = policeMatter.stream().map(GatedPattern::of).toList();
        this.national = national;
        this.wording = wording;
        this.helpNow = helpNow;
        this.route = route;
        this.key = key;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        // a goodbye after an answer that was not about a child's safety: the caller has what they came for (a child is
        // always left with 999 and a number)
        if (route == Route.GOODBYE && request.state().onlyProcessAnswered()
                && request.role() != CallerRole.CHILD) {
            Advice advice = new Advice().add(wording.format(key, "partnership", request.partnership().name()))
                    .essentialsEndHere().hangUp();
            return Turn.of(request, advice, request.state().settled(), route);
        }
        Advice advice = new Advice()
                .add(wording.format(key, "partnership", request.partnership().name()));
        String t = PatternFile.cueText(request.text());
        // an adult's own police matter, or family law (facts-48): answered with where it goes, no front door and no menu
        boolean adultsPoliceMatter = false;
        if (adultAtRisk.stream().anyMatch(p -> p.foundIn(t))) {
            advice.add(wording.text("outofscope.adultAtRisk"));
        } else if (route == Route.OUT_OF_SCOPE && national != null && policeMatter.stream().anyMatch(p -> p.foundIn(t))) {
            // a car keyed, a neighbour shouting abuse, no child (blind q41 start kind 17: the council's bins and council tax)
            national.addService(advice, "police-non-emergency", "national.police-non-emergency.adultCrime",
                    request.style());
            adultsPoliceMatter = true;
        } else if (route == Route.OUT_OF_SCOPE && national != null && familyLaw.stream().anyMatch(p -> p.foundIn(t))) {
            // facts-48: family law, for a solicitor, and the advice line for families when children's services or a court decide
            national.addService(advice, "family-rights-group", "outofscope.familyLaw", request.style());
            adultsPoliceMatter = true;
        } else if (route == Route.OUT_OF_SCOPE && COUNCIL_BUSINESS.equals(request.classification().intent())) {
            // bins, school places, council tax (lead's set, twenty-seventh session: "how do i apply for a school place"
            // was told only what the line cannot do): where that goes, without a number no document gives
            advice.add(wording.text("outofscope.council"));
        }
        advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        // facts-42: an adult's own police matter with no child ("no kids involved", own set facts-42-a N01) is not sent to the
        // children's front door or out-of-hours team, nor offered the menu: the police's line and 999 are the answer
        if (adultsPoliceMatter) {
            return Turn.of(request, advice.essentialsEndHere(), request.state().settled(), route);
        }
        // a greeting or a goodbye needs a number to ring, never a professional's note about the document
        helpNow.addWhoToCall(advice, request.partnership(), request.now(), request.style(), "contact.frontDoorOpen");
        advice.essentialsEndHere();
        if (route != Route.GOODBYE) {
            advice.add(wording.text(request.style().spoken() ? "menu.voice" : "menu.text"));
        }
        if (route == Route.GOODBYE) {
            advice.hangUp();
        }
        return Turn.of(request, advice, request.state().settled(),
                route);
    }
}
