package uk.mashline.knowledge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a contact answers, in UK local time (Europe/London, so BST and GMT are both handled).
 * Three shapes: always open (emergency lines), weekly windows (closed on bank holidays unless the
 * document says otherwise), or not stated - then the advice line must not claim the line is open or
 * closed, and {@link #statusAt} answers {@link Status#UNKNOWN}.
 */
public record OpeningHours(Kind kind, List<WeeklyWindow> windows, boolean openOnBankHolidays, String description) {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    /** Looking further ahead than this for an opening means the line has no opening at all. */
    private static final int SEARCH_DAYS = 21;

    public enum Kind { ALWAYS_OPEN, WEEKLY, NOT_STATED }

    public enum Status { OPEN, CLOSED, UNKNOWN }

    public OpeningHours {
        Objects.requireNonNull(kind, "kind");
        windows = List.copyOf(windows == null ? List.of() : windows);
        if (kind == Kind.WEEKLY && windows.isEmpty()) {
            throw new IllegalArgumentException("weekly opening hours need at least one window");
        }
        if (description == null || description.isBlank()) {
            description = kind == Kind.ALWAYS_OPEN ? "always open" : kind == Kind.NOT_STATED ? "not stated" : "";
        }
    }

    public static OpeningHours alwaysOpen(String description) {
        return new OpeningHours(Kind.ALWAYS_OPEN, List.of(), true, description);
    }

    public static OpeningHours notStated(String description) {
        return new OpeningHours(Kind.NOT_STATED, List.of(), false, description);
    }

    public static OpeningHours weekly(List<WeeklyWindow> windows, boolean openOnBankHolidays, String description) {
        return new OpeningHours(Kind.WEEKLY, windows, openOnBankHolidays, description);
    }

    public boolean alwaysOpen() {
        return kind == Kind.ALWAYS_OPEN;
    }

    public boolean notStated() {
        return kind == Kind.NOT_STATED;
    }

    public Status statusAt(ZonedDateTime at, WorkingDayCalendar calendar) {
        return switch (kind) {
            case ALWAYS_OPEN -> Status.OPEN;
            case NOT_STATED -> Status.UNKNOWN;
            case WEEKLY -> openInWindow(at.withZoneSameInstant(UK), calendar) ? Status.OPEN : Status.CLOSED;
        };
    }

    public Status statusAt(Instant at, WorkingDayCalendar calendar) {
        return statusAt(at.atZone(UK), calendar);
    }

    /** True only when the stated hours say the line is open; false when closed or when hours are not stated. */
    public boolean isOpenAt(ZonedDateTime at, WorkingDayCalendar calendar) {
        return statusAt(at, calendar) == Status.OPEN;
    }

    public boolean isOpenAt(Instant at, WorkingDayCalendar calendar) {
        return isOpenAt(at.atZone(UK), calendar);
    }

    /**
     * When the line next opens at or after {@code from} (which is returned itself when open then);
     * empty when the hours are not stated or no opening falls in the next three weeks.
     */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime from, WorkingDayCalendar calendar) {
        ZonedDateTime local = from.withZoneSameInstant(UK);
        if (kind == Kind.ALWAYS_OPEN || (kind == Kind.WEEKLY && openInWindow(local, calendar))) {
            return Optional.of(local);
        }
        if (kind == Kind.NOT_STATED) {
            return Optional.empty();
        }
        for (int offset = 0; offset <= SEARCH_DAYS; offset++) {
            LocalDate day = local.toLocalDate().plusDays(offset);
            Optional<ZonedDateTime> opening = windows.stream()
                    .filter(window -> opensOn(window, day, calendar))
                    .map(window -> day.atTime(window.opens()).atZone(UK))
                    .filter(start -> !start.isBefore(local))
                    .min(Comparator.naturalOrder());
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    public Optional<ZonedDateTime> nextOpening(Instant from, WorkingDayCalendar calendar) {
        return nextOpening(from.atZone(UK), calendar);
    }

    private boolean openInWindow(ZonedDateTime local, WorkingDayCalendar calendar) {
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        for (WeeklyWindow window : windows) {
            if (opensOn(window, today, calendar) && !time.isBefore(window.opens())
                    && (window.overnight() || time.isBefore(window.closes()))) {
                return true;
            }
            // an overnight window opened yesterday may still be running this morning
            if (window.overnight() && time.isBefore(window.closes()) && opensOn(window, today.minusDays(1), calendar)) {
                return true;
            }
        }
        return false;
    }

    private boolean opensOn(WeeklyWindow window, LocalDate day, WorkingDayCalendar calendar) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        if (!window.days().contains(dayOfWeek)) {
            return false;
        }
        return openOnBankHolidays || !calendar.isBankHoliday(day);
    }
}
