package uk.mashline.knowledge.data;

import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.WeeklyWindow;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code hours:} - one of
 * {@code {notStated: "why"}}, {@code {alwaysOpen: "description"}} or
 * {@code {description: "9am–5pm Monday to Friday", openOnBankHolidays: false (or left out when not stated),
 * windows: [{days: MONDAY-FRIDAY, opens: "09:00", closes: "17:00"}]}}, or {@code {inWords: "office hours"}} where the
 * source gives the hours only in words, with no times (never called open or closed).
 */
final class OpeningHoursReader {

    OpeningHours read(Node hours) {
        String notStated = hours.optionalText("notStated");
        String alwaysOpen = hours.optionalText("alwaysOpen");
        String inWords = hours.optionalText("inWords");
        if ((notStated != null ? 1 : 0) + (alwaysOpen != null ? 1 : 0) + (inWords != null ? 1 : 0) > 1) {
            throw hours.error(null, "give one of notStated, alwaysOpen or inWords");
        }
        OpeningHours result;
        if (inWords != null) {
            result = OpeningHours.inWords(inWords);
        } else if (notStated != null) {
            result = OpeningHours.notStated(notStated);
        } else if (alwaysOpen != null) {
            result = OpeningHours.alwaysOpen(alwaysOpen);
        } else {
            List<WeeklyWindow> windows = hours.map(hours.children("windows"), this::window);
            if (windows.isEmpty()) {
                throw hours.error("windows", "is required (or write notStated / alwaysOpen / inWords)");
            }
            // left out (or null) when the document does not say: a bank holiday is then "unknown", not "closed"
            Boolean bankHolidays = hours.optionalBoolean("openOnBankHolidays");
            result = OpeningHours.weekly(windows, bankHolidays, hours.text("description"));
        }
        hours.finish();
        return result;
    }

    private WeeklyWindow window(Node node) {
        return new WeeklyWindow(days(node), time(node, "opens"), time(node, "closes"));
    }

    private Set<DayOfWeek> days(Node node) {
        String text = node.text("days").toUpperCase(Locale.ROOT);
        try {
            if (text.contains("-")) {
                String[] range = text.split("-");
                return EnumSet.range(DayOfWeek.valueOf(range[0].strip()), DayOfWeek.valueOf(range[1].strip()));
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : text.split(",")) {
                days.add(DayOfWeek.valueOf(day.strip()));
            }
            return days;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw node.error("days", "'" + text + "' is not a day list such as MONDAY-FRIDAY or SATURDAY,SUNDAY");
        }
    }

    private LocalTime time(Node node, String key) {
        if (node.raw(key) instanceof Integer) {
            throw node.error(key, "write the time in quotes, e.g. \"09:00\"");
        }
        String text = node.text(key);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw node.error(key, "'" + text + "' is not a time such as \"09:00\"");
        }
    }
}
