package uk.mashline.knowledge.data;

/**
 * A partnership or calendar data file is malformed or incomplete. The message names the file and
 * the field, e.g. "sandwell.yml: escalation.stages[2].source: is required", so whoever edits the
 * data can fix it; the service refuses to start rather than give advice from broken data.
 */
public class PartnershipDataException extends RuntimeException {

    private final String file;
    private final String field;

    public PartnershipDataException(String file, String field, String problem) {
        super(file + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.field = field;
    }

    public PartnershipDataException(String file, String field, String problem, Throwable cause) {
        this(file, field, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
