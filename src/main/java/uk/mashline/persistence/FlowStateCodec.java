package uk.mashline.persistence;

import uk.mashline.dialogue.EscalationAnswers;
import uk.mashline.dialogue.FlowStep;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes a conversation's flow position into one column and reads it back. It holds only the
 * step and short structured answers (never message text), as {@code key=value;...}.
 */
final class FlowStateCodec {

    record Flow(FlowStep step, EscalationAnswers escalation, int misses) {
    }

    private FlowStateCodec() {
    }

    static String encode(FlowStep step, EscalationAnswers a, int misses) {
        StringBuilder out = new StringBuilder("step=").append(step.name()).append(";misses=").append(misses);
        if (a.decision() != null) {
            out.append(";decision=").append(a.decision().replaceAll("[^a-z]", ""));
        }
        if (a.initialDiscussionHeld() != null) {
            out.append(";initial=").append(a.initialDiscussionHeld());
        }
        if (a.stage() != null) {
            out.append(";stage=").append(a.stage());
        }
        return out.toString();
    }

    static Flow decode(String value) {
        Map<String, String> fields = new HashMap<>();
        if (value != null) {
            for (String part : value.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    fields.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        FlowStep step = parseStep(fields.get("step"));
        EscalationAnswers answers = new EscalationAnswers(fields.get("decision"),
                fields.containsKey("initial") ? Boolean.valueOf(fields.get("initial")) : null,
                fields.containsKey("stage") ? Integer.valueOf(fields.get("stage")) : null);
        return new Flow(step, answers, fields.containsKey("misses") ? Integer.parseInt(fields.get("misses")) : 0);
    }

    private static FlowStep parseStep(String value) {
        try {
            return value == null ? FlowStep.NONE : FlowStep.valueOf(value);
        } catch (IllegalArgumentException e) {
            // a step from a newer version: start afresh rather than fail the turn
            return FlowStep.NONE;
        }
    }
}
