package uk.mashline.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. Timescales in the
 * partnership documents ("within 5 working days") are counted on this calendar. The bank holidays
 * come from data covering whole years; any date outside them raises {@link OutsideCalendarException}.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, String> bankHolidays;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;
    private final String source;

    /**
     * @param bankHolidays date to title, all within the coverage
     * @param firstYear    first calendar year the data covers in full
     * @param lastYear     last calendar year the data covers in full
     * @param source       where the bank-holiday data comes from
     */
    public WorkingDayCalendar(Map<LocalDate, String> bankHolidays, int firstYear, int lastYear, String source) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
        this.firstCovered = LocalDate.of(firstYear, 1, 1);
        this.lastCovered = LocalDate.of(lastYear, 12, 31);
        this.bankHolidays = new TreeMap<>(Objects.requireNonNull(bankHolidays, "bankHolidays"));
        this.source = source;
        this.bankHolidays.keySet().forEach(date -> {
            if (!covers(date)) {
                throw new IllegalArgumentException("bank holiday " + date + " is outside " + firstYear + "-" + lastYear);
            }
        });
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstCovered) && !date.isAfter(lastCovered);
    }

    public void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date, firstCovered, lastCovered);
        }
    }

    public boolean isBankHoliday(LocalDate date) {
        requireCovered(date);
        return bankHolidays.containsKey(date);
    }

    public Optional<String> bankHolidayName(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(bankHolidays.get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.containsKey(date);
    }

    /**
     * The Nth working day after {@code raisedOn} (the day itself never counts). With n = 0, the
     * same day if it is a working day, otherwise the next working day ("the same working day").
     */
    public LocalDate addWorkingDays(LocalDate raisedOn, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        requireCovered(raisedOn);
        LocalDate day = raisedOn;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate nextWorkingDayFrom(LocalDate date) {
        return addWorkingDays(date, 0);
    }

    public LocalDate firstCovered() {
        return firstCovered;
    }

    public LocalDate lastCovered() {
        return lastCovered;
    }

    public String source() {
        return source;
    }
}
