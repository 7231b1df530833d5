package uk.mashline.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a {@link ClusterStream} and the promises they are held to: every text answered
 * within 5 s, with 999 first when a child is in danger; no ordinary text answered with only the
 * safety reply once 10 s have passed since the node died; every text stored exactly once within
 * a minute.
 */
final class ClusterReport {

    private static final double ANSWER_LIMIT = 5.0;
    private static final double FAILOVER_LIMIT = 10.0;
    private static final Pattern FIRST_MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);

    private final List<ClusterStream.Text> plan;
    private final StoredTexts stored;
    private final long killedAt;
    private final String safetySentence;

    ClusterReport(List<ClusterStream.Text> plan, StoredTexts stored, long killedAt, long lastSent, String safetySentence) {
        this.plan = plan;
        this.stored = stored;
        this.killedAt = killedAt;
        this.safetySentence = safetySentence;
    }

    /** Prints the figures; returns whether every promise was kept. */
    boolean print(PrintStream out) {
        long answered = plan.stream().filter(t -> t.status == 200).count();
        long inTime = plan.stream().filter(t -> t.status == 200 && t.seconds() <= ANSWER_LIMIT).count();
        ClusterStream.Text slowest = plan.stream().max(Comparator.comparingDouble(ClusterStream.Text::seconds)).orElseThrow();
        List<ClusterStream.Text> danger = plan.stream().filter(t -> t.line.danger()).toList();
        long dangerFirst = danger.stream().filter(t -> firstLine(t.body).contains("999")).count();
        long safety = plan.stream().filter(this::safetyOnly).count();
        List<ClusterStream.Text> lateSafety = plan.stream()
                .filter(t -> !t.line.danger() && safetyOnly(t) && secondsAfterKill(t.scheduled) >= FAILOVER_LIMIT).toList();
        long once = plan.stream().filter(t -> stored.of(t.sid).once()).count();
        long lost = plan.stream().filter(t -> stored.of(t.sid).in() == 0).count();
        long duplicated = plan.stream().filter(t -> stored.of(t.sid).in() > 1 || stored.of(t.sid).out() > 1).count();
        long journalled = plan.stream().filter(t -> "database-unavailable".equals(stored.of(t.sid).rule())).count();

        out.printf("%nanswered:                 %d of %d (within %.0f s: %d)%n", answered, plan.size(), ANSWER_LIMIT, inTime);
        out.printf("danger texts, 999 first:  %d of %d%n", dangerFirst, danger.size());
        out.printf("answered with the safety reply: %d (ordinary texts sent %.0f s or more after the kill: %d)%n",
                safety, FAILOVER_LIMIT, lateSafety.size());
        out.printf("longest answer time:      %.2f s (text %d, instance %d)%n", slowest.seconds(), slowest.n,
                slowest.instance + 1);
        out.printf("stored once:              %d%s%n", once, stored.secondsToAllStored() < 0 ? " (not all within the wait)"
                : String.format(" (all of them %.1f s after the stream ended)", stored.secondsToAllStored()));
        out.printf("lost:                     %d%n", lost);
        out.printf("duplicated:               %d%n", duplicated);
        out.printf("stored from a journal:    %d%n", journalled);
        out.printf("senders split over conversations: %d of %d%n", splitSenders(), senders());
        for (int instance = 0; instance < 2; instance++) {
            out.printf("instance %d wrote again:   %s after the kill%n", instance + 1, wroteAgain(instance));
        }
        boolean kept = answered == plan.size() && inTime == plan.size() && dangerFirst == danger.size()
                && lateSafety.isEmpty() && once == plan.size() && stored.secondsToAllStored() >= 0;
        out.printf("RESULT answered=%d texts=%d in_time=%d danger_999_first=%d/%d safety=%d late_safety=%d "
                        + "longest_s=%.2f stored_once=%d lost=%d duplicated=%d journalled=%d split=%d "
                        + "wrote_again_1=%s wrote_again_2=%s kept=%s%n",
                answered, plan.size(), inTime, dangerFirst, danger.size(), safety, lateSafety.size(), slowest.seconds(),
                once, lost, duplicated, journalled, splitSenders(), wroteAgain(0), wroteAgain(1), kept);
        out.println(kept ? "every promise kept" : "PROMISE BROKEN");
        return kept;
    }

    /** How long after the kill the instance first gave an answer that needed the database, i.e. stored a turn. */
    private String wroteAgain(int instance) {
        return plan.stream()
                .filter(t -> t.instance == instance && t.scheduled >= killedAt && t.status == 200 && !safetyOnly(t))
                .map(t -> (t.answered - killedAt) / 1e9)
                .min(Double::compare)
                .map(s -> String.format("%.1f s", s))
                .orElse("never");
    }

    private boolean safetyOnly(ClusterStream.Text t) {
        return t.body.contains(safetySentence);
    }

    private double secondsAfterKill(long nanos) {
        return killedAt == 0 ? -1 : (nanos - killedAt) / 1e9;
    }

    private static String firstLine(String twiml) {
        Matcher m = FIRST_MESSAGE.matcher(twiml);
        String first = m.find() ? m.group(1).strip() : "";
        int end = first.indexOf('\n');
        return end < 0 ? first : first.substring(0, end);
    }

    private long senders() {
        return plan.stream().map(t -> t.sender).distinct().count();
    }

    /** Senders whose texts were stored in more than one conversation (a read that missed another node's write). */
    private long splitSenders() {
        Map<String, Set<String>> conversations = new HashMap<>();
        for (ClusterStream.Text t : plan) {
            String id = stored.of(t.sid).conversationId();
            if (id != null) {
                conversations.computeIfAbsent(t.sender, k -> new HashSet<>()).add(id);
            }
        }
        return conversations.values().stream().filter(s -> s.size() > 1).count();
    }
}
