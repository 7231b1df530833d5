package uk.mashline.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = Calendars.englandAndWales();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Christmas 2025: Thu 25 and Fri 26 are bank holidays, then the weekend, then New Year's Day
            "2025-12-23, 5, 2026-01-02",
            "2025-12-24, 3, 2025-12-31",
            "2024-12-24, 1, 2024-12-27",
            // Christmas 2026 falls on a Friday: Boxing Day is substituted to Monday 28th
            "2026-12-24, 1, 2026-12-29",
            // Easter 2026: Good Friday 3 April, Easter Monday 6 April
            "2026-04-02, 1, 2026-04-07",
            "2026-04-01, 7, 2026-04-14",
            // Easter 2025: Good Friday 18 April, Easter Monday 21 April
            "2025-04-17, 5, 2025-04-28",
            // bank holiday Mondays: spring 25 May 2026, summer 31 August 2026, early May 5 May 2025
            "2026-05-22, 1, 2026-05-26",
            "2026-08-28, 5, 2026-09-07",
            "2025-05-02, 2, 2025-05-07",
            // an ordinary week and a weekend
            "2025-07-14, 3, 2025-07-17",
            "2025-07-18, 1, 2025-07-21",
            "2025-07-19, 1, 2025-07-21"
    })
    void countsWorkingDaysAfterTheDayRaised(LocalDate raisedOn, int days, LocalDate expected) {
        assertEquals(expected, calendar.addWorkingDays(raisedOn, days));
    }

    @Test
    void bankHolidaysAndWeekendsAreNotWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 12, 25)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 6)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 8, 29)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 8, 28)));
        assertEquals("Easter Monday", calendar.bankHolidayName(LocalDate.of(2026, 4, 6)).orElseThrow());
    }

    @Test
    void sameWorkingDayMovesOffWeekendsAndHolidays() {
        assertEquals(LocalDate.of(2025, 7, 14), calendar.addWorkingDays(LocalDate.of(2025, 7, 14), 0));
        assertEquals(LocalDate.of(2026, 4, 7), calendar.addWorkingDays(LocalDate.of(2026, 4, 3), 0));
    }

    @Test
    void datesBeyondTheDataAreAnErrorNotAWorkingDay() {
        assertThrows(OutsideCalendarException.class, () -> calendar.isWorkingDay(LocalDate.of(2029, 1, 2)));
        assertThrows(OutsideCalendarException.class, () -> calendar.isWorkingDay(LocalDate.of(2011, 12, 30)));
        assertThrows(OutsideCalendarException.class, () -> calendar.addWorkingDays(LocalDate.of(2030, 6, 3), 1));
        // raised inside the data, but the count runs past its end
        OutsideCalendarException e = assertThrows(OutsideCalendarException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2028, 12, 28), 5));
        assertTrue(e.getMessage().contains("2028-12-31"), e.getMessage());
    }

    @Test
    void coverageComesFromTheData() {
        assertEquals(LocalDate.of(2012, 1, 1), calendar.firstCovered());
        assertEquals(LocalDate.of(2028, 12, 31), calendar.lastCovered());
        assertTrue(calendar.source().contains("GOV.UK"));
    }

    @Test
    void aSmallCalendarRejectsHolidaysOutsideItsYears() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingDayCalendar(Map.of(LocalDate.of(2031, 1, 1), "x"), 2030, 2030, "test"));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2025, 1, 6), -1));
    }
}
