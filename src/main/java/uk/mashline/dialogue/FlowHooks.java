package uk.mashline.dialogue;

import java.util.Map;

/**
 * What a flow's own advisor adds to the engine, for what the data file cannot say: conditions that depend
 * on the partnership's documents, values the questions name, which values are acceptable, and what to tell
 * the caller before a question. Every method has a neutral default.
 */
public interface FlowHooks {

    FlowHooks NONE = new FlowHooks() {
    };

    /** A named condition from a slot's {@code when} ("has_stages"); false when unknown. */
    default boolean holds(String condition, AdviceRequest request) {
        return false;
    }

    /** Values the question's wording names ("{stages}"). */
    default Map<String, String> questionValues(String slot, AdviceRequest request) {
        return Map.of();
    }

    /** Whether a value stated for a slot can be used ("stage 7" where the policy has four is not). */
    default boolean accepts(String slot, String value, AdviceRequest request) {
        return true;
    }

    /**
     * What to say ahead of the question for a slot, first asked, when the message wants an explanation before it ("whats
     * the escalation process": the stages in brief, then the question). Nothing by default.
     */
    default void brief(String slot, AdviceRequest request, Advice advice) {
    }

    /** What to say after the question for a slot is first asked (the question itself stays first). */
    default void beforeAsking(String slot, AdviceRequest request, Advice advice) {
    }

    /**
     * A slot's value that this message implies though it does not say it in the slot's own words, once {@code known}
     * holds what the caller has said so far (the escalation: the talk's day told, nothing past it named, is the talk
     * itself, stage 0). Empty by default.
     */
    default java.util.Optional<String> implied(String slot, uk.mashline.nlu.Slots known, AdviceRequest request) {
        return java.util.Optional.empty();
    }

    /**
     * After the flow answered, "what if they dont reply?" about that answer's case: what the flow's advisor can say from
     * the case itself (the escalation: the day to move on and the next stage's date), with the facts it leaves for the next
     * follow-up. Empty by default.
     *
     * @param afterThat "then what", "and after that?": the stage after the last one named, not that one again
     */
    default java.util.Optional<Turn> ifNoReply(AdviceRequest request, boolean afterThat) {
        return java.util.Optional.empty();
    }

    /**
     * After the flow answered, "even with the bank holidays?" about that answer's date: whether it left them out, from the
     * case itself. Empty by default.
     */
    default java.util.Optional<Turn> holidaysCounted(AdviceRequest request) {
        return java.util.Optional.empty();
    }

    /**
     * After the flow answered, "is it overdue now?", "are they late?" about that answer's case: whether its date has passed,
     * from the case itself (the escalation: a stage raised on a known day). Empty by default.
     */
    default java.util.Optional<Turn> ifPastDue(AdviceRequest request) {
        return java.util.Optional.empty();
    }

    /**
     * After the flow answered a caller the flow's own people are not for, "who do I talk to about it": whom such a caller
     * talks to (the escalation: a family where the policy is for professionals). Empty by default, and for anyone else.
     */
    default java.util.Optional<Turn> familyContact(AdviceRequest request) {
        return java.util.Optional.empty();
    }

    /**
     * "im the mum, can i challenge it myself?", "am i allowed to escalate it" from a parent or relative where the policy is for
     * professionals: that it is, and what a family can do instead. Empty by default, and for anyone else.
     */
    default java.util.Optional<Turn> familyMayChallenge(AdviceRequest request) {
        return java.util.Optional.empty();
    }
}
