package uk.mashline.knowledge;

/** Units in which the documents state timescales. */
public enum TimeUnitKind {
    /** Weekdays that are not England and Wales bank holidays; 0 means "the same working day". */
    WORKING_DAYS,
    HOURS,
    WEEKS,
    MONTHS
}
