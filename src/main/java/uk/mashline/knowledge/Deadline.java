package uk.mashline.knowledge;

import java.time.LocalDate;

/**
 * When an escalation stage raised on {@code raisedOn} should be resolved: the Nth working day after it.
 * {@code dueBy} and {@code workingDays} are null where the policy states no limit; {@code note} then says so.
 */
public record Deadline(int stage,
                       LocalDate raisedOn,
                       LocalDate dueBy,
                       Integer workingDays,
                       EscalationStage nextStage,
                       String note) {
}
