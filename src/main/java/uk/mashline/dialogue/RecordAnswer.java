package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationAudience;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.nlu.Slots;

/**
 * "Do I need to fill in a form for that?", "do I need to put it in writing?" inside an escalation: what the policy asks to
 * be written down at the stage the case is at (its own items, then the policy's for every stage: Sandwell's template from
 * stage 2, the LSCB model's written account), or that the document does not say, with its contact. The case's facts and a
 * flow's waiting question stay as they were (esc helper's unseen set, 18th session: the report-a-concern answer and a MARF).
 */
final class RecordAnswer {

    /** Where a family's complaint or disagreement is sent (the document prints no address): the care helper's wording. */
    private static final String COMPLAINT_WHERE = "family.complaint_where";

    private final Wording wording;

    RecordAnswer(Wording wording) {
        this.wording = wording;
    }

    private static boolean forFamily(AdviceRequest request, EscalationPolicy policy) {
        return (request.role() == CallerRole.PARENT_FAMILY || request.role() == CallerRole.PUBLIC)
                && policy.whoMayEscalate().audience() != EscalationAudience.ANYONE_IN_CHILDS_NETWORK;
    }

    /** @param named the stage whose people the question names ("what do we send the panel"), if it names any */
    Turn answer(AdviceRequest request, ConversationState keep, java.util.Optional<Integer> named) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Slots known = keep.slots();
        // esc-45: a parent or relative where the policy's stages are for professionals writes to the council's complaints
        // route, not a stage's record ("im a dad ... do i need to put it in writing? who do i send it to", own set esc-45-a
        // MM06: Medway's professional record answer and "your line manager first"); where anyone in the child's network
        // may disagree (North Tyneside) the policy's own record and contact are theirs too
        if (forFamily(request, policy)) {
            String key = request.style().spoken() && wording.has(COMPLAINT_WHERE + ".voice") ? COMPLAINT_WHERE + ".voice"
                    : COMPLAINT_WHERE;
            Advice family = new Advice().add(request.partnership().complaints()).add(wording.text(key));
            return Turn.of(request, family.essentialsEndHere(), keep, Route.ESCALATION);
        }
        // the stage named, else the one the last answer sent the caller to, else the one reached, else the first: where the
        // writing is due now
        int current = named.or(() -> known.number(EscalationAdvisor.STAGE_NOW))
                .or(() -> known.number(Slots.STAGE).filter(n -> n > 0)).orElse(1);
        Advice advice = new Advice();
        policy.stage(current).filter(s -> !s.mustRecord().isEmpty()).ifPresent(s -> advice.add(wording.format(
                "escalation.recordStage", "stage", String.valueOf(s.number()), "items", String.join(" ", s.mustRecord())),
                s.source()));
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        if (advice.paragraphs().isEmpty()) {
            advice.add(wording.format("escalation.recordNotStated", "partnership", request.partnership().name()));
            advice.add(policy.pointOfContact());
        } else if (policy.stage(current).filter(s -> s.parties() == null).isPresent()) {
            // a stage whose reviewer the document does not name (North Tyneside): whom to send it to or ring, as the policy
            // gives them ("do i have to put it in writing or can i just ring": esc helper's own set, 31st session, the
            // records alone)
            advice.add(policy.pointOfContact());
        }
        advice.add(policy.doNotDelayRule());
        // "anybody else i need to inform, hes in care" (esc helper's own set, 42nd session, S06: the case-file record first and
        // the IRO behind "more"): who else must be told is what was asked, so what the document says of it leads
        if (AskedCues.asks(AskedCues.TELL, request.text())) {
            var asked = GuidanceNotes.askedInADisagreement(request);
            for (int i = asked.size() - 1; i >= 0; i--) {
                if (advice.putFirst(asked.get(i).text())) {
                    advice.cite(asked.get(i).source());
                }
            }
        }
        advice.essentialsEndHere();
        policy.stage(current + 1).filter(next -> !next.mustRecord().isEmpty()
                        && !next.mustRecord().equals(policy.stage(current).map(EscalationStage::mustRecord).orElse(null)))
                .ifPresent(next -> advice.add(wording.format("escalation.recordStage", "stage",
                        String.valueOf(next.number()), "items", String.join(" ", next.mustRecord())), next.source()));
        return Turn.of(request, advice, keep, Route.ESCALATION);
    }
}
