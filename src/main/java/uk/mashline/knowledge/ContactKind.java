package uk.mashline.knowledge;

/** What a contact is for, so the advice line can point a caller to the right door. */
public enum ContactKind {
    /** The MASH / front door / First Response line that takes concerns about a child. */
    MASH,
    /** Out-of-hours emergency duty team. */
    OUT_OF_HOURS,
    /** The number to ring when the out-of-hours line cannot be reached. */
    OUT_OF_HOURS_FALLBACK,
    EARLY_HELP,
    FAMILY_INFORMATION_SERVICE,
    ONLINE_REFERRAL,
    /** The line professionals call for advice; where a document names none, the data says which door to use. */
    CONSULTATION,
    POLICE,
    PREVENT,
    MARAC,
    MAPPA,
    OTHER
}
