package uk.mashline.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One formal stage of resolving a professional disagreement. {@code workingDays} is the limit the
 * document sets for this stage and {@code cumulativeWorkingDays} the day of the whole process by
 * which it should be done; either is null where the document does not state it, and then
 * {@code notStated} says so and what to do instead. {@code timescaleMeans} says what the limit is
 * for, in the document's terms ("a response is required", "a meeting is convened"), so a reply
 * never turns "a response within 5 working days" into "resolved by".
 */
public record EscalationStage(int number,
                              String parties,
                              Integer workingDays,
                              Integer cumulativeWorkingDays,
                              String timescaleMeans,
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
        if (workingDays != null && (timescaleMeans == null || timescaleMeans.isBlank())) {
            throw new IllegalArgumentException("stage " + number + ": timescaleMeans is required with workingDays");
        }
    }
}
