package uk.mashline.console;

import jakarta.inject.Singleton;
import uk.mashline.dialogue.Route;
import uk.mashline.review.ContactCount;
import uk.mashline.review.ConversationLog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the dashboard from the interaction log's counts per UTC day (the database counts; this lays them out),
 * over the partnerships the reviewer may see.
 */
@Singleton
public class DashboardQueries {

    static final String UNCLASSIFIED = "UNCLASSIFIED";
    private static final List<String> CHANNELS = List.of("SMS", "VOICE", "WEB");

    private final ConversationLog log;
    private final ConsoleClock clock;

    public DashboardQueries(ConversationLog log, ConsoleClock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** @param scope the reviewer's partnerships ({@code PartnershipScopes}); null: every partnership */
    public Dashboard lastDays(int days, Set<String> scope) {
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        List<LocalDate> dates = first.datesUntil(today.plusDays(1)).toList();
        var since = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, long[]> byRoute = new LinkedHashMap<>();
        Arrays.stream(Route.values()).forEach(r -> byRoute.put(r.name(), new long[days]));
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        CHANNELS.forEach(c -> byChannel.put(c, new long[days]));
        for (ContactCount c : log.contactsPerDay(since, scope)) {
            int index = (int) (c.day().toEpochDay() - first.toEpochDay());
            if (index < 0 || index >= days) {
                continue;
            }
            byRoute.computeIfAbsent(c.route() == null ? UNCLASSIFIED : c.route(), k -> new long[days])[index] += c.contacts();
            byChannel.computeIfAbsent(c.channel() == null ? UNCLASSIFIED : c.channel(), k -> new long[days])[index] += c.contacts();
        }
        List<Long> minutesToReview = log.timesToFirstReview(since, scope).stream()
                .map(d -> Math.max(0, d.toMinutes())).toList();
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
