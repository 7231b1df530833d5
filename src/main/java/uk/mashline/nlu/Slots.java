package uk.mashline.nlu;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts one message states in the caller's own words, slot by slot, so that the line never asks
 * again for what someone already said. Values are normalised text, so that flows declared as data
 * can name slots and compare values without knowing how they were found (a model or a rule).
 *
 * <p>The vocabulary (names and values) is shared by the extractors and the flows:
 * <ul>
 *   <li>{@value #ROLE}: {@code CHILD}, {@code PARENT_FAMILY}, {@code PUBLIC} or {@code PROFESSIONAL}</li>
 *   <li>{@value #PROFESSION}: {@code teacher}, {@code dsl}, {@code health_visitor}, {@code gp},
 *       {@code nurse}, {@code midwife}, {@code social_worker}, {@code police}, {@code early_years},
 *       {@code youth_worker} or {@code other} (only with role PROFESSIONAL)</li>
 *   <li>{@value #CHILD_AGE}: whole years, "0" to "25" (a child writing "im 12" gives their own age)</li>
 *   <li>{@value #PLACE}: a town or district as written, lower case ("crawley"); the partnership's
 *       data maps it to its own areas</li>
 *   <li>{@value #DECISION}: the decision disagreed with: {@code mash}, {@code conference},
 *       {@code cp_plan}, {@code agency} or {@code joint_response}</li>
 *   <li>{@value #INITIAL_DISCUSSION}: {@code yes}/{@code no}: the professionals already talked it through</li>
 *   <li>{@value #STAGE}: the escalation stage reached, "0" (only the initial discussion) to "9"</li>
 *   <li>{@value #STAGE_ASKED}: {@code yes}: every stage the message names is asked about ("can i escalate this to stage 2
 *   now?"), so {@value #STAGE} is the stage asked about, not one reached</li>
 *   <li>{@value #RAISED_ON}: the date it was raised, ISO {@code yyyy-MM-dd}, resolved against the
 *       London date for "yesterday" or "last Tuesday"</li>
 *   <li>{@value #CALLED_999}: {@code yes}/{@code no}: they have already called 999</li>
 *   <li>{@value #CHILD_PRESENT}: {@code yes}/{@code no}: the child is with them now</li>
 *   <li>{@value #ANSWER}: {@code yes}/{@code no}: a bare yes or no, for the last question asked</li>
 *   <li>{@value #NUMBER}: the whole message is one number, "0" to "30" ("2", "two", "option 2", "stage 2"):
 *       a menu choice, or the answer to the question just asked (which stage, how old)</li>
 * </ul>
 * A stage above 0 also sets {@value #INITIAL_DISCUSSION} to {@code yes}: no stage is reached without it.
 */
public record Slots(Map<String, String> values) {

    public static final String ROLE = "role";
    public static final String PROFESSION = "profession";
    public static final String CHILD_AGE = "child_age";
    public static final String PLACE = "place";
    public static final String DECISION = "decision";
    public static final String INITIAL_DISCUSSION = "initial_discussion";
    public static final String STAGE = "stage";
    public static final String STAGE_ASKED = "stage_asked";
    public static final String RAISED_ON = "raised_on";
    /** The day of an earlier challenge told in the same message as {@value #RAISED_ON}'s (a stage sharing its limit). */
    public static final String EARLIER_RAISED_ON = "earlier_raised_on";
    /**
     * How far ahead a {@link #RAISED_ON} day may be: a coming day the caller said they will raise it on ("will raise
     * stage 3 on monday 21st dec"), read by the date rules and accepted by the escalation flow.
     */
    public static final int RAISED_ON_MAX_DAYS_AHEAD = 45;
    public static final String CALLED_999 = "called_999";
    public static final String CHILD_PRESENT = "child_present";
    public static final String ANSWER = "answer";
    public static final String NUMBER = "number";

    public static final String YES = "yes";
    public static final String NO = "no";

    public static final Slots NONE = new Slots(Map.of());

    public Slots {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A whole-number slot (age, stage); empty when absent or not a number. */
    public Optional<Integer> number(String name) {
        try {
            return get(name).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date slot; empty when absent or not an ISO date. */
    public Optional<LocalDate> date(String name) {
        try {
            return get(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A yes/no slot; empty when absent. */
    public Optional<Boolean> flag(String name) {
        return get(name).map(YES::equals);
    }

    public Slots with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new Slots(copy);
    }

    /** These slots updated by {@code newer}: what the caller says later corrects what they said before. */
    public Slots updatedBy(Slots newer) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(newer.values);
        return new Slots(copy);
    }
}
