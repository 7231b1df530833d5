package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.nlu.Slots;

import java.util.Map;
import java.util.Optional;

/**
 * "so no deadline at all?" where the document gives none: for the stage the case is at (Medway's stage 4, seed 002 line
 * 539) or for any disagreement, having no stages of its own (West Sussex, seed 000 line 347). Said plainly, then where
 * the policy that holds the detail is and whom to ask (the partnership's publishedAt) - not "I cannot answer that one
 * here", nor the last answer again (esc helper's brief, 40th session: the blind tester's kind 3). North Tyneside, which
 * numbers its stages with neither people nor days, is answered by {@link DirectQuestions#stage} as before.
 */
final class SilentDeadline {

    private final Wording wording;

    SilentDeadline(Wording wording) {
        this.wording = wording;
    }

    /**
     * @param keep      the case as it was before the question (its stage)
     * @param timeAsked the message asks whether there is no time limit ("so no deadline at all?"; label noTimeAsked in
     *                  dialogue/questions.tsv): answered "No - ..."; a plain "whats the timescale" keeps its own answer
     */
    Optional<Advice> answer(AdviceRequest request, ConversationState keep, boolean timeAsked) {
        return timeAsked ? answer(request, keep, "") : Optional.empty();
    }

    /**
     * "so by when should i hear back?", "how long till they reply" after a disagreement's answer that gave no date because
     * the document gives none (West Sussex; Medway's stage 4; North Tyneside's undated stages): that plainly, then where to
     * ask - not the whole answer again, word for word (blind q41 start kind 8; esc-41-b B03-B05).
     */
    Optional<Advice> whenAsked(AdviceRequest request, ConversationState keep) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        if (!policy.stages().isEmpty() && !StageWording.describesStages(policy) && !request.slots().has(Slots.STAGE)) {
            Advice advice = new Advice().add(wording.format("escalation.noTimescale", "partnership",
                    request.partnership().name()), policy.stages().get(0).source());
            if (policy.pointOfContact() != null) {
                advice.add(policy.pointOfContact());
            }
            return Optional.of(advice.essentialsEndHere());
        }
        return answer(request, keep, ".when");
    }

    private Optional<Advice> answer(AdviceRequest request, ConversationState keep, String asked) {
        // a stage named in the question itself ("is there no deadline for stage 2") is that stage's own answer
        if (request.slots().has(Slots.STAGE)) {
            return Optional.empty();
        }
        EscalationPolicy policy = request.partnership().escalationPolicy();
        String partnership = request.partnership().name();
        SourcedText said;
        if (policy.stages().isEmpty()) {
            if (policy.stagesNotStated() == null) {
                return Optional.empty();
            }
            said = new SourcedText(wording.format("escalation.noTimescale.noStages" + asked, "partnership", partnership),
                    policy.stagesNotStated().source());
        } else {
            Optional<EscalationStage> stage = keep.slots().number(Slots.STAGE).flatMap(policy::stage)
                    .filter(s -> s.workingDays() == null && s.parties() != null);
            if (stage.isEmpty()) {
                return Optional.empty();
            }
            EscalationStage s = stage.get();
            said = new SourcedText(wording.format("escalation.noTimescale.stage" + asked, Map.of("partnership", partnership,
                    "stage", String.valueOf(s.number()), "parties", s.partiesSpoken())), s.source());
        }
        SourcedText where = policy.publishedAt() != null ? policy.publishedAt() : policy.pointOfContact();
        Advice advice = new Advice().add(said);
        if (where != null) {
            advice.add(where);
        }
        return Optional.of(advice.essentialsEndHere());
    }
}
