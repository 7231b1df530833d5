package uk.mashline.knowledge;

import uk.mashline.knowledge.data.BankHolidayCalendarLoader;

/** The shipped England and Wales calendar, loaded once for tests. */
public final class Calendars {

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new BankHolidayCalendarLoader().loadBundled();

    private Calendars() {
    }

    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }
}
