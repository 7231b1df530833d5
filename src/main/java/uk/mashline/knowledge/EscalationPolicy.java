package uk.mashline.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a partnership resolves disagreements about safeguarding decisions: who may escalate, the
 * informal first discussion, the formal stages with their working-day limits, and the rule that
 * timescales never justify delay when a child is at risk. Where a document gives no stages,
 * {@code stagesNotStated} says so and {@code pointOfContact} names who to ask instead. {@code beforeStagesByOwn}: the
 * caller's own people ("my line manager") whom the document puts before its first stage, or gives no part at all, so
 * that naming them places the case before stage 1 (Medway: consult your line manager first), never at a stage.
 * {@code discussionStage}: the stage that is itself the talk with the person who made the decision (the LSCB model's
 * stage 1, a direct professional to professional discussion), so "we spoke to the social worker on Friday" is that stage
 * raised on Friday; null where the document puts the first discussion before its stages. {@code firstTalks}: the
 * document's own first talk for a decision disagreed with at a particular point (the LSCB model's contact or referral the
 * MASH will not take: a conversation between the referrer and the MASH team, then both to their managers), said in place
 * of {@code initialDiscussion}; unlike {@code ownRoutes}, the numbered stages and their days still apply.
 * {@code afterLastStage}: what the document says happens once its last stage is reached or has run out (the Sandwell
 * Chair's final decision), or that it is silent and whom to ask; null where it has no stages. {@code publishedAt}: where
 * the escalation policy itself is published, as the document says, or that it prints no address and whom to ask.
 */
public record EscalationPolicy(String partnershipId,
                               WhoMayEscalate whoMayEscalate,
                               SourcedText initialDiscussion,
                               List<EscalationStage> stages,
                               SourcedText stagesNotStated,
                               SourcedText doNotDelayRule,
                               SourcedText pointOfContact,
                               List<SourcedText> recording,
                               List<SourcedText> specialCases,
                               List<SourcedText> notes,
                               List<EscalationRoute> ownRoutes,
                               List<String> beforeStagesByOwn,
                               Integer discussionStage,
                               List<EscalationRoute> firstTalks,
                               SourcedText afterLastStage,
                               SourcedText publishedAt) {

    public EscalationPolicy {
        Objects.requireNonNull(partnershipId, "partnershipId");
        Objects.requireNonNull(whoMayEscalate, "whoMayEscalate");
        stages = List.copyOf(stages == null ? List.of() : stages);
        recording = List.copyOf(recording == null ? List.of() : recording);
        specialCases = List.copyOf(specialCases == null ? List.of() : specialCases);
        notes = List.copyOf(notes == null ? List.of() : notes);
        ownRoutes = List.copyOf(ownRoutes == null ? List.of() : ownRoutes);
        beforeStagesByOwn = List.copyOf(beforeStagesByOwn == null ? List.of() : beforeStagesByOwn);
        firstTalks = List.copyOf(firstTalks == null ? List.of() : firstTalks);
        if (stages.isEmpty() && stagesNotStated == null) {
            throw new IllegalArgumentException("an escalation policy needs stages or a stagesNotStated note");
        }
        if (discussionStage != null && (discussionStage < 1 || discussionStage > stages.size())) {
            throw new IllegalArgumentException("discussionStage must be one of the stages: " + discussionStage);
        }
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).number() != i + 1) {
                throw new IllegalArgumentException("stages must be numbered 1.." + stages.size() + " in order");
            }
        }
    }

    /**
     * The route of its own the policy gives for {@code decision} (dissent at a child protection conference), the
     * first that applies to {@code message} and the caller's {@code profession} (null if not known); empty where the
     * numbered stages apply.
     */
    public Optional<EscalationRoute> ownRoute(String decision, String message, String profession) {
        return ownRoutes.stream().filter(r -> r.appliesTo(decision, message, profession)).findFirst();
    }

    /**
     * The special cases that may concern a disagreement about {@code decision} (empty when not known: all of them). A
     * special case that is the text of an own route for another decision is that route's alone: a teacher whose case
     * social care closed is not told how dissent at a conference or about a joint police response goes (lead's sealed
     * q14, 17th session: all six of the LSCB model's special cases after the stage 2 date, in one web chat reply).
     */
    public List<SourcedText> specialCasesFor(Optional<String> decision) {
        if (decision.isEmpty()) {
            return specialCases;
        }
        return specialCases.stream().filter(c -> ownRoutes.stream()
                .noneMatch(r -> r.text().text().equals(c.text()) && !r.decision().equals(decision.get()))).toList();
    }

    /** The document's own first talk for {@code decision} told in {@code message} (see {@code firstTalks}), if any. */
    public Optional<EscalationRoute> firstTalk(String decision, String message) {
        return firstTalks.stream().filter(r -> r.appliesTo(decision, message, null)).findFirst();
    }

    /** The stage that is the talk with the person who made the decision, where the document makes it a stage. */
    public Optional<EscalationStage> discussionIsStage() {
        return discussionStage == null ? Optional.empty() : stage(discussionStage);
    }

    public Optional<EscalationStage> stage(int number) {
        return number >= 1 && number <= stages.size() ? Optional.of(stages.get(number - 1)) : Optional.empty();
    }

    /**
     * The day by which a stage raised on {@code raisedOn} should be resolved: the stage's limit in
     * working days counted from the day after it was raised.
     *
     * @throws UnknownStageException      when the policy has no such stage
     * @throws OutsideCalendarException   when the dates fall outside the calendar's data
     */
    public Deadline deadline(int stageNumber, LocalDate raisedOn, WorkingDayCalendar calendar) {
        Objects.requireNonNull(raisedOn, "raisedOn");
        EscalationStage stage = stage(stageNumber)
                .orElseThrow(() -> new UnknownStageException(partnershipId, stageNumber, stages.size()));
        calendar.requireCovered(raisedOn);
        EscalationStage next = stage(stageNumber + 1).orElse(null);
        if (stage.workingDays() == null) {
            return new Deadline(stageNumber, raisedOn, null, null, next, stage.notStated());
        }
        LocalDate dueBy = calendar.addWorkingDays(raisedOn, stage.workingDays());
        return new Deadline(stageNumber, raisedOn, dueBy, stage.workingDays(), next, null);
    }
}
