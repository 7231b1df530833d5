package uk.mashline.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;

/**
 * "I raised it with the team manager on Monday the 23rd": the stage of the partnership's own policy whose holders the
 * caller names, so that the escalation flow does not ask which stage was reached (lead's trial, 30 Nov: a Medway
 * health visitor was asked after saying it). Who holds each stage is partnership data ({@code stages[].heldBy});
 * the words that say a disagreement was taken to someone are {@value #DEFAULT_FILE}, templates with {@code {holder}}.
 * "My line manager" is a stage only where the partnership's document says what the caller's own manager does
 * ({@code stages[].heldByOwn}, templates with {@code {own}}): stage 2 of the LSCB model, stage 1 in Sandwell; elsewhere
 * the {@code {holder}} templates name the other side ("the", "their"), never "my" or "our".
 */
public final class StageTakenTo {

    public static final String DEFAULT_FILE = "dialogue/stage-taken-to.txt";
    /** The words that say a stage named did not settle it ({@link #leftUnresolved}). */
    public static final String UNRESOLVED_FILE = "dialogue/stage-unresolved.txt";
    /** The other side's people, where a document names nobody for its stages ({@link #OTHER_SIDE_FILE}). */
    public static final String OTHER_SIDE_FILE = "dialogue/other-side-people.txt";
    /** "stage 2", "stage two": a stage by its number, the number its group (words as data: {@link AskedCues}). */
    private static final Pattern STAGE_NUMBER = AskedCues.pattern(AskedCues.STAGE_NUMBER);
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five");
    /** "will raise stage 3", "going to escalate to stage two": a stage still to be raised ({@link #planned}). */
    private static final Pattern PLANNED_STAGE = AskedCues.pattern(AskedCues.PLANNED_STAGE);
    private static final String HOLDER = "{holder}";
    /** The people holding a stage above the first: a caller's own senior manager is brought in only by escalating. */
    private static final String SENIOR = "{senior}";
    /** The caller's own people who take it to a stage, where the document says so ({@code stages[].heldByOwn}). */
    private static final String OWN = "{own}";
    /** The caller's own people consulted where the document puts them before its stages ({@code beforeStagesByOwn}). */
    private static final String CONSULTED = "{consulted}";
    /**
     * The stages' people as practitioners type them ("the duty TM", "senior mgr", "our DI", "the AD"), spelt out before the
     * stages' people are looked for: data ({@value #SHORTHAND_FILE}), the label the replacement.
     */
    public static final String SHORTHAND_FILE = "dialogue/people-shorthand.tsv";
    private static final List<PatternFile.Labelled> SHORTHAND = PatternFile.labelledFromClasspath(SHORTHAND_FILE);

    private record Compiled(EscalationPolicy policy, List<Held> stages) {
    }

    /**
     * One stage's pattern, and the people it names, lower case: every match holds one of them, so a message naming none
     * of them is not searched (most messages name nobody; the search of every stage's long template alternation was a
     * twelfth of a turn's thread, JFR under TurnCpuBench). Null people: a template may match without them, always searched.
     */
    private record Held(int stage, GatedPattern pattern, String[] people) {

        boolean foundIn(String typed) {
            if (people != null && !namesAny(typed, people)) {
                return false;
            }
            return pattern.foundIn(typed);
        }
    }

    private static boolean namesAny(String typed, String[] people) {
        for (String person : people) {
            if (typed.contains(person)) {
                return true;
            }
        }
        return false;
    }

    private final List<String> templates;
    /** The other side's people, standing in for a stage's where the document names none: the discussion had, stage 0. */
    private final List<String> otherSide;
    /** Words that say a stage is over without settling it, of a stage by number or by holders. */
    private final List<Pattern> over;
    /** Words that say the people at a stage kept the decision: only of a stage given by its number. */
    private final List<Pattern> refused;
    private final List<Pattern> overOrRefused;
    /** "still unresolved": over only where the stage's meeting or discussion is said to have been held ({@link #held}). */
    private final List<Pattern> pending;
    private final List<Pattern> held;
    /** "do i go to their TM now?": a question whether to take it to someone, which places no stage. */
    private final List<Pattern> asked;
    /** By partnership, kept while the partnership's policy is the same object (partnerships load at start-up). */
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    public StageTakenTo(List<String> templates) {
        this(templates, List.of(), List.of());
    }

