package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an escalation stage is put into words (who it goes to, its time limit and what the limit means), the same
 * for the guided answer and for a question about a stage, so the two never describe one stage differently.
 */
final class StageWording {

    /** How a stage's due date is written, wherever it is said ("Friday 4 December 2026"). */
    static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Wording wording;

    StageWording(Wording wording) {
        this.wording = wording;
    }

    /** The template values of one stage: stage, parties, days, means, limit, cumulative. */
    Map<String, String> values(EscalationStage stage) {
        Map<String, String> values = new HashMap<>();
        values.put("stage", String.valueOf(stage.number()));
        values.put("parties", stage.parties() == null ? wording.text("escalation.partiesNotStated") : stage.parties());
        values.put("days", stage.workingDays() == null
                ? (stage.notStated() == null ? wording.text("escalation.daysNotStated") : stage.notStated())
                : wording.format(stage.workingDays() == 1 ? "escalation.workingDay" : "escalation.workingDays",
                        "n", String.valueOf(stage.workingDays())));
        values.put("means", stage.timescaleMeans() == null ? "" : stage.timescaleMeans());
        // a document's note on a missing limit is a whole sentence; the templates end {limit} with their own full stop
        // ("...Escalation Policy".." after Medway's stage 3, esc helper's unseen set, 18th session)
        values.put("limit", stage.workingDays() == null ? values.get("days").replaceAll("\\.$", "")
                : wording.format("escalation.limit", "days", values.get("days"), "means", values.get("means")));
        values.put("cumulative", stage.cumulativeWorkingDays() == null ? ""
                : wording.format("escalation.cumulative", "n", String.valueOf(stage.cumulativeWorkingDays())));
        return values;
    }

    /**
     * One stage as the policy sets it (who, its limit or the document's silence), then the stage after it or that it
     * is the last: for "what is stage 2?" and for a stage reached without a date alike.
     */
    void describe(Advice advice, EscalationStage stage, EscalationPolicy policy, String partnership) {
        Map<String, String> values = values(stage);
        values.put("partnership", partnership);
        if (stage.workingDays() == null) {
            values.put("note", stage.notStated() == null ? "" : stage.notStated());
            advice.add(wording.format("escalation.stageNoLimit", values), stage.source());
        } else {
            advice.add(wording.format("escalation.stageIs", values), stage.source());
        }
        addContactIfUnnamed(advice, stage, policy);
        Optional<EscalationStage> next = policy.stage(stage.number() + 1);
        if (next.isPresent()) {
            Map<String, String> nextValues = nextValues(next.get(), stage);
            advice.add(wording.format("escalation.next", nextValues), next.get().source()).nextStage(StageStep.of(nextValues));
        } else {
            advice.add(wording.format("escalation.lastStage", Map.of("stage", String.valueOf(stage.number()),
                    "partnership", partnership)));
        }
    }

    /**
     * "What happens next" asked of the policy's last stage ("were at the last stage, the panel. what happens next", "been
     * through all 4 stages, whats next": esc-44, own set esc-44-a XL02, XM05, XN04 - the stage's limit, and what follows it
     * behind "more" or not at all): what the document says comes after that stage, added here, before the stage itself;
     * whether it was added.
     */
    boolean afterLastFirst(Advice advice, EscalationStage stage, EscalationPolicy policy, String text) {
        if (policy.stage(stage.number() + 1).isEmpty() && policy.afterLastStage() != null
                && AskedCues.asks(AskedCues.NEXT_ASKED, text)) {
            advice.add(policy.afterLastStage());
            return true;
        }
        return false;
    }

    /** A stage whose reviewer the document does not name: whom the policy says to contact instead. */
    void addContactIfUnnamed(Advice advice, EscalationStage stage, EscalationPolicy policy) {
        if (stage.parties() == null) {
            advice.add(policy.pointOfContact());
        }
    }

    /** The next stage's values; the same "not stated" note as the stage before is not said twice. */
    Map<String, String> nextValues(EscalationStage next, EscalationStage stage) {
        Map<String, String> values = values(next);
        if (next.workingDays() == null && next.notStated() != null && next.notStated().equals(stage.notStated())) {
            values.put("limit", wording.text("escalation.daysNotStated"));
        }
        return values;
    }

    /** "1 Line/Team Managers; 2 Heads of Service/Senior Managers; ..." for the question which stage was reached. */
    String list(EscalationPolicy policy) {
        return list(policy, false);
    }

    /**
     * The same list; on a call ({@code spoken}) in each stage's short spoken words, so the whole question fits one
     * 50-word prompt (the model policy's list was cut off, and a caller cannot answer without hearing the stages).
     */
    String list(EscalationPolicy policy, boolean spoken) {
        StringBuilder out = new StringBuilder();
        for (EscalationStage s : policy.stages()) {
            String parties = spoken ? s.partiesSpoken() : s.parties();
            out.append(out.length() > 0 ? "; " : "").append(s.number()).append(" ")
                    .append(parties == null ? wording.text("escalation.partiesNotStated") : parties);
        }
        return out.toString();
    }

    /** Each stage with its time limit, for "what are the stages?". */
    String listWithLimits(EscalationPolicy policy) {
        StringBuilder out = new StringBuilder();
        for (EscalationStage s : policy.stages()) {
            Map<String, String> v = values(s);
            String days = s.workingDays() == null ? wording.text("escalation.daysNotStated") : v.get("days");
            out.append(out.length() > 0 ? "; " : "").append(s.number()).append(" ").append(v.get("parties"))
                    .append(" (").append(days).append(")");
        }
        return out.toString();
    }

    /**
     * What a policy that describes no stages gives instead, the same for the guided answer and for a question about
     * the stages: whom to go to first (the one thing the caller can act on), then what the document says of its
     * stages, each note once, and its rule not to delay. When the caller asks what comes next ("what if they still say
     * no"), the policy's own notes on how a review leads to the next follow the contact, not the same answer again.
     */
    void addNoStages(Advice advice, EscalationPolicy policy, boolean nextAsked) {
        advice.add(policy.pointOfContact());
        if (nextAsked) {
            policy.notes().forEach(n -> advice.add(n.text(), n.source()));
        }
        advice.add(policy.stagesNotStated());
        // stages named but none described (North Tyneside): what the document says of them, said once
        policy.stages().stream().map(EscalationStage::notStated).filter(Objects::nonNull).distinct()
                .forEach(note -> advice.add(note, policy.stages().get(0).source()));
        advice.add(policy.doNotDelayRule());
    }

    /**
     * Whether asking which stage was reached can lead anywhere: some stage names who to go to or a time limit.
     * Stages the document only numbers ("four stages of review", the reviewers in a guide it does not hold)
     * are answered with what it does say and its contact, not with a question the answer cannot use.
     */
    static boolean describesStages(EscalationPolicy policy) {
        return policy.stages().stream().anyMatch(s -> s.parties() != null || s.workingDays() != null);
    }
}
