package uk.mashline.console;

import uk.mashline.nlu.Route;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of the staff conversation list and export. {@code from}/{@code to} apply to
 * last_message_at (the last activity): an ISO date means the whole UTC day (from its start,
 * to its end), an ISO instant is used as given (both inclusive).
 */
public record ConversationFilter(String partnership, String channel, Route route, ReviewStatus reviewStatus,
                                 Instant from, Instant toExclusive) {

    private static final Set<String> CHANNELS = Set.of("SMS", "VOICE", "WEB");

    public static ConversationFilter parse(String partnership, String channel, String route, String reviewStatus,
                                           String from, String to, ConsoleMessages messages) {
        String ch = blank(channel) ? null : channel.trim().toUpperCase(Locale.ROOT);
        if (ch != null && !CHANNELS.contains(ch)) {
            throw new BadRequest(messages.get("filter.invalid", "channel", "use SMS, VOICE or WEB"));
        }
        Route r = null;
        if (!blank(route)) {
            try {
                r = Route.valueOf(route.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(messages.get("filter.invalid", "route", "not a route name"));
            }
        }
        ReviewStatus status = blank(reviewStatus) ? null : ReviewStatus.parse(reviewStatus)
                .orElseThrow(() -> new BadRequest(messages.get("filter.invalid", "reviewStatus", "use NEW, IN_REVIEW, REVIEWED or NEEDS_FOLLOW_UP")));
        return new ConversationFilter(blank(partnership) ? null : partnership.trim(), ch, r, status,
                time(from, false, "from", messages), time(to, true, "to", messages));
    }

    /** SQL conditions on alias c, with their parameters in order. */
    public Where where(boolean withReviewStatus) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (partnership != null) {
            conditions.add("c.partnership_id = ?");
            params.add(partnership);
        }
        if (channel != null) {
            conditions.add("c.channel = ?");
            params.add(channel);
        }
        if (route != null) {
            conditions.add("c.highest_route = ?");
            params.add(route.name());
        }
        if (withReviewStatus && reviewStatus != null) {
            conditions.add("c.review_status = ?");
            params.add(reviewStatus.name());
        }
        if (from != null) {
            conditions.add("c.last_message_at >= ?");
            params.add(from);
        }
        if (toExclusive != null) {
            conditions.add("c.last_message_at < ?");
            params.add(toExclusive);
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** A WHERE clause (empty or starting with a space) and its parameters. */
    public record Where(String sql, List<Object> params) {
        public String and(String condition) {
            return sql.isEmpty() ? " WHERE " + condition : sql + " AND " + condition;
        }
    }

    private static Instant time(String value, boolean end, String name, ConsoleMessages messages) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant instant = Instant.parse(v);
            // an instant "to" is inclusive: the exclusive bound is the next microsecond
            return end ? instant.plusNanos(1000) : instant;
        } catch (DateTimeParseException e) {
            throw new BadRequest(messages.get("filter.invalid", name, "use an ISO date (2025-01-31) or instant (2025-01-31T09:00:00Z)"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
