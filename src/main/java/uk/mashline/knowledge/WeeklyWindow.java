package uk.mashline.knowledge;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A line is open on these days from {@code opens} to {@code closes} (UK local time). When
 * {@code closes} is not after {@code opens} the window runs past midnight into the next day.
 */
public record WeeklyWindow(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public WeeklyWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a weekly window needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean overnight() {
        return !closes.isAfter(opens);
    }

    public static WeeklyWindow mondayToFriday(LocalTime opens, LocalTime closes) {
        return new WeeklyWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), opens, closes);
    }
}
