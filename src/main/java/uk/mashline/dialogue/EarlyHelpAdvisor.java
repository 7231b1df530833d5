package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Family support below the statutory threshold: the early help teams, whether open now (where hours are published), the FIS. */
public final class EarlyHelpAdvisor implements RouteAdvisor {

    private static final String EARLY_HELP_TERM = "early help";

    private final Wording wording;
    private final HelpNow helpNow;
    /** A child of the writer's who looks after them or the household (dialogue/child-carer.txt; care-46). */
    private final List<Pattern> childCares;
    /** What early help is, or a team for the family's town, asked (dialogue/early-help-asks.tsv: what, area; care-47). */
    private final List<PatternFile.Labelled> asks;

    /**
     * @param childCares a child of the writer's who looks after them (dialogue/child-carer.txt)
     * @param asks       what early help is, or a team for the family's own town, asked (dialogue/early-help-asks.tsv)
     */
    public EarlyHelpAdvisor(Wording wording, HelpNow helpNow, List<Pattern> childCares, List<PatternFile.Labelled> asks) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.childCares = List.copyOf(childCares);
        this.asks = List.copyOf(asks);
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        // care-46: a parent whose child looks after them ("my 11 yr old does loads for me since my MS got worse ... is there any
        // help for him": own set care-46-b B05-B08, the blind tester's kind 6 - family support with no word of young carers):
        // that the child is a young carer and the council's duty to assess them, first; the area's teams follow
        if (request.role() != CallerRole.CHILD && PatternFile.anyFound(childCares, PatternFile.cueText(request.text()))) {
            helpNow.addNationalService(advice, "young-carers-assessment", request.style());
        }
        // care-49: "who actually does the early help assessment, me or them" from a practitioner (own set care-49-a CW01: the team
        // first and the answer behind "more"): that they can, first; what the document says of it follows with the notes
        if (request.role() == CallerRole.PROFESSIONAL
                && PatternFile.Labelled.anyFound(asks, "who_does", PatternFile.cueText(request.text()))) {
            advice.add(wording.text("earlyhelp.whoDoes.professional"));
        }
        // care-47: "whats early help and how do i get it" from a family (own set care-47-a CN02): what it is first, in the
        // document's words or, where it does not explain it, in general; then the teams
        if (request.role() != CallerRole.PROFESSIONAL && request.role() != CallerRole.CHILD
                && PatternFile.Labelled.anyFound(asks, "what", PatternFile.cueText(request.text()))) {
            List<uk.mashline.knowledge.Guidance> explained = p.guidance(GuidanceTopic.TERM, null, EARLY_HELP_TERM).stream()
                    .filter(g -> g.mentions().contains(EARLY_HELP_TERM)).toList();
            // one sentence, so that the number to ring stays on the web chat's first screen (ReplyBudget: three sentences)
            if (explained.isEmpty()) {
                advice.add(wording.format("earlyhelp.whatItIs.notExplained", "partnership", p.name()));
            }
            explained.stream().limit(1).forEach(g -> advice.add(
                    g.text().text().strip().split("(?<=[.!?])\\s+(?=[A-Z])")[0], g.text().source()));
        }
        // "school want a TAF, do i have to go", "whats a TAF meeting": what the document says of the thing named, before the
        // teams (facts helper, 37th session: the teams alone, no word that no document describes a TAF)
        // (entries of this answer alone: one shared with other answers, an interpreter's, keeps its place)
        p.guidance(GuidanceTopic.EARLY_HELP, null, request.text()).stream()
                .filter(g -> !g.mentions().isEmpty() && g.topics().size() == 1)
                .forEach(g -> advice.add(g.text().text(), g.text().source()));
        List<Contact> allTeams = p.contacts(ContactKind.EARLY_HELP);
        List<Contact> teams = allTeams;
        boolean professional = request.role() == CallerRole.PROFESSIONAL;
        boolean noTeamNumber = teams.stream().allMatch(t -> t.phone() == null);
        if (teams.isEmpty() && professional) {
            // that the document is silent matters to a professional
            advice.add(wording.format("earlyhelp.notStated", "partnership", p.name()));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        } else if (noTeamNumber && !professional && (request.role() == CallerRole.CHILD || !teams.isEmpty()
                || helpNow.frontDoor(p).map(Contact::phone).isPresent())) {
            // no team with a number (none listed, or reached through a professionals' form): someone to ask first, the
            // front door before the out-of-hours line whatever the hour (support, not danger)
            advice.add(wording.text("earlyhelp.ask"));
            helpNow.addWhoToCallForSupport(advice, request, "report.callOpen");
        } else if (noTeamNumber && !professional) {
            // no family support and no front door number in the document (Sandwell's is an escalation policy): the
            // people a family already sees, after a national line to ring (first, so a call's first prompt has a
            // number) - not the police's 101, which is no family support
            helpNow.addNational(advice, request);
            advice.add(wording.format("earlyhelp.askLocal", "partnership", p.name()));
        }
        // a caller who said where they live is given their own area's team; the others only when none covers it
        Optional<String> place = request.state().slots().get(Slots.PLACE);
        List<Contact> theirs = place.map(at -> allTeams.stream().filter(t -> t.covers(at)).toList()).orElse(List.of());
        boolean noSplit = place.isPresent() && theirs.isEmpty() && !teams.isEmpty()
                && teams.stream().allMatch(t -> t.covers().isEmpty());
        if (noSplit && !professional && PatternFile.Labelled.anyFound(asks, "area", PatternFile.cueText(request.text()))) {
            // care-47: a family's "is there an early help team for chatham" (own set care-47-a CM02, after the family-support
            // answer: "That is all I have on it"): that the document names none by town, and who to ring - not that answer again
            Advice noTeam = new Advice().add(wording.format("earlyhelp.noAreas", "partnership", p.name()));
            helpNow.addWhoToCallForSupport(noTeam, request, "report.callOpen");
            return Turn.of(request, noTeam.essentialsEndHere().add(wording.text("earlyhelp.danger")),
                    request.state().settled(), Route.EARLY_HELP);
        }
        if (!theirs.isEmpty()) {
            advice.add(wording.format("earlyhelp.forPlace", "place", title(place.get())));
            teams = theirs;
        } else if (noSplit && (professional || PatternFile.Labelled.anyFound(asks, "area", PatternFile.cueText(request.text())))) {
            // no area split in the document: worth knowing for a professional choosing where to send a family, and for a
            // family who asks for a team for their town (care-47, as above)
            advice.add(wording.format("earlyhelp.noAreas", "partnership", p.name()));
        }
        // on a call, teams reached only through a form or a page: the number to ring said first, and no web address
        // read out (facts audit: a Medway professional heard the early help page's address and no number)
        boolean numberFirst = professional && !teams.isEmpty() && noTeamNumber && request.style().spoken();
        if (numberFirst) {
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        for (Contact team : teams) {
            Map<String, String> values = helpNow.describe(team, request);
            if (request.style().spoken()) {
                values.put("url", "");
            }
            if (team.phone() == null && !professional) {
                // how professionals request it (a form) is not for a family; its page is, where one can read it
                if (team.url() != null && !request.style().spoken()) {
                    advice.add(wording.format("earlyhelp.teamPage", values), team.source());
                }
                continue;
            }
            advice.add(wording.format(team.phone() == null ? "earlyhelp.teamNoPhone" : "earlyhelp.team", values),
                    team.source());
            if (team.email() != null && !request.style().brief()) {
                advice.add(wording.format("earlyhelp.teamEmail", values));
            }
        }
        if (professional && !teams.isEmpty() && noTeamNumber && !numberFirst) {
            // teams reached only through a form or a page: a number to ring as well (the front door or national)
            helpNow.addWhoToCall(advice, request, "report.callOpen");
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

    /** "mid sussex" as "Mid Sussex": the place as the caller would see it written. */
    private static String title(String place) {
        StringBuilder out = new StringBuilder();
        for (String word : place.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.UK) + word.substring(1));
        }
        return out.toString();
    }
}
