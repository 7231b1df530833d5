package uk.mashline.console;

import jakarta.inject.Singleton;
import uk.mashline.nlu.Route;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the dashboard from the conversations started in the period (aggregated here, so the SQL is plain). */
@Singleton
public class DashboardQueries {

    static final String UNCLASSIFIED = "UNCLASSIFIED";
    private static final List<String> CHANNELS = List.of("SMS", "VOICE", "WEB");

    private record Contact(Instant startedAt, String route, String channel, Instant firstReviewedAt) {
    }

    private final SqlRunner sql;
    private final ConsoleClock clock;

    public DashboardQueries(SqlRunner sql, ConsoleClock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public Dashboard lastDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        List<LocalDate> dates = first.datesUntil(today.plusDays(1)).toList();
        List<Contact> contacts = sql.query("SELECT started_at, highest_route, channel, first_reviewed_at FROM conversation "
                        + "WHERE started_at >= ?", List.of(first.atStartOfDay(ZoneOffset.UTC).toInstant()),
                rs -> new Contact(SqlRunner.instant(rs, "started_at"), rs.getString("highest_route"),
                        rs.getString("channel"), SqlRunner.instant(rs, "first_reviewed_at")));
        Map<String, long[]> byRoute = new LinkedHashMap<>();
        Arrays.stream(Route.values()).forEach(r -> byRoute.put(r.name(), new long[days]));
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        CHANNELS.forEach(c -> byChannel.put(c, new long[days]));
        List<Long> minutesToReview = new ArrayList<>();
        for (Contact c : contacts) {
            int index = (int) (LocalDate.ofInstant(c.startedAt(), ZoneOffset.UTC).toEpochDay() - first.toEpochDay());
            if (index < 0 || index >= days) {
                continue;
            }
            byRoute.computeIfAbsent(c.route() == null ? UNCLASSIFIED : c.route(), k -> new long[days])[index]++;
            byChannel.computeIfAbsent(c.channel() == null ? UNCLASSIFIED : c.channel(), k -> new long[days])[index]++;
            if (c.firstReviewedAt() != null) {
                minutesToReview.add(Math.max(0, Duration.between(c.startedAt(), c.firstReviewedAt()).toMinutes()));
            }
        }
        long total = byChannel.values().stream().flatMapToLong(Arrays::stream).sum();
        return new Dashboard(days, dates, lists(byRoute), lists(byChannel), total, minutesToReview.size(),
                median(minutesToReview));
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    private static Map<String, List<Long>> lists(Map<String, long[]> counts) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, Arrays.stream(v).boxed().toList()));
        return out;
    }
}
