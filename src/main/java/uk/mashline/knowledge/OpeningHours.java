package uk.mashline.knowledge;

import java.time.Clock;
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
 * Four shapes: always open (emergency lines), weekly windows, hours published only in words ("office hours",
 * "evenings and weekends": said as published), or not stated - for the last two the advice line must not claim the
 * line is open or closed, and {@link #statusAt} answers {@link Status#UNKNOWN}.
 * Weekly hours say whether the line opens on bank holidays only where the document does:
 * {@code openOnBankHolidays} is null when it is silent, and a bank holiday inside the usual hours
 * is then {@link Status#UNKNOWN}, never "open" or "closed".
 */
public record OpeningHours(Kind kind, List<WeeklyWindow> windows, Boolean openOnBankHolidays, String description) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** The time now in the UK, the zone every opening time and deadline is stated in: read in this one place. */
    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock).withZoneSameInstant(UK);
    }
    /** Looking further ahead than this for an opening means the line has no opening at all. */
    private static final int SEARCH_DAYS = 21;

    public enum Kind { ALWAYS_OPEN, WEEKLY, IN_WORDS, NOT_STATED }

    public enum Status { OPEN, CLOSED, UNKNOWN }

    public OpeningHours {
        Objects.requireNonNull(kind, "kind");
        windows = List.copyOf(windows == null ? List.of() : windows);
        if (kind == Kind.WEEKLY && windows.isEmpty()) {
            throw new IllegalArgumentException("weekly opening hours need at least one window");
        }
        if (kind == Kind.IN_WORDS && (description == null || description.isBlank())) {
            throw new IllegalArgumentException("hours in words need the words, as published");
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

    /** Hours a source gives only in words ("office hours"), with no times: said as published, never open or closed. */
    public static OpeningHours inWords(String description) {
        return new OpeningHours(Kind.IN_WORDS, List.of(), null, description);
    }

    /** @param openOnBankHolidays null when the document does not say */
    public static OpeningHours weekly(List<WeeklyWindow> windows, Boolean openOnBankHolidays, String description) {
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
            case IN_WORDS, NOT_STATED -> Status.UNKNOWN;
            case WEEKLY -> weeklyStatus(at.withZoneSameInstant(UK), calendar);
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
     * empty when the hours are not stated, when a bank holiday the document is silent about comes
     * first (it may or may not open then), or when no opening falls in the next three weeks.
     */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime from, WorkingDayCalendar calendar) {
        ZonedDateTime local = from.withZoneSameInstant(UK);
        if (kind == Kind.ALWAYS_OPEN || (kind == Kind.WEEKLY && weeklyStatus(local, calendar) == Status.OPEN)) {
            return Optional.of(local);
        }
        if (kind == Kind.NOT_STATED || kind == Kind.IN_WORDS || weeklyStatus(local, calendar) == Status.UNKNOWN) {
            return Optional.empty();
        }
        for (int offset = 0; offset <= SEARCH_DAYS; offset++) {
            LocalDate day = local.toLocalDate().plusDays(offset);
            Optional<ZonedDateTime> opening = windows.stream()
                    .filter(window -> window.days().contains(day.getDayOfWeek()))
                    .map(window -> day.atTime(window.opens()).atZone(UK))
                    .filter(start -> !start.isBefore(local))
                    .min(Comparator.naturalOrder());
            if (opening.isPresent() && calendar.isBankHoliday(day)) {
                if (openOnBankHolidays == null) {
                    return Optional.empty();
                }
                if (!openOnBankHolidays) {
                    continue;
                }
            }
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    public Optional<ZonedDateTime> nextOpening(Instant from, WorkingDayCalendar calendar) {
        return nextOpening(from.atZone(UK), calendar);
    }

    // Open when a window covers the moment on an ordinary day; on a bank holiday only if the
    // document says the line opens then, and unknown if it is silent.
    private Status weeklyStatus(ZonedDateTime local, WorkingDayCalendar calendar) {
        Status status = Status.CLOSED;
        for (LocalDate openedOn : openingDaysCovering(local)) {
            if (!calendar.isBankHoliday(openedOn)) {
                return Status.OPEN;
            }
            if (openOnBankHolidays == null) {
                status = Status.UNKNOWN;
            } else if (openOnBankHolidays) {
                return Status.OPEN;
            }
        }
        return status;
    }

    /** The days whose window covers this moment (yesterday's, for an overnight window still running). */
    private List<LocalDate> openingDaysCovering(ZonedDateTime local) {
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (WeeklyWindow window : windows) {
            if (window.days().contains(today.getDayOfWeek()) && !time.isBefore(window.opens())
                    && (window.overnight() || time.isBefore(window.closes()))) {
                days.add(today);
            }
            LocalDate yesterday = today.minusDays(1);
            if (window.overnight() && time.isBefore(window.closes()) && window.days().contains(yesterday.getDayOfWeek())) {
                days.add(yesterday);
            }
        }
        return days;
    }
}
