package uk.mashline.outbound;

/**
 * What became of one attempt to send a text.
 *
 * @param providerId the provider's id for the accepted text (Twilio's MessageSid), when sent
 * @param httpStatus the provider's HTTP status, when it answered
 * @param error      the provider's error code or the kind of failure: never the text or a number
 */
public record SendOutcome(Kind kind, String providerId, Integer httpStatus, String error) {

    public enum Kind {
        SENT,
        /** worth trying again later: the provider was unreachable, busy or failing */
        RETRY,
        /** refused for good (an invalid number, say): trying again would be refused again */
        FAILED
    }

    public static SendOutcome sent(String providerId) {
        return new SendOutcome(Kind.SENT, providerId, null, null);
    }

    public static SendOutcome retry(Integer httpStatus, String error) {
        return new SendOutcome(Kind.RETRY, null, httpStatus, error);
    }

    public static SendOutcome failed(Integer httpStatus, String error) {
        return new SendOutcome(Kind.FAILED, null, httpStatus, error);
    }
}
