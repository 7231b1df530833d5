package uk.mashline.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots danger right now in a message, independently of the statistical classifier, so a
 * child in danger is never routed by a model's guess alone. Tuned for recall: a false alarm
 * costs one extra "call 999" line; a miss could cost a life.
 *
 * <p>Rules are data ({@code nlu/immediate-risk-rules.txt}) and run on <em>normalised</em> text
 * (see {@link TextNormaliser}). The file format, one entry a line, TAB separated:
 * <pre>
 * define   NAME  regex        a named fragment, used in later regexes as {NAME}
 * ignore   regex              harmless phrases removed before matching ("kill time")
 * rule     name  regex [regex ...]   strong: danger now whenever every regex is found
 * cue      name  regex [regex ...]   weak: a sign of danger the classifier must not rule out
 * historic regex              "used to", "last year": a strong rule becomes a cue...
 * present  regex              ...unless the message also says it is happening now
 * habitual regex              "all the time", "always": a cue means nothing (a worry to report, not an
 *                             emergency) and the model must be surer ({@link #reassures}), unless the message also
 *                             says it is happening now
 * safe     regex              "she's with me now", "he's in prison": both of the above at once (the harm is
 *                             over or the child is safe now), unless the message also says it is happening now
 * past     regex              "two years ago", "last summer", "when i was 8": the harm named is long over. Like habitual
 *                             wording it silences a cue, and like safe-now wording it asks the model to be surer
 *                             ({@link #reassures}), unless the message also says it is happening now
 * unsoftened name...          rules and cues that safe-now wording never weakens: a body in danger (bleeding, an
 *                             overdose) or a child still held - with the writer, or known to the police, a child
 *                             can still be dying or captive
 * lasting name...             strong rules that long-past wording never silences. Any other strong rule is silenced by
 *                             it, as a cue is, unless the message also says danger is present: "my stepdad hit me with
 *                             a belt when i was 10" is a worry to report; "groomed ... picking her up", a weapon now or
 *                             abuse that goes on are danger whatever else the message tells of the past
 * </pre>
 * Strong rules are tried first, then cues, each in file order; the first that fires names the reason.
 */
public final class ImmediateRiskDetector {

    public static final String DEFAULT_RULES = "nlu/immediate-risk-rules.txt";

    /** One named rule: all of its patterns must be found. */
    public record Rule(String name, boolean strong, List<Pattern> allOf) {
    }

    /** Rule names that safe-now wording never weakens ("cut her wrists, its deep, shes with me now", "being held ..., police know"). */
    private final Set<String> unsoftened;
    /** Strong rule names that long-past wording never silences (see the class comment). */
    private final Set<String> lasting;

    private final List<Pattern> ignores;
    private final List<Rule> rules;
    private final List<Pattern> historic;
    private final List<Pattern> present;
    private final List<Pattern> habitual;
    /** Safe-now wording alone ("she's with me now"), for {@link #reassures}. */
    private final List<Pattern> safe;
    /** Long-past wording ("two years ago", "when i was 8"), for {@link #reassures} and to silence a cue. */
    private final List<Pattern> past;
    /** Every ignore and rule pattern, numbered for the prefilter: ignores first, then rules in order. */
    private final List<Pattern> numbered = new ArrayList<>();
    private final PatternPrefilter prefilter;
    /** For each rule pattern's number (less the ignores'), its rule's place in {@link #rules}; for each rule, its first number. */
    private final int[] ruleAt;
    private final int[] firstPatternOf;
    /**
     * The wording {@link #reassures} looks for, numbered for a prefilter of its own: every message the rules
     * leave is asked, and these few patterns are long alternations that a plain search tries at every position
     * (a third of the classifier's time once they came in).
     */
    private final PatternPrefilter reassuring;
    private final int firstPast;
    private final int firstHabitual;
    private final int firstPresent;
    /**
     * For each safe-now pattern, its number among the ignores when it is one of them (a {@code harmless} line is both), else
     * -1: what the ignores found of it, before they changed the text, is what {@link #reassures} would find (see
     * {@link Assessment}).
     */
    private final int[] ignoreOfSafe;
    private static final byte FOUND = 1;
    private static final byte NOT_FOUND = 2;

    ImmediateRiskDetector(List<Pattern> ignores, List<Rule> rules, List<Pattern> historic, List<Pattern> present,
                          List<Pattern> habitual, List<Pattern> safe, List<Pattern> past, Set<String> unsoftened,
                          Set<String> lasting) {
        this.ignores = List.copyOf(ignores);
        // Strong rules first so the reason recorded is the most serious one that applies.
        this.rules = rules.stream().sorted((a, b) -> Boolean.compare(b.strong(), a.strong())).toList();
        this.historic = List.copyOf(historic);
        this.present = List.copyOf(present);
        this.habitual = List.copyOf(habitual);
        this.safe = List.copyOf(safe);
        this.past = List.copyOf(past);
        this.unsoftened = Set.copyOf(unsoftened);
        this.lasting = Set.copyOf(lasting);
        numbered.addAll(this.ignores);
        this.rules.forEach(rule -> numbered.addAll(rule.allOf()));
        this.ruleAt = new int[numbered.size() - this.ignores.size()];
        this.firstPatternOf = new int[this.rules.size()];
        int at = this.ignores.size();
        for (int r = 0; r < this.rules.size(); r++) {
            firstPatternOf[r] = at;
            for (int k = 0; k < this.rules.get(r).allOf().size(); k++) {
                ruleAt[at++ - this.ignores.size()] = r;
            }
        }
        this.prefilter = new PatternPrefilter(numbered);
        List<Pattern> reassuringWords = new ArrayList<>(this.safe);
        this.firstPast = reassuringWords.size();
        reassuringWords.addAll(this.past);
        this.firstHabitual = reassuringWords.size();
        reassuringWords.addAll(this.habitual);
        this.firstPresent = reassuringWords.size();
        reassuringWords.addAll(this.present);
        this.reassuring = new PatternPrefilter(reassuringWords);
        this.ignoreOfSafe = new int[this.safe.size()];
        for (int j = 0; j < ignoreOfSafe.length; j++) {
            ignoreOfSafe[j] = -1;
            for (int i = 0; i < this.ignores.size(); i++) {
                // the very same pattern: a harmless line's one compiled regex is in both lists
                if (this.ignores.get(i) == this.safe.get(j)) {
                    ignoreOfSafe[j] = i;
                    break;
                }
            }
        }
    }

    public static ImmediateRiskDetector standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ImmediateRiskDetector STANDARD = fromClasspath(DEFAULT_RULES);
    }

    public static ImmediateRiskDetector fromClasspath(String resource) {
        return parse(RuleFile.classpathLines(resource));
    }

    public static ImmediateRiskDetector parse(List<String> lines) {
        List<Pattern> ignores = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        List<Pattern> historic = new ArrayList<>();
        List<Pattern> present = new ArrayList<>();
        List<Pattern> habitual = new ArrayList<>();
        List<Pattern> safeNow = new ArrayList<>();
        List<Pattern> past = new ArrayList<>();
        Set<String> unsoftened = new HashSet<>();
        Set<String> lasting = new HashSet<>();
        RuleFile file = new RuleFile("immediate-risk rules");
        file.read(lines, f -> {
            switch (f[0]) {
                case "ignore" -> ignores.add(file.compile(f[1]));
                // an idiom or a trifle both blanked before the rules and, with them quiet, telling the model to be surer
                // ("my mum will kill me when she sees my report"): one line, where it was once written twice
                case "harmless" -> {
                    Pattern p = file.compile(f[1]);
                    ignores.add(p);
                    safeNow.add(p);
                }
                case "historic" -> historic.add(file.compile(f[1]));
                case "present" -> present.add(file.compile(f[1]));
                case "habitual" -> habitual.add(file.compile(f[1]));
                // a child safe now or harm that is over: a strong rule is a cue, a cue means nothing, as for
                // historic and habitual wording, and "he is outside" still overrides it (see detect)
                case "safe" -> safeNow.add(file.compile(f[1]));
                // harm long over: a cue means nothing and the model must be surer, unless it is happening now
                case "past" -> past.add(file.compile(f[1]));
                case "unsoftened" -> unsoftened.addAll(List.of(f[1].trim().split("\\s+")));
                case "lasting" -> lasting.addAll(List.of(f[1].trim().split("\\s+")));
                case "rule", "cue" -> {
                    List<Pattern> all = new ArrayList<>();
                    for (int i = 2; i < f.length; i++) {
                        all.add(file.compile(f[i]));
                    }
                    if (all.isEmpty()) {
                        throw new IllegalArgumentException("rule without a pattern");
                    }
                    rules.add(new Rule(f[1], f[0].equals("rule"), all));
                }
                default -> throw new IllegalArgumentException("unknown keyword " + f[0]);
            }
        });
        Set<String> named = new HashSet<>();
        rules.forEach(rule -> named.add(rule.name()));
        requireNamed("unsoftened", unsoftened, named);
        Set<String> strongNames = new HashSet<>();
        rules.stream().filter(Rule::strong).forEach(rule -> strongNames.add(rule.name()));
        requireNamed("lasting (strong rules only)", lasting, strongNames);
        return new ImmediateRiskDetector(ignores, rules, historic, present, habitual, safeNow, past, unsoftened, lasting);
    }

    private static void requireNamed(String keyword, Set<String> names, Set<String> rules) {
        if (!rules.containsAll(names)) {
            Set<String> unknown = new HashSet<>(names);
            unknown.removeAll(rules);
            throw new IllegalArgumentException(keyword + " names no rule: " + unknown);
        }
    }

    /** The first rule that fires on already-normalised text, if any. */
    public Optional<RiskSignal> detect(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return Optional.empty();
        }
        return detect(normalisedText, prefilter.candidates(normalisedText), true, null);
    }

    /**
     * What the rules make of one message: {@link #rule} is {@link #detect}'s answer and {@link #reassures} is
     * {@link ImmediateRiskDetector#reassures}'s, but the harmless lines the ignores already looked for in the message (each
     * both an ignore and safe-now wording) are not looked for again. nlu-48: a message no rule fires on is asked whether it
     * reassures, and those 65 long look-behind lines were then searched twice, a third of that question's time. Only what
     * an ignore found before any ignore changed the text is kept: it was found in the very text {@link #reassures} reads,
     * at the same candidate places (the prefilter places a pattern by its own words, whichever list it is in).
     */
    public final class Assessment {
        private final String normalisedText;
        private final Optional<RiskSignal> rule;
        /** By ignore number: 0 not known, 1 found in the message as written, 2 not found in it. */
        private final byte[] ignoresFound;

        private Assessment(String normalisedText, Optional<RiskSignal> rule, byte[] ignoresFound) {
            this.normalisedText = normalisedText;
            this.rule = rule;
            this.ignoresFound = ignoresFound;
        }

        public Optional<RiskSignal> rule() {
            return rule;
        }

        /** The same answer as {@link ImmediateRiskDetector#reassures} of the message. */
        public boolean reassures() {
            if (normalisedText == null || normalisedText.isEmpty() || safe.isEmpty() && past.isEmpty() && habitual.isEmpty()) {
                return false;
            }
            return ImmediateRiskDetector.this.reassures(normalisedText, reassuring.candidates(normalisedText), ignoresFound);
        }
    }

    /** {@link #detect} of the message, with what it leaves {@link Assessment#reassures} to ask. */
    public Assessment assess(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return new Assessment(normalisedText, Optional.empty(), null);
        }
        byte[] found = new byte[ignores.size()];
        return new Assessment(normalisedText, detect(normalisedText, prefilter.candidates(normalisedText), true, found), found);
    }

    /**
     * How many ignores and rules are searched at every position of every message, their starts unread: each costs a
     * search of the whole text on every classification (two ignores were most of the classifier's time, 4 December).
     */
    int searchedEverywhere() {
        return prefilter.searchedEverywhere();
    }

    /** The same verdict without the prefilter, every pattern searched everywhere: the test oracle. */
    Optional<RiskSignal> detectWithoutPrefilter(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty()) {
            return Optional.empty();
        }
        return detect(normalisedText, prefilter.everywhere(), false, null);
    }

    /** @param ignoresFound null, or filled by ignore number with what each found before any ignore changed the text */
    private Optional<RiskSignal> detect(String normalisedText, Candidates candidates,
                                        boolean filterContext, byte[] ignoresFound) {
        StringBuilder padded = new StringBuilder(normalisedText.length() + 2).append(' ').append(normalisedText).append(' ');
        int ignoreCount = ignores.size();
        // each ignore is tried on the text as the ignores before it left it (some are written to follow another: "told me
        // today" is blanked before a friend's "does stuff to her when he babysits" is read) and, once any ignore has blanked
        // something, on the message as written too: the context an ignore looks around its phrase for ("fine now", "last
        // year") must not be lost to an earlier ignore. "she tried to kill herself last year but says she is fine now" lost
        // "is fine now" to the safe-now ignore, so the past-attempt ignore never read it and the rule suicide fired (risk-48,
        // the 47th session's first known miss). Only a phrase is ever blanked, so a danger word outside it still counts
        String written = padded.toString();
        boolean[] blanked = {false};
        Candidates.Found blankIt = (start, end) -> {
            blank(padded, start, end);
            blanked[0] = true;
        };
        // only the patterns the prefilter found a place for are walked: most of the hundreds are not in a given message
        for (int i = candidates.nextPossible(0); i >= 0 && i < ignoreCount; i = candidates.nextPossible(i + 1)) {
            // tried only where the phrase may start (the text is padded by one space): a search at every
            // position of every message was half the rules' time
            boolean earlier = blanked[0];
            candidates.eachMatch(i, ignores.get(i), padded, 1, blankIt);
            if (earlier) {
                candidates.eachMatch(i, ignores.get(i), written, 1, blankIt);
            } else if (ignoresFound != null) {
                // no ignore had blanked anything before this one: it was looked for in the message as written, and
                // whether it matched was known at its first match, before its own blanking (nlu-48)
                ignoresFound[i] = blanked[0] ? FOUND : NOT_FOUND;
            }
        }
        String text = padded.toString();
        String leftByIgnores = text.substring(1, text.length() - 1);
        // found once, at the first rule that fires: a rule silenced by its context leaves the text as it was for the next
        Candidates context = null;
        for (int i = candidates.nextPossible(ignoreCount); i >= 0; ) {
            int number = ruleAt[i - ignoreCount];
            Rule rule = rules.get(number);
            int first = firstPatternOf[number];
            int index = first;
            boolean all = allPossible(candidates, first, rule.allOf().size());
            for (Pattern p : rule.allOf()) {
                // the text is padded by one space: the prefilter's word starts move by one
                all = all && candidates.finds(index, p, text, 1);
                index++;
            }
            i = candidates.nextPossible(index);
            if (all) {
                // the context wording is looked for in the text as the ignores left it
                if (context == null) {
                    context = filterContext ? reassuring.candidates(leftByIgnores) : reassuring.everywhere();
                }
                boolean presentNow = anyFinds(context, firstPresent, present, text);
                if (rule.strong() && !lasting.contains(rule.name()) && !presentNow
                        && anyFinds(context, firstPast, past, text)) {
                    // "my stepdad hit me with a belt when i was 10, im 15 now": harm long over is a worry to report,
                    // and the model must be surer (reassures); danger that lasts (a weapon now, abuse that goes on,
                    // a groomer's pick-up) is in the lasting list and keeps its rule
                    continue;
                }
                // being safe with the writer or the harm being known protects from a person, not from bleeding
                // safe-now wording is also looked for in the message as written: an ignore that blanks a harmless phrase ("not in
                // immediate danger", "is safe now") must not hide that the writer said so ("i think a child is being trafficked but
                // theyre not in immediate danger", danger helper, eleventh session: the cue exploitation, the model at 0.80)
                // (through the prefilter too: searched at every position, the first safe-now pattern alone was a
                // twentieth of the understanding step); where no ignore blanked anything the two texts are one, and the
                // second look could only repeat the first
                boolean safeNow = !unsoftened.contains(rule.name()) && !presentNow
                        && (anyFinds(context, 0, safe, text) || !leftByIgnores.equals(normalisedText) && anyFinds(filterContext
                                ? reassuring.candidates(normalisedText) : reassuring.everywhere(),
                                0, safe, " " + normalisedText + " "));
                if (!rule.strong() && (safeNow || (anyFinds(context, firstHabitual, habitual, text)
                        || anyFinds(context, firstPast, past, text)) && !presentNow)) {
                    // "left alone all the time", "went missing last month": a weak cue in a habit or long past is a
                    // worry to report, not danger now; strong rules are never silenced this way ("he hits me all
                    // the time" stays immediate risk)
                    continue;
                }
                boolean strong = rule.strong() && !safeNow && !(anyFinds(historic, text) && !presentNow);
                return Optional.of(new RiskSignal(rule.name(), strong));
            }
        }
        return Optional.empty();
    }

    /**
     * True when the message says the child is safe now or the harm is over ("she's with me now", "he's in prison",
     * "police know"), long past ("raped at a party two years ago", "taken abroad to marry last year") or a habit
     * ("my neighbours kid is always outside late at night on his own", lead's trial N2: the model alone gave the 999
     * reply at 0.55) and nothing in it says danger is present ("outside now", "tonight"): with no rule firing, the
     * model's own guess of danger for it must then be surer ({@link RoutePolicy#decideReassured}). Told to a
     * safeguarding line it is still a worry. A habit never reassures past a rule that fires: rules come first.
     */
    public boolean reassures(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty() || safe.isEmpty() && past.isEmpty() && habitual.isEmpty()) {
            return false;
        }
        return reassures(normalisedText, reassuring.candidates(normalisedText));
    }

    /** The same answer without the prefilter, every pattern searched everywhere: the test oracle. */
    boolean reassuresWithoutPrefilter(String normalisedText) {
        if (normalisedText == null || normalisedText.isEmpty() || safe.isEmpty() && past.isEmpty() && habitual.isEmpty()) {
            return false;
        }
        return reassures(normalisedText, reassuring.everywhere());
    }

    private boolean reassures(String normalisedText, Candidates candidates) {
        return reassures(normalisedText, candidates, null);
    }

    /** @param ignoresFound null, or what the ignores found of the message as written (see {@link Assessment}) */
    private boolean reassures(String normalisedText, Candidates candidates, byte[] ignoresFound) {
        String text = " " + normalisedText + " ";
        return (anySafeFinds(candidates, text, ignoresFound) || anyFinds(candidates, firstPast, past, text)
                || anyFinds(candidates, firstHabitual, habitual, text))
                && !anyFinds(candidates, firstPresent, present, text);
    }

    /** As {@code anyFinds} over the safe-now wording, taking what the ignores already found of a harmless line. */
    private boolean anySafeFinds(Candidates candidates, String text, byte[] ignoresFound) {
        for (int j = 0; j < safe.size(); j++) {
            int ignore = ignoresFound == null ? -1 : ignoreOfSafe[j];
            byte known = ignore < 0 ? 0 : ignoresFound[ignore];
            if (known == FOUND || known == 0 && candidates.finds(j, safe.get(j), text, 1)) {
                return true;
            }
        }
        return false;
    }

    // the text is padded by one space: the prefilter's word starts move by one
    private static boolean anyFinds(Candidates candidates, int first, List<Pattern> patterns,
                                    String text) {
        for (int i = 0; i < patterns.size(); i++) {
            if (candidates.finds(first + i, patterns.get(i), text, 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when one of a rule's patterns cannot match anywhere: then none of them need be run (a rule's first
     * pattern is often common wording, "he is", and its second rare).
     */
    private static boolean allPossible(Candidates candidates, int first, int count) {
        for (int i = first; i < first + count; i++) {
            if (!candidates.possible(i)) {
                return false;
            }
        }
        return true;
    }

    /** Harmless phrases become spaces of the same length, so word positions stay valid. */
    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static boolean anyFinds(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message with its harmless phrases (the lines both ignored and safe-now wording: idioms and trifles, "keeps saying
     * im gonna kill myself when she loses on fortnite lol") removed, single-spaced: what the rules read of it, for the
     * model's second look at a reassuring message ({@link RoutePolicy#decideReassured(List, java.util.function.Supplier,
     * String)}). The message itself when none is in it. Asked only of the few messages the model alone calls danger.
     */
    public String withoutHarmless(String normalisedText) {
        StringBuilder padded = new StringBuilder(" ").append(normalisedText).append(' ');
        boolean blanked = false;
        for (int j = 0; j < safe.size(); j++) {
            if (ignoreOfSafe[j] < 0) {
                continue;
            }
            // each harmless line read in the message as written, as the rules' second look at the ignores does
            var m = safe.get(j).matcher(" " + normalisedText + " ");
            while (m.find()) {
                blank(padded, m.start(), m.end());
                blanked = true;
            }
        }
        return blanked ? padded.toString().strip().replaceAll(" {2,}", " ") : normalisedText;
    }

    public List<Rule> rules() {
        return rules;
    }
}
