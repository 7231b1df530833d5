package uk.mashline.knowledge;

import java.time.LocalDate;

/**
 * A date the bank-holiday data does not cover. Such a date is unknown, never assumed to be a working
 * day, so that no deadline is ever computed on a guess.
 */
public class OutsideCalendarException extends RuntimeException {

    private final LocalDate date;

    public OutsideCalendarException(LocalDate date, LocalDate firstCovered, LocalDate lastCovered) {
        super("date " + date + " is outside the working-day calendar, which covers "
                + firstCovered + " to " + lastCovered);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
