package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;

import java.util.List;
import java.util.Map;

/** Family support below the statutory threshold: the early help teams, whether open now (where hours are published), the FIS. */
public final class EarlyHelpAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;

    public EarlyHelpAdvisor(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        List<Contact> teams = p.contacts(ContactKind.EARLY_HELP);
        if (teams.isEmpty()) {
            advice.add(wording.format("earlyhelp.notStated", "partnership", p.name()));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        for (Contact team : teams) {
            Map<String, String> values = helpNow.describe(team, request);
            advice.add(wording.format(team.phone() == null ? "earlyhelp.teamNoPhone" : "earlyhelp.team", values),
                    team.source());
            if (team.email() != null && !request.style().brief()) {
                advice.add(wording.format("earlyhelp.teamEmail", values));
            }
        }
        p.contacts(ContactKind.FAMILY_INFORMATION_SERVICE).forEach(fis -> advice.add(wording.format(
                fis.phone() != null ? "earlyhelp.fis" : fis.reachable() ? "earlyhelp.fisNoPhone" : "earlyhelp.fisNotes",
                helpNow.describe(fis, request)), fis.source()));
        advice.essentialsEndHere();
        // consent and assessment rules only where this partnership's own document gives them
        GuidanceNotes.add(advice, request, GuidanceTopic.EARLY_HELP);
        advice.add(wording.text("earlyhelp.danger"));
        return Turn.of(request, advice, request.state().settled(),
                Route.EARLY_HELP);
    }
}
