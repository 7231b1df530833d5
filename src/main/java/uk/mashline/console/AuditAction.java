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
    RETENTION_CHANGE,
    RETENTION_PURGE
}
