package uk.mashline.dialogue;

/**
 * A stage an escalation answer sends the caller to, as the values its wording was made from: the stage's number, the
 * people who hold it, and its due date where the answer gave one (null where not). Kept beside the wording so a follow-up
 * ("so is that a yes i can take it higher") names the same stage without reading our own sentences back, which broke
 * silently whenever the wording changed.
 */
public record StageStep(String stage, String parties, String dueBy) {

    /** The step for {@code values} as {@link StageWording} fills them ("stage", "parties", "dueBy"). */
    static StageStep of(java.util.Map<String, String> values) {
        return new StageStep(values.get("stage"), values.get("parties"), values.get("dueBy"));
    }
}
