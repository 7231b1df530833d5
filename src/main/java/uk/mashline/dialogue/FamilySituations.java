package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.Optional;

/**
 * A family's own dealings with children's services, told outside a flow by someone who is neither a child nor a
 * professional: social services coming to assess, 999 rung before, a safety plan, children taken into care, a threat to
 * report them, and a grown-up son's or daughter's worry. Each has its own answer (ContextQuestions); danger now and harm
 * told in the words are answered before this is read. Moved out of {@link Conversation} whole and in the same order
 * (debt-50).
 */
final class FamilySituations {

    private final ContextQuestions asked;
    private final RouteAnswers routes;
    private final RouteOverrides overrides;

    FamilySituations(ContextQuestions asked, RouteAnswers routes, RouteOverrides overrides) {
        this.asked = asked;
        this.routes = routes;
        this.overrides = overrides;
    }

    /** The answer to the family's situation the message tells of, if it tells of one. */
    Optional<Turn> answer(AdviceRequest request, Slots before) {
        // "social services rang me today, they want to come and do an assessment on my kids": what an assessment is and
        // whom to ask (lead's sealed set q2: the menu, then a goodbye); harm told in it is answered above
        if (overrides.beingAssessed(request.text())) {
            return Optional.of(asked.assessment(request, overrides.assessedAsks(request.text()),
                    overrides.assessedMust(request.text())));
        }
        // "rang 999 last nite cos the woman next door was screaming at her kids, police came round. do i need to tell you lot as
        // well" (care-39: the professionals' consultation answer): the worry's answer, opening with calling having been right and
        // children's services to be told too; danger now and harm told are answered above
        if (overrides.rang999Before(request.text())) {
            return Optional.of(asked.after999Rung(routes.advise(Route.REPORT_CONCERN, request, before)));
        }
        // "the social worker told my partner he cant be on his own with my kids till they finish there checks. can they
        // actually do that" (care brief's leftover, 38th and 39th sessions: the family's disagreement answer, the escalation
        // flow): what a safety plan is and that it is agreed, whom to ask, independent advice; harm told is answered above
        if (overrides.safetyPlan(request.text())) {
            return Optional.of(asked.safetyPlan(request));
        }
        // "social services took my 2 kids into care yesterday and i dont even know where they are. how do i get them back"
        // (blind tester's q22b, 25th session: asked whether the MASH decision was talked through - a removal is not one):
        // where they are, seeing them, a solicitor and independent advice; harm told in it is answered above
        if (overrides.takenIntoCare(request.text())) {
            return Optional.of(asked.takenIntoCare(request));
        }
        // "my ex keeps saying she will ring social services on me and say im a bad dad" (lead's sets, 25th and 26th sessions):
        // what happens if she does, their side, independent advice; harm told in it is answered above
        if (overrides.threatenedReport(request.text())) {
            return Optional.of(asked.threatenedReport(request));
        }
        // "my daughter is 19 and her boyfriend is really controlling" (blind tester's q23b, 26th session: the NSPCC "for
        // advice about a child"): a grown-up's worry - the domestic abuse helpline, adult social care, 999 in danger
        if (overrides.adultRelative(request.text())) {
            return Optional.of(asked.adultRelative(request));
        }
        return Optional.empty();
    }
}
