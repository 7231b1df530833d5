package uk.mashline.console;

/** What an audit event records; stored by name in audit_event.action. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_LOCKED,
    LOGOUT,
    VIEW_CONVERSATION,
    REVIEW_CHANGE,
    EXPORT_CONVERSATIONS,
    USER_CREATE,
    USER_UPDATE,
    PASSWORD_CHANGE,
    TOKEN_CREATE,
    TOKEN_REVOKE,
    SECOND_FACTOR_ENROL,
    SECOND_FACTOR_FAILURE,
    SECOND_FACTOR_RESET,
    RECOVERY_CODES_NEW,
    RECOVERY_CODE_USED,
    REAUTHENTICATED,
    RETENTION_CHANGE,
    RETENTION_PURGE,
    /** a conversation reached immediate risk (or asked for a person): the duty phones were texted */
    DUTY_ALERT,
    /** an outbound text (duty alert, staff reply) was taken by Twilio */
    OUTBOUND_SENT,
    /** an outbound text was given up on: it stays in the outbox */
    OUTBOUND_FAILED,
    STAFF_REPLY,
    AVAILABILITY_CHANGE
}
