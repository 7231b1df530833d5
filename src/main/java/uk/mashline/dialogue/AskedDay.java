package uk.mashline.dialogue;

import uk.mashline.knowledge.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a question about opening hours is asked of ("is first response open on christmas day", "what time does the front
 * door shut on a friday", "is the mash open on boxing day"), and what kind of day it is by the bank-holiday calendar
 * (calendar/bank-holidays-england-and-wales.json): a bank holiday (with its substitute day where the holiday falls at a
 * weekend), a weekend day, or an ordinary working day. The facts helper's brief, 40th session: "is the mash open on christmas
 * eve / boxing day / new years day" got the menu or the numbers with no word of the day. Only the day; the hours are the
 * partnership's data, said beside it.
 */
final class AskedDay {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** A day of the year by name, or a weekday, today or tomorrow: the first one the message names. */
    private static final Pattern NAMED = Pattern.compile("\\b(?:(?:christmas|xmas|crimbo) (eve|day)|(boxing) day"
            + "|new ?year'?s? (eve|day)|(today|tomorrow|tmrw|tmr)"
            + "|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\\b");
    /** A day of the year by name, read before "today" or a weekday in the same message ("open today its christmas eve"). */
    private static final Pattern OF_THE_YEAR = Pattern.compile("\\b(?:(?:christmas|xmas|crimbo) (?:eve|day)|boxing day"
            + "|new ?year'?s? (?:eve|day))\\b");
    /** The calendar's names of the bank holidays a message may name, lower case without apostrophes. */
    private static final Map<String, String> HOLIDAY = Map.of("christmas day", "christmas day",
            "boxing day", "boxing day", "new year day", "new years day");
    private static final Map<String, MonthDay> NOMINAL = Map.of("christmas eve", MonthDay.of(12, 24),
            "christmas day", MonthDay.of(12, 25), "boxing day", MonthDay.of(12, 26),
            "new year eve", MonthDay.of(12, 31), "new year day", MonthDay.of(1, 1));

    private final Wording wording;
    private final WorkingDayCalendar calendar;

    AskedDay(Wording wording, WorkingDayCalendar calendar) {
        this.wording = wording;
        this.calendar = calendar;
    }

    /**
     * What kind of day the message asks about, in a sentence ("Friday 25 December 2026 is a bank holiday (Christmas Day)."),
     * counted from {@code today}; empty when it names no day, or a day past the calendar's years.
     */
    Optional<String> said(String lowerCaseText, LocalDate today) {
        Optional<Asked> asked = read(lowerCaseText, today);
        if (asked.isEmpty() || !calendar.covers(asked.get().date())) {
            return Optional.empty();
        }
        LocalDate day = asked.get().date();
        Map<String, String> values = new HashMap<>();
        values.put("day", DAY.format(day));
        values.put("named", asked.get().name());
        if (calendar.isBankHoliday(day)) {
            values.put("holiday", calendar.bankHolidayName(day).orElse(""));
            // Boxing Day on a Saturday: the day itself is a weekend day and the holiday is the Monday after
            String key = asked.get().nominal() != null && !asked.get().nominal().equals(day)
                    ? "context.hours.day.substitute" : "context.hours.day.bankHoliday";
            values.put("nominal", asked.get().nominal() == null ? "" : DAY.format(asked.get().nominal()));
            return Optional.of(wording.format(key, values));
        }
        // "are they open today", "shut on a friday" on an ordinary day need no word of the day: the hours say it; a day
        // of the year by name (christmas eve, new years eve) is said, as callers take it for a holiday
        if (asked.get().nominal() == null) {
            return Optional.empty();
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(wording.format("context.hours.day.weekend", values));
        }
        return Optional.of(wording.format("context.hours.day.working", values));
    }

    /** True when the message names a day that is a bank holiday (or whose bank holiday is a substitute day). */
    boolean bankHoliday(String lowerCaseText, LocalDate today) {
        return read(lowerCaseText, today).filter(a -> calendar.covers(a.date()) && calendar.isBankHoliday(a.date()))
                .isPresent();
    }

    /** The day asked, its name as the message said it, and the date it falls on by custom (a named day of the year). */
    record Asked(LocalDate date, String name, LocalDate nominal) {
    }

    private Optional<Asked> read(String text, LocalDate today) {
        String plain = text.replace("'", "");
        Matcher m = NAMED.matcher(plain);
        Matcher ofTheYear = OF_THE_YEAR.matcher(plain);
        if (!(ofTheYear.find() ? m.find(ofTheYear.start()) : m.find())) {
            return Optional.empty();
        }
        if (m.group(4) != null) {
            return Optional.of(new Asked(m.group(4).equals("today") ? today
                    : today.plusDays(1), m.group(4), null));
        }
        if (m.group(5) != null) {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(5).toUpperCase(Locale.ROOT));
            LocalDate day = today;
            while (day.getDayOfWeek() != weekday) {
                day = day.plusDays(1);
            }
            return Optional.of(new Asked(day, m.group(5), null));
        }
        String name = m.group(1) != null ? "christmas " + m.group(1) : m.group(2) != null ? "boxing day"
                : "new year " + m.group(3);
        LocalDate nominal = NOMINAL.get(name).atYear(today.getYear());
        // the coming one: new year's day asked in December is next year's
        if (nominal.isBefore(today)) {
            nominal = NOMINAL.get(name).atYear(today.getYear() + 1);
        }
        LocalDate date = nominal;
        String holiday = HOLIDAY.get(name);
        if (holiday != null) {
            // the bank holiday of that name on or after the day itself (a substitute day when it falls at a weekend)
            for (LocalDate d = nominal; d.isBefore(nominal.plusDays(4)) && calendar.covers(d); d = d.plusDays(1)) {
                if (calendar.bankHolidayName(d).map(AskedDay::plain).filter(holiday::equals).isPresent()) {
                    date = d;
                    break;
                }
            }
        }
        return Optional.of(new Asked(date, name, nominal));
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
    }
}
