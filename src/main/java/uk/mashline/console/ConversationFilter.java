package uk.mashline.console;

import io.micronaut.context.MessageSource;
import uk.mashline.dialogue.Route;
import uk.mashline.review.ConversationQuery;
import uk.mashline.review.ReviewStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the filters of the staff conversation list and export from query parameters. {@code from}/{@code to}
 * apply to the last activity: an ISO date means the whole UTC day (from its start, to its end), an ISO
 * instant is used as given (both inclusive). Anything unreadable is a 400 that names the parameter.
 */
final class ConversationFilter {

    private static final Set<String> CHANNELS = Set.of("SMS", "VOICE", "WEB");
    private static final java.util.regex.Pattern ISO_639_3 = java.util.regex.Pattern.compile("[a-z]{3}");

    private ConversationFilter() {
    }

    static ConversationQuery parse(String partnership, String channel, String route, String reviewStatus,
                                   String from, String to, String language, MessageSource messages) {
        String lang = blank(language) ? null : language.trim().toLowerCase(Locale.ROOT);
        if (lang != null && !ISO_639_3.matcher(lang).matches()) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "language", "use an ISO 639-3 code such as pol or urd"));
        }
        String ch = blank(channel) ? null : channel.trim().toUpperCase(Locale.ROOT);
        if (ch != null && !CHANNELS.contains(ch)) {
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "channel", "use SMS, VOICE or WEB"));
        }
        Route r = null;
        if (!blank(route)) {
            try {
                r = Route.valueOf(route.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", "route", "not a route name"));
            }
        }
        ReviewStatus status = blank(reviewStatus) ? null : ReviewStatus.parse(reviewStatus)
                .orElseThrow(() -> new BadRequest(ConsoleWording.text(messages, "filter.invalid", "reviewStatus", "use NEW, IN_REVIEW, REVIEWED or NEEDS_FOLLOW_UP")));
        return new ConversationQuery(blank(partnership) ? null : partnership.trim(), ch, r, status,
                time(from, false, "from", messages), time(to, true, "to", messages), lang);
    }

    /** A from/to parameter as an instant; {@code end} gives the exclusive end of the day or instant. */
    static Instant time(String value, boolean end, String name, MessageSource messages) {
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
            throw new BadRequest(ConsoleWording.text(messages, "filter.invalid", name, "use an ISO date (2025-01-31) or instant (2025-01-31T09:00:00Z)"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