    /** @param unresolved the words that say a stage named did not settle it ({@value #UNRESOLVED_FILE}), by label */
    /** @param otherSide the other side's people, for documents that name nobody for their stages ({@value #OTHER_SIDE_FILE}) */
    public StageTakenTo(List<String> templates, List<PatternFile.Labelled> unresolved, List<String> otherSide) {
        if (templates.isEmpty() || templates.stream().anyMatch(t -> !t.contains(HOLDER) && !t.contains(SENIOR)
                && !t.contains(OWN) && !t.contains(CONSULTED))) {
            throw new IllegalArgumentException("every template needs " + HOLDER + ", " + SENIOR + ", " + OWN + " or "
                    + CONSULTED);
        }
        this.templates = List.copyOf(templates);
        this.otherSide = List.copyOf(otherSide);
        this.over = unresolved.stream().filter(l -> l.label().equals("over")).map(PatternFile.Labelled::pattern).toList();
        this.refused = unresolved.stream().filter(l -> l.label().equals("refused")).map(PatternFile.Labelled::pattern)
                .toList();
        this.pending = unresolved.stream().filter(l -> l.label().equals("pending")).map(PatternFile.Labelled::pattern)
                .toList();
        this.held = unresolved.stream().filter(l -> l.label().equals("held")).map(PatternFile.Labelled::pattern).toList();
        this.asked = unresolved.stream().filter(l -> l.label().equals("asked")).map(PatternFile.Labelled::pattern).toList();
        if (over.size() + refused.size() + pending.size() + held.size() + asked.size() != unresolved.size()) {
            throw new IllegalArgumentException(UNRESOLVED_FILE + ": labels are over, refused, pending, held and asked");
        }
        this.overOrRefused = java.util.stream.Stream.concat(over.stream(), refused.stream()).toList();
    }

    public static StageTakenTo fromClasspath(String resource) {
        return new StageTakenTo(PatternFile.templatesFromClasspath(resource), PatternFile.labelledFromClasspath(UNRESOLVED_FILE),
                PatternFile.templatesFromClasspath(OTHER_SIDE_FILE));
    }

    /**
     * The stage named in {@code text} that the caller says did not settle it ("stage 2 meeting with heads of service didnt
     * resolve it on 27th nov", "...and the team manager said no"): the stage given, else the one whose holders the text
     * names. Only words after the last mention of that stage count, and only when no other stage is mentioned later.
     *
     * @param stated the stage this message gives by its number, if it does
     */
    public Optional<Integer> leftUnresolved(String text, EscalationPolicy policy, Optional<Integer> stated) {
        String t = typed(text);
        // most messages name no stage and none of its holders: then nothing is left unresolved, and the words that
        // would say so are not looked for (the "held" patterns searched every message at every position before)
        if (stated.isEmpty() && policy.stages().stream().flatMap(s -> s.heldBy().stream())
                .noneMatch(h -> t.contains(h.toLowerCase(Locale.UK)))) {
            return Optional.empty();
        }
        List<Pattern> unresolved = new java.util.ArrayList<>(stated.isPresent() ? overOrRefused : over);
        // "still unresolved" of a stage merely raised may be within its days; of a meeting held, the stage is over
        if (PatternFile.anyFound(held, t)) {
            unresolved.addAll(pending);
        }
        if (!PatternFile.anyFound(unresolved, t)) {
            return Optional.empty();
        }
        Optional<Integer> stage = stated.isPresent() ? stated : reached(text, policy).or(() -> lastNamed(t, policy));
        if (stage.filter(n -> n > 0).isEmpty()) {
            return Optional.empty();
        }
        int[] last = lastMentions(t, policy, stage.get());
        if (last[0] < 0 || last[1] > last[0]) {
            return Optional.empty();
        }
        String after = t.substring(last[0]);
        return PatternFile.anyFound(unresolved, after) ? stage : Optional.empty();
    }

    /**
     * "the first line manager meeting yesterday got nowhere": the stage whose holders are named last, where no words
     * say it was taken to them; not "my team manager" or "our senior manager", who may be the caller's own.
     */
    private static Optional<Integer> lastNamed(String t, EscalationPolicy policy) {
        int end = -1;
        Integer stage = null;
        for (EscalationStage s : policy.stages()) {
            for (String holder : s.heldBy()) {
                int at = t.lastIndexOf(holder.toLowerCase(Locale.UK));
                if (at >= 0 && at + holder.length() > end && !t.startsWith("my ", Math.max(0, at - 3))
                        && !t.startsWith("our ", Math.max(0, at - 4))) {
                    end = at + holder.length();
                    stage = s.number();
                }
            }
        }
        return Optional.ofNullable(stage);
    }

    /**
     * Whether the message says the other side kept the decision ("she said no", "not budging", "wouldnt change it"): the
     * {@code refused} and {@code over} words of {@value #UNRESOLVED_FILE}, anywhere in the message. Asked only of a message
     * that told of the first talk with the decision's maker, where no stage's people are named.
     */
    public boolean saysNo(String text) {
        String t = typed(text);
        return PatternFile.anyFound(overOrRefused, t);
    }

