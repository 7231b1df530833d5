package uk.mashline.dialogue;

import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourcedText;

import java.util.List;

/** Consent and information sharing: when consent is needed, its exceptions, Gillick, the sharing test. */
public final class ConsentAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;

    public ConsentAdvisor(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        var consent = p.consent();
        boolean professional = request.role() == CallerRole.PROFESSIONAL;
        if (!consent.stated() && professional) {
            advice.add(wording.format("consent.notStated", "partnership", p.name()));
            addSourced(advice, consent.notStated());
        } else if (!consent.stated()) {
            // the public is not told what a document leaves out, but who can answer them
            advice.add(wording.text("consent.ask"));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        // the documents' consent rules are written for a practitioner deciding whether to refer ("discuss your
        // concerns with the parents and seek their consent"): a parent or a neighbour is told who can answer for
        // their family instead (below); someone who has not said who they are may be that practitioner
        boolean practitioner = professional || request.role() == CallerRole.UNKNOWN;
        if (practitioner) {
            limit(consent.rules(), request, 1).forEach(r -> advice.add(r.text(), r.source()));
            if (!consent.exceptions().isEmpty()) {
                advice.add(wording.text("consent.exceptionsIntro"));
                limit(consent.exceptions(), request, 3).forEach(r -> advice.add("- " + r.text(), r.source()));
            }
        }
        if (consent.stated() && !professional && !practitioner) {
            advice.add(wording.text("consent.ask"));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        advice.essentialsEndHere();
        if (practitioner) {
            addSourced(advice, consent.gillickCompetence());
        }
        var sharing = p.informationSharing();
        // how agencies share with each other (golden rules, escalating a refusal) is professional practice
        if (sharing.stated() && (professional || request.role() == CallerRole.UNKNOWN)) {
            limit(sharing.rules(), request, 2).forEach(r -> advice.add(r.text(), r.source()));
        } else if (!sharing.stated() && professional) {
            addSourced(advice, sharing.notStated());
        }
        GuidanceNotes.add(advice, request, GuidanceTopic.CONSENT);
        if (consent.stated() && request.role() == CallerRole.UNKNOWN) {
            // rules written for professionals are no help on their own: someone to ask about this family
            advice.add(wording.text("consent.ask"));
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
        advice.add(wording.text("consent.danger"));
        return Turn.of(request, advice, request.state().settled(),
                Route.CONSENT_INFO_SHARING);
    }

    private static List<SourcedText> limit(List<SourcedText> items, AdviceRequest request, int brief) {
        return request.style().brief() ? items.stream().limit(brief).toList() : items;
    }

    private static void addSourced(Advice advice, SourcedText text) {
        if (text != null) {
            advice.add(text.text(), text.source());
        }
    }
}
