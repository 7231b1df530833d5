package uk.mashline.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One formal stage of resolving a professional disagreement. {@code workingDays} is the limit the
 * document sets for this stage and {@code cumulativeWorkingDays} the day of the whole process by
 * which it should be done; either is null where the document does not state it, and then
 * {@code notStated} says so and what to do instead. {@code timescaleMeans} says what the limit is
 * for, in the document's terms ("a response is required", "a meeting is convened"), so a reply
 * never turns "a response within 5 working days" into "resolved by". {@code spokenParties} is who the stage goes to
 * in words short enough to hear in a list on a call ("senior managers"), where {@code parties} is too long for a
 * spoken prompt; null where {@code parties} is short enough. {@code heldBy} names the people the stage goes to as a
 * caller says them ("team manager", "head of service"), so that "I raised it with the team manager" places the case
 * at that stage; empty where the document's parties are not people a caller would name. {@code heldByOwn} names the
 * caller's own people who take a disagreement to this stage where the document says so ("I went to my manager" is
 * stage 2 of the LSCB model, whose first line managers liaise for their staff; stage 1 in Sandwell, whose line or team
 * manager contacts their counterpart); empty where the document does not say what the caller's own manager does.
 * {@code sharesLimitWith} is the earlier stage whose limit this one shares, counted from when that stage was raised
 * (the LSCB model: "stages 2 and 3 should be completed within two working days"), or null: its own limit.
 * {@code outcomeMonthsAfterMeeting} is where the document dates the stage's outcome from the meeting it holds, in calendar
 * months (Sandwell's stage 4: shared "within one month of the meeting"), or null: it does not.
 */
public record EscalationStage(int number,
                              String parties,
                              Integer workingDays,
                              Integer cumulativeWorkingDays,
                              String timescaleMeans,
                              List<String> mustRecord,
                              String notStated,
                              Source source,
                              String spokenParties,
                              List<String> heldBy,
                              List<String> heldByOwn,
                              Integer sharesLimitWith,
                              Integer outcomeMonthsAfterMeeting) {

    public EscalationStage(int number, String parties, Integer workingDays, Integer cumulativeWorkingDays,
                           String timescaleMeans, List<String> mustRecord, String notStated, Source source) {
        this(number, parties, workingDays, cumulativeWorkingDays, timescaleMeans, mustRecord, notStated, source, null,
                List.of(), List.of(), null, null);
    }

    /** Who the stage goes to, as said on a call. */
    public String partiesSpoken() {
        return spokenParties != null ? spokenParties : parties;
    }

    public EscalationStage {
        Objects.requireNonNull(source, "source");
        mustRecord = List.copyOf(mustRecord == null ? List.of() : mustRecord);
        heldBy = List.copyOf(heldBy == null ? List.of() : heldBy);
        heldByOwn = List.copyOf(heldByOwn == null ? List.of() : heldByOwn);
        if (parties == null && notStated == null) {
            throw new IllegalArgumentException("stage " + number + ": parties or notStated is required");
        }
        if (workingDays == null && notStated == null) {
            throw new IllegalArgumentException("stage " + number + ": workingDays or notStated is required");
        }
        if (sharesLimitWith != null && (sharesLimitWith < 1 || sharesLimitWith >= number)) {
            throw new IllegalArgumentException("stage " + number + ": sharesLimitWith must be an earlier stage");
        }
        if (outcomeMonthsAfterMeeting != null && outcomeMonthsAfterMeeting < 1) {
            throw new IllegalArgumentException("stage " + number + ": outcomeMonthsAfterMeeting must be at least 1");
        }
        if (workingDays != null && (timescaleMeans == null || timescaleMeans.isBlank())) {
            throw new IllegalArgumentException("stage " + number + ": timescaleMeans is required with workingDays");
        }
    }
}
