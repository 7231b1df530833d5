package uk.mashline.knowledge;

/** Where in a conversation a piece of a document's guidance answers what callers ask. */
public enum GuidanceTopic {
    /** Reporting a worry or making a referral: what to include, what happens next, duties to refer. */
    REPORT_CONCERN,
    EARLY_HELP,
    /** A professional asking for advice (thresholds, Prevent, interpreters). */
    CONSULTATION,
    CONSENT,
    /** A disagreement: shown on any of its turns when the caller mentions the entry's words (a child on a plan...). */
    ESCALATION
}
