package uk.mashline.dialogue;

import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourcedText;

import java.util.List;

/** Consent and information sharing: when consent is needed, its exceptions, Gillick, the sharing test. */
public final class ConsentAdvisor implements RouteAdvisor {

    private final Wording wording;

    public ConsentAdvisor(Wording wording) {
        this.wording = wording;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        var consent = p.consent();
        if (!consent.stated()) {
            advice.add(wording.format("consent.notStated", "partnership", p.name()));
            addSourced(advice, consent.notStated());
        }
        limit(consent.rules(), request, 1).forEach(r -> advice.add(r.text(), r.source()));
        if (!consent.exceptions().isEmpty()) {
            advice.add(wording.text("consent.exceptionsIntro"));
            limit(consent.exceptions(), request, 3).forEach(r -> advice.add("- " + r.text(), r.source()));
        }
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
