package uk.mashline.knowledge;

/** A stage number the policy does not have. */
public class UnknownStageException extends IllegalArgumentException {

    public UnknownStageException(String partnershipId, int stage, int stageCount) {
        super("stage " + stage + " is not a stage of the " + partnershipId
                + " escalation policy (it has " + stageCount + " stage" + (stageCount == 1 ? "" : "s") + ")");
    }
}
