package uk.mashline.knowledge;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningHoursTest {

    private final WorkingDayCalendar calendar = Calendars.englandAndWales();
    private final OpeningHours nineToFive = OpeningHours.weekly(
            List.of(WeeklyWindow.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))), false,
            "9am–5pm Monday to Friday");

    private static Instant now(String instant) {
        return Clock.fixed(Instant.parse(instant), OpeningHours.UK).instant();
    }

    @Test
    void hoursInWordsAreNeverOpenOrClosed() {
        // North Tyneside's Front Door as its council publishes it: "office hours", no times
        OpeningHours officeHours = OpeningHours.inWords("office hours");
        assertEquals(OpeningHours.Status.UNKNOWN, officeHours.statusAt(now("2026-12-08T11:00:00Z"), calendar));
        assertEquals(OpeningHours.Status.UNKNOWN, officeHours.statusAt(now("2026-12-12T23:00:00Z"), calendar));
        assertTrue(officeHours.nextOpening(now("2026-12-12T23:00:00Z"), calendar).isEmpty());
        assertFalse(officeHours.notStated());
        assertEquals("office hours", officeHours.description());
    }

    @Test
    void summerTimeIsAnHourAheadOfUtc() {
        // Tuesday 15 July 2025: 08:30 UTC is 09:30 BST, 16:30 UTC is 17:30 BST
        assertTrue(nineToFive.isOpenAt(now("2025-07-15T08:30:00Z"), calendar));
        assertFalse(nineToFive.isOpenAt(now("2025-07-15T07:59:00Z"), calendar));
        assertFalse(nineToFive.isOpenAt(now("2025-07-15T16:30:00Z"), calendar));
    }

    @Test
    void winterTimeIsUtc() {
        // Tuesday 13 January 2026: GMT
        assertFalse(nineToFive.isOpenAt(now("2026-01-13T08:30:00Z"), calendar));
        assertTrue(nineToFive.isOpenAt(now("2026-01-13T16:30:00Z"), calendar));
        assertFalse(nineToFive.isOpenAt(now("2026-01-13T17:00:00Z"), calendar));
    }

    @Test
    void closedAtWeekendsAndOnBankHolidays() {
        assertFalse(nineToFive.isOpenAt(now("2025-07-19T11:00:00Z"), calendar));
        // Spring bank holiday, Monday 25 May 2026, midday BST
        assertFalse(nineToFive.isOpenAt(now("2026-05-25T11:00:00Z"), calendar));
        assertEquals(OpeningHours.Status.CLOSED, nineToFive.statusAt(now("2026-05-25T11:00:00Z"), calendar));
    }

    @Test
    void nextOpeningSkipsWeekendsAndBankHolidays() {
        // Friday 22 May 2026 17:30 BST: next opening is Tuesday 26 May 09:00 BST (Monday is a bank holiday)
        ZonedDateTime next = nineToFive.nextOpening(now("2026-05-22T16:30:00Z"), calendar).orElseThrow();
        assertEquals(ZonedDateTime.parse("2026-05-26T09:00+01:00[Europe/London]"), next);
        // early on a working day it opens the same morning
        assertEquals(ZonedDateTime.parse("2026-01-13T09:00Z[Europe/London]"),
                nineToFive.nextOpening(now("2026-01-13T07:00:00Z"), calendar).orElseThrow());
        // when open, "next opening" is now
        Instant open = now("2026-01-13T10:00:00Z");
        assertEquals(open, nineToFive.nextOpening(open, calendar).orElseThrow().toInstant());
    }

    @Test
    void whenTheDocumentIsSilentABankHolidayIsUnknownAndNoNextOpeningIsPromised() {
        OpeningHours silent = OpeningHours.weekly(
                List.of(WeeklyWindow.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))), null, "9am–5pm Monday to Friday");
        // Spring bank holiday, Monday 25 May 2026, midday BST
        assertEquals(OpeningHours.Status.UNKNOWN, silent.statusAt(now("2026-05-25T11:00:00Z"), calendar));
        assertFalse(silent.isOpenAt(now("2026-05-25T11:00:00Z"), calendar));
        // Friday evening before it: whether it opens on Monday is not known
        assertTrue(silent.nextOpening(now("2026-05-22T16:30:00Z"), calendar).isEmpty());
        // an ordinary Friday evening: it opens on Monday morning
        assertEquals(ZonedDateTime.parse("2026-01-19T09:00Z[Europe/London]"),
                silent.nextOpening(now("2026-01-16T18:00:00Z"), calendar).orElseThrow());
        OpeningHours openOnThem = OpeningHours.weekly(
                List.of(WeeklyWindow.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))), true, "9am–5pm Monday to Friday");
        assertEquals(OpeningHours.Status.OPEN, openOnThem.statusAt(now("2026-05-25T11:00:00Z"), calendar));
    }

    @Test
    void alwaysOpenAndNotStated() {
        OpeningHours emergency = OpeningHours.alwaysOpen("Emergency number");
        assertTrue(emergency.isOpenAt(now("2025-12-25T03:00:00Z"), calendar));
        OpeningHours unknown = OpeningHours.notStated("not stated");
        assertEquals(OpeningHours.Status.UNKNOWN, unknown.statusAt(now("2025-07-15T10:00:00Z"), calendar));
        assertFalse(unknown.isOpenAt(now("2025-07-15T10:00:00Z"), calendar));
        assertTrue(unknown.nextOpening(now("2025-07-15T10:00:00Z"), calendar).isEmpty());
    }

    @Test
    void overnightWindowsRunPastMidnight() {
        OpeningHours evenings = OpeningHours.weekly(List.of(new WeeklyWindow(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(17, 0), LocalTime.of(9, 0))),
                false, "5pm–9am weeknights");
        // Tuesday 23:00 GMT and Wednesday 08:00 GMT are open, Wednesday 10:00 is not
        assertTrue(evenings.isOpenAt(now("2026-01-13T23:00:00Z"), calendar));
        assertTrue(evenings.isOpenAt(now("2026-01-14T08:00:00Z"), calendar));
        assertFalse(evenings.isOpenAt(now("2026-01-14T10:00:00Z"), calendar));
    }

    @Test
    void westSussexEarlyHelpHoursComeFromTheData() {
        Partnership westSussex = Partnerships.bundled().find("west-sussex").orElseThrow();
        Contact south = westSussex.contacts(ContactKind.EARLY_HELP).stream()
                .filter(c -> "South".equals(c.area())).findFirst().orElseThrow();
        assertEquals("9am–5pm Monday to Friday", south.hours().description());
        assertTrue(south.hours().isOpenAt(now("2025-07-15T08:30:00Z"), calendar));
        // the document says nothing about bank holidays: Christmas Day (a Thursday) is unknown, not closed
        assertEquals(null, south.hours().openOnBankHolidays());
        assertEquals(OpeningHours.Status.UNKNOWN, south.hours().statusAt(now("2025-12-25T12:00:00Z"), calendar));
        assertEquals(OpeningHours.Status.CLOSED, south.hours().statusAt(now("2025-12-25T19:00:00Z"), calendar));
        assertTrue(westSussex.contact(ContactKind.POLICE).orElseThrow().hours().alwaysOpen());
        assertTrue(westSussex.contact(ContactKind.DUTY_TEAM).orElseThrow().hours().notStated());
    }
}
