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
        return request.role() == CallerRole.PROFESSIONAL ? forProfessional(request) : forFamily(request);
    }

    // The rules as written, their exceptions, Gillick and how agencies share: a practitioner's to apply.
    private Turn forProfessional(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        var consent = p.consent();
        if (!consent.stated()) {
            advice.add(wording.format("consent.notStated", "partnership", p.name()));
            addSourced(advice, consent.notStated());
        }
        limit(consent.rules(), request, 1).forEach(r -> advice.add(r.text(), r.source()));
        addExceptions(advice, request);
        advice.essentialsEndHere();
        addSourced(advice, consent.gillickCompetence());
        var sharing = p.informationSharing();
        if (sharing.stated()) {
            limit(sharing.rules(), request, 2).forEach(r -> advice.add(r.text(), r.source()));
        } else {
            addSourced(advice, sharing.notStated());
        }
        GuidanceNotes.add(advice, request, GuidanceTopic.CONSENT);
        advice.add(wording.text("consent.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    /**
     * A parent, a member of the public, or someone who has not said who they are: what the document means for a
     * family (its words to the public, where it has them) and who can answer about theirs, with a number. The rules
     * written to the referring professional follow for someone who may be one, never first.
     */
    private Turn forFamily(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        GuidanceNotes.add(advice, request, GuidanceTopic.CONSENT);
        advice.add(wording.text("consent.ask"));
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        advice.essentialsEndHere();
        if (request.role() == CallerRole.UNKNOWN && p.consent().stated()) {
            p.consent().rules().stream().findFirst().ifPresent(rule -> advice.add(
                    wording.format("report.consentProfessional", "rule", rule.text()), rule.source()));
            addExceptions(advice, request);
        }
        advice.add(wording.text("consent.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    private void addExceptions(Advice advice, AdviceRequest request) {
        var exceptions = request.partnership().consent().exceptions();
        if (!exceptions.isEmpty()) {
            advice.add(wording.text("consent.exceptionsIntro"));
            limit(exceptions, request, 3).forEach(r -> advice.add("- " + r.text(), r.source()));
        }
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