    /**
     * Whether the message says the stage is being raised now or next ("im going to take it to my manager first", and by
     * someone else on the caller's side as it happens, "our practice manager is emailing hers now": the brief's leftover,
     * 36th session): it is raised today. The words are asked.tsv's takenNowSaid.
     */
    public boolean takenNow(String text) {
        return AskedCues.foundIn(AskedCues.TAKEN_NOW, typed(text));
    }

    /** The stage the message says will be raised ("our head of service will raise stage 3 on monday"), if it says so. */
    public Optional<Integer> planned(String text) {
        // read on every message: most name no stage, and are not searched
        String t = typed(text);
        if (!t.contains("stage")) {
            return Optional.empty();
        }
        Matcher m = PLANNED_STAGE.matcher(t);
        return m.find() ? Optional.of(stageNumber(m.group(1))) : Optional.empty();
    }

    private static int stageNumber(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n) + 1;
    }

    /** Where the last mention of {@code stage} ends, and of any other stage (-1: none), by number or by holder. */
    private static int[] lastMentions(String t, EscalationPolicy policy, int stage) {
        int[] last = {-1, -1};
        Matcher m = STAGE_NUMBER.matcher(t);
        while (m.find()) {
            int number = stageNumber(m.group(1));
            int which = number == stage ? 0 : 1;
            last[which] = Math.max(last[which], m.end());
        }
        for (EscalationStage s : policy.stages()) {
            for (String holder : s.heldBy()) {
                int at = t.lastIndexOf(holder.toLowerCase(Locale.UK));
                if (at >= 0) {
                    int which = s.number() == stage ? 0 : 1;
                    last[which] = Math.max(last[which], at + holder.length());
                }
            }
        }
        return last;
    }

    /** The message lower-cased, with the team manager and manager as often typed spelt out. */
    // each regex runs only on a text holding the letters every match of it holds (a replaceAll that finds nothing gives the
    // text back as it was): a turn reads its message so three times, and few messages name a manager
    /** The message without the questions whether to take it to someone ("do i go to their TM now?"). */
    private String withoutAsked(String t) {
        String left = t;
        for (Pattern p : asked) {
            left = p.matcher(left).replaceAll(" ");
        }
        return left;
    }

    static String typed(String text) {
        String t = PatternFile.cueText(text);
        for (PatternFile.Labelled shorthand : SHORTHAND) {
            // asked first where its literals are (the message's places are already found for the turn's other cues):
            // a replaceAll is a search of the whole text, and typed() is read several times a turn
            if (shorthand.foundIn(t)) {
                t = shorthand.pattern().matcher(t).replaceAll(shorthand.label());
            }
        }
        return t;
    }

    /** The last message read on this thread and what it said: a turn asks twice (KnownFacts, then FlowReplies). */
    private record Read(String text, EscalationPolicy policy, Optional<Integer> stage) {
    }

    private final ThreadLocal<Read> lastRead = new ThreadLocal<>();

    /** The highest stage whose holder {@code text} says the disagreement was taken to, if any. */
    public Optional<Integer> reached(String text, EscalationPolicy policy) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // the same message of the same turn (the same string and policy objects) is not read again
        Read last = lastRead.get();
        if (last != null && last.text() == text && last.policy() == policy) {
            return last.stage();
        }
        String t = withoutAsked(typed(text));
        Optional<Integer> stage = compiledFor(policy).stream().filter(h -> h.foundIn(t))
                .map(Held::stage).max(Integer::compare);
        lastRead.set(new Read(text, policy, stage));
        return stage;
    }

    /** The people a caller names whom the policy's stages do not name, by partnership (see {@link #unnamed}). */
    private final Map<String, Compiled> unnamedCompiled = new ConcurrentHashMap<>();

    /**
     * "our head of service emailed theirs on 30/11" where the LSCB model policy names no heads of service (esc helper's
     * unseen set, 16th session: asked whether it had been talked through, as if nothing was said): the other side's or the
     * caller's own people ({@value #OTHER_SIDE_FILE}) whom no stage of this policy names, said to have had the
     * disagreement. Only where the policy names some stage's people, and only when no stage's own people are named.
     *
     * @return those people as the caller named them
     */
    public Optional<String> unnamed(String text, EscalationPolicy policy) {
        if (text == null || text.isBlank() || policy.stages().stream().allMatch(s -> s.heldBy().isEmpty())) {
            return Optional.empty();
        }
        Compiled known = unnamedCompiled.get(policy.partnershipId());
        if (known == null || known.policy() != policy) {
            known = new Compiled(policy, compileUnnamed(policy));
            unnamedCompiled.put(policy.partnershipId(), known);
        }
        String t = withoutAsked(typed(text));
        return known.stages().stream().filter(h -> h.foundIn(t)).findFirst()
                .map(h -> otherSide.get(h.stage()));
    }

    /** One pattern for each of the other side's people this policy's stages do not name, numbered by their line. */
    private List<Held> compileUnnamed(EscalationPolicy policy) {
        String named = policy.stages().stream().flatMap(s -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(s.parties(), s.spokenParties()),
                        java.util.stream.Stream.concat(s.heldBy().stream(), s.heldByOwn().stream())))
                .filter(java.util.Objects::nonNull).map(n -> n.toLowerCase(Locale.UK)).reduce("", (a, b) -> a + "|" + b);
        List<Held> unnamed = new java.util.ArrayList<>();
        for (int i = 0; i < otherSide.size(); i++) {
            String person = otherSide.get(i).toLowerCase(Locale.UK);
            if (!named.contains(person)) {
                unnamed.add(compile(i, List.of(person), templates.stream()
                        .filter(t -> t.contains(HOLDER) || t.contains(OWN))));
            }
        }
        // the longest first: "assistant director" before "director"
        unnamed.sort(java.util.Comparator.comparingInt((Held h) -> -otherSide.get(h.stage()).length()));
        return List.copyOf(unnamed);
    }

    private List<Held> compiledFor(EscalationPolicy policy) {
        Compiled known = compiled.get(policy.partnershipId());
        if (known == null || known.policy() != policy) {
            known = new Compiled(policy, compile(policy));
            compiled.put(policy.partnershipId(), known);
        }
        return known.stages();
    }

    private List<Held> compile(EscalationPolicy policy) {
        java.util.stream.Stream<Held> others = policy.stages().stream().filter(s -> !s.heldBy().isEmpty())
                .map(s -> compile(s.number(), s.heldBy(), templates.stream()
                        .filter(t -> !t.contains(OWN) && !t.contains(CONSULTED) && (s.number() > 1 || !t.contains(SENIOR)))));
        java.util.stream.Stream<Held> own = policy.stages().stream().filter(s -> !s.heldByOwn().isEmpty())
                .map(s -> compile(s.number(), s.heldByOwn(), templates.stream().filter(t -> t.contains(OWN))));
        // "went to my manager" where the document puts the caller's own manager before its stages: stage 0, the first
        // discussion's step, so "have you talked it through?" is not asked of it (lead's weak spot, 1 Dec)
        java.util.stream.Stream<Held> before = policy.beforeStagesByOwn().isEmpty() ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.of(compile(0, policy.beforeStagesByOwn(),
                        templates.stream().filter(t -> t.contains(OWN) || t.contains(CONSULTED))));
        // a document that names nobody for its stages: the other side's people named say the first discussion was had
        // (stage 0), never a stage
        java.util.stream.Stream<Held> anyone = otherSide.isEmpty() || policy.stages().stream()
                .anyMatch(s -> !s.heldBy().isEmpty()) ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.of(compile(0, otherSide, templates.stream().filter(t -> t.contains(HOLDER))));
        return java.util.stream.Stream.of(others, own, before, anyone).flatMap(s -> s).toList();
    }

    private static Held compile(int stage, List<String> people, java.util.stream.Stream<String> forThem) {
        // "team manager" also as "team managers" and "team manager's"
        String holders = people.stream().map(h -> Pattern.quote(h.toLowerCase(Locale.UK)))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        String held = "(?:" + holders + ")(?:s|'s|s')?";
        List<String> templates = forThem.toList();
        String alternatives = templates.stream().map(t -> t.replace(HOLDER, held).replace(SENIOR, held).replace(OWN, held)
                        .replace(CONSULTED, held))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        // the people are a gate only where every template must match them
        String[] named = templates.stream().allMatch(StageTakenTo::alwaysNamesThem)
                ? people.stream().map(h -> h.toLowerCase(Locale.UK)).toArray(String[]::new) : null;
        // tried only where a template's first words occur, not searched at every position: a turn asks every stage's
        // pattern, and the search was about a twelfth of a turn's thread (JFR under scripts/bench-cpu)
        return new Held(stage, GatedPattern.of(Pattern.compile("(?:" + alternatives + ")\\b")), named);
    }

    /**
     * Whether every match of {@code template} holds the people its placeholder stands for: a placeholder outside every
     * group and not followed by a quantifier, in a template without an alternation of its own at the top. Then a message
     * naming none of them cannot match (see {@link Held}).
     */
    static boolean alwaysNamesThem(String template) {
        int depth = 0;
        boolean inClass = false;
        boolean named = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            } else if (c == '{' && depth == 0) {
                int end = template.indexOf('}', i);
                String placeholder = end < 0 ? "" : template.substring(i, end + 1);
                boolean quantified = end + 1 < template.length() && "?*{".indexOf(template.charAt(end + 1)) >= 0;
                if (List.of(HOLDER, SENIOR, OWN, CONSULTED).contains(placeholder) && !quantified) {
                    named = true;
                }
            }
        }
        return named;
    }
}
