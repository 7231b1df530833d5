package uk.mashline.knowledge;

/** What a contact is for, so the advice line can point a caller to the right door. */
public enum ContactKind {
    /** The MASH / front door / First Response line that takes concerns about a child. */
    MASH,
    /** A number the document gives for concerns out of hours. */
    OUT_OF_HOURS,
    /**
     * An emergency duty team the document lists without saying when it answers (so the line never
     * calls it "out of hours"): given beside the front door, first when offices are usually shut.
     */
    DUTY_TEAM,
    /** The number to ring when the out-of-hours or duty team line cannot be reached. */
    OUT_OF_HOURS_FALLBACK,
    /** A contact the document gives only for disagreeing with a decision: never offered as a front door. */
    DISAGREEMENT,
    EARLY_HELP,
    FAMILY_INFORMATION_SERVICE,
    ONLINE_REFERRAL,
    /** The line professionals call for advice; where a document names none, the data says which door to use. */
    CONSULTATION,
    POLICE,
    PREVENT,
    MARAC,
    MAPPA,
    /**
     * Where a professional raises a concern about a colleague's practice (whistleblowing): given with the complaints
     * answer to a professional unhappy with how another professional treated a child or family.
     */
    WHISTLEBLOWING,
    OTHER
}
