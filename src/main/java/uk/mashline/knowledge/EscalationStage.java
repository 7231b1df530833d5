package uk.mashline.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One formal stage of resolving a professional disagreement. {@code workingDays} is the limit the
 * document sets for this stage and {@code cumulativeWorkingDays} the day of the whole process by
 * which it should be done; either is null where the document does not state it, and then
 * {@code notStated} says so and what to do instead.
 */
public record EscalationStage(int number,
                              String parties,
                              Integer workingDays,
                              Integer cumulativeWorkingDays,
                              List<String> mustRecord,
                              String notStated,
                              Source source) {

    public EscalationStage {
        Objects.requireNonNull(source, "source");
        mustRecord = List.copyOf(mustRecord == null ? List.of() : mustRecord);
        if (parties == null && notStated == null) {
            throw new IllegalArgumentException("stage " + number + ": parties or notStated is required");
        }
        if (workingDays == null && notStated == null) {
            throw new IllegalArgumentException("stage " + number + ": workingDays or notStated is required");
        }
    }
}
