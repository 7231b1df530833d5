package uk.mashline.outbound;

/** Port: hands one text to the SMS provider. Implementations never throw for a refused or failed send. */
public interface TextSender {

    /** Whether sending is set up; until it is, texts wait in the outbox. */
    boolean configured();

    SendOutcome send(String from, String to, String body);
}
