package uk.mashline.dialogue;

/** A message for a partnership the line does not advise for. */
public class UnknownPartnershipException extends RuntimeException {

    public UnknownPartnershipException(String partnershipId) {
        super("no partnership " + partnershipId);
    }
}
