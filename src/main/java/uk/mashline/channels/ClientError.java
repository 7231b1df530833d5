package uk.mashline.channels;

/** A request the service cannot serve as sent: answered with this status and a plain message. */
public class ClientError extends RuntimeException {

    private final int status;

    public ClientError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
