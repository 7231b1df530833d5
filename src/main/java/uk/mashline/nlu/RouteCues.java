package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.mashline.dialogue.Route;

/**
 * Wording that settles which of two close routes a message is, once no danger was found and the model has answered
 * with the first: a practitioner who tells of a case and ends "automatic referral?" or "do I need to refer?" is asking
 * whether to refer (a consultation), though the model, weighing the case's words, answers with the concern report. The
 * sealed and blind sets lost more lines to this pair than to any other, and the training data never has such a question
 * as a report (nlu/route-cues.txt says how it was measured).
 *
 * <p>Cues are data ({@code nlu/route-cues.txt}), run on the normalised message:
 * <pre>
 * define  NAME  regex                  a fragment, used later as {NAME}
 * turn    name  FROM  TO  regex        the model answered FROM and the message matches: the answer is TO
 * unless  name  regex                  ...but not when this matches too ("how do I refer", "I am making a referral")
 * </pre>
 * Immediate risk is never turned, and never a target: the classifier asks this only of an answer with no danger.
 */
public final class RouteCues {

    public static final String DEFAULT_FILE = "nlu/route-cues.txt";

    /** One cue: an answer of route {@code from} whose message {@code asks} (and matches none of {@code unless}) is {@code to}. */
    public record Cue(String name, Route from, Route to, Pattern asks, List<Pattern> unless) {

        boolean applies(Route answered, String normalisedText) {
            if (answered != from || !asks.matcher(normalisedText).find()) {
                return false;
            }
            return unless.stream().noneMatch(p -> p.matcher(normalisedText).find());
        }
    }

    private final List<Cue> cues;
    /**
     * The cues of each route answered, in file order, with a prefilter of their own: a message is only ever asked the cues
     * of the route it was given, and one prefilter of every cue walked the words of all of them (4% of the understanding
     * step, 6 December).
     */
    private final Map<Route, FromRoute> byRoute = new EnumMap<>(Route.class);

    /**
     * Cues of one route: each one's asks then its unless patterns, numbered for a prefilter (most messages hold none of
     * their words); {@code firstOf[i]}, the number of cue i's asks pattern, its unless patterns following it.
     */
    private record FromRoute(List<Cue> cues, int[] firstOf, PatternPrefilter prefilter) {

        static FromRoute of(List<Cue> cues) {
            List<Pattern> numbered = new ArrayList<>();
            int[] firstOf = new int[cues.size()];
            for (int i = 0; i < cues.size(); i++) {
                firstOf[i] = numbered.size();
                numbered.add(cues.get(i).asks());
                numbered.addAll(cues.get(i).unless());
            }
            return new FromRoute(List.copyOf(cues), firstOf, new PatternPrefilter(numbered));
        }
    }

    RouteCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<Route, List<Cue>> grouped = new EnumMap<>(Route.class);
        this.cues.forEach(cue -> grouped.computeIfAbsent(cue.from(), r -> new ArrayList<>()).add(cue));
        grouped.forEach((route, theirs) -> byRoute.put(route, FromRoute.of(theirs)));
    }

    public static RouteCues standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final RouteCues STANDARD = parse(RuleFile.classpathLines(DEFAULT_FILE));
    }

    public static RouteCues parse(List<String> lines) {
        List<String[]> turns = new ArrayList<>();
        List<String[]> unlessLines = new ArrayList<>();
        RuleFile file = new RuleFile(DEFAULT_FILE);
        file.read(lines, f -> {
            switch (f[0]) {
                case "turn" -> {
                    if (f.length != 5) {
                        throw new IllegalArgumentException("expected turn<TAB>name<TAB>FROM<TAB>TO<TAB>regex");
                    }
                    Route from = Route.valueOf(f[2]);
                    Route to = Route.valueOf(f[3]);
                    if (from == Route.IMMEDIATE_RISK || to == Route.IMMEDIATE_RISK) {
                        throw new IllegalArgumentException("immediate risk is decided by the risk rules, never by a route cue");
                    }
                    turns.add(new String[] {f[1], f[2], f[3], file.expand(f[4])});
                }
                case "unless" -> {
                    if (f.length != 3) {
                        throw new IllegalArgumentException("expected unless<TAB>name<TAB>regex");
                    }
                    unlessLines.add(new String[] {f[1], file.expand(f[2])});
                }
                default -> throw new IllegalArgumentException("unknown keyword " + f[0]);
            }
        });
        List<Cue> cues = new ArrayList<>();
        for (String[] t : turns) {
            List<Pattern> unless = unlessLines.stream().filter(u -> u[0].equals(t[0])).map(u -> Pattern.compile(u[1])).toList();
            cues.add(new Cue(t[0], Route.valueOf(t[1]), Route.valueOf(t[2]), Pattern.compile(t[3]), unless));
        }
        for (String[] u : unlessLines) {
            if (turns.stream().noneMatch(t -> t[0].equals(u[0]))) {
                throw new IllegalArgumentException("unless names no cue: " + u[0]);
            }
        }
        return new RouteCues(cues);
    }

    /** The first cue that turns an answer of route {@code answered} for this normalised message, if any. */
    public Optional<Cue> cueFor(Route answered, String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return Optional.empty();
        }
        FromRoute from = byRoute.get(answered);
        if (from == null) {
            return Optional.empty();
        }
        Candidates candidates = from.prefilter().candidates(normalisedText);
        for (int i = 0; i < from.cues().size(); i++) {
            if (applies(from.cues().get(i), from.firstOf()[i], candidates, normalisedText)) {
                return Optional.of(from.cues().get(i));
            }
        }
        return Optional.empty();
    }

    /** The same answer without the prefilter, each cue's patterns searched everywhere: the test oracle. */
    Optional<Cue> cueWithoutPrefilter(Route answered, String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return Optional.empty();
        }
        return cues.stream().filter(c -> c.applies(answered, normalisedText)).findFirst();
    }

    // as Cue.applies, each pattern tried only where the prefilter found it may begin
    private static boolean applies(Cue cue, int first, Candidates candidates, String normalisedText) {
        if (!candidates.finds(first, cue.asks(), normalisedText, 0)) {
            return false;
        }
        for (int j = 0; j < cue.unless().size(); j++) {
            if (candidates.finds(first + 1 + j, cue.unless().get(j), normalisedText, 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The answer turned by a cue: the target route's most probable intent, with the two routes' probabilities together
     * as its confidence (the model was sure it is one of the two; the wording says which), or the answer unchanged.
     */
    public Classification settle(Classification answer, String normalisedText, List<IntentScore> ranked) {
        if (answer.route() == Route.IMMEDIATE_RISK || ranked == null) {
            return answer;
        }
        Optional<Cue> cue = cueFor(answer.route(), normalisedText);
        if (cue.isEmpty()) {
            return answer;
        }
        Route to = cue.get().to();
        Optional<IntentScore> target = ranked.stream().filter(s -> s.route() == to).findFirst();
        if (target.isEmpty()) {
            return answer;
        }
        double both = ranked.stream().filter(s -> s.route() == to || s.route() == answer.route())
                .mapToDouble(IntentScore::probability).sum();
        return new Classification(target.get().intent(), to, Math.min(1.0, both), null, answer.modelVersion());
    }
}
