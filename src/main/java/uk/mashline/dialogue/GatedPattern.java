package uk.mashline.dialogue;

import uk.mashline.nlu.FirstCharGuards;
import uk.mashline.nlu.PatternPrefilter;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's regular expression tried only where a match can begin: every match starts with one of the
 * literals {@link PatternPrefilter#startLiterals} reads from it, so the regex is tried at each place
 * such a literal occurs (with the text around it visible to lookbehinds and word boundaries) instead of
 * searched at every position. Most messages hold none of a cue's words, and the regex is then not run
 * at all; an alternative that can only match at the text's start ({@code ^...}) is tried there alone; when the
 * literals cannot be read, it searches the whole text as before. So a cue finds exactly
 * what its regex finds. Every turn asks dozens of cues (role, disclosure, follow-up, online harm).
 */
final class GatedPattern {

    /** Numbers the gated patterns, for {@link #MATCHERS}. */
    private static final AtomicInteger COUNT = new AtomicInteger();
    /**
     * Each thread's matchers, one a gated pattern (by its number), reset for every text rather than made again: a
     * matcher of a long alternation is costly to make (its arrays are sized by the regex's groups), and these were a
     * seventh of what a turn allocated. One thread-local for all: a thread-local each made every look-up slower.
     */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[64]);

    private final Pattern pattern;
    /** The pattern as matched: with {@link FirstCharGuards}, which find what it finds at fewer tries. */
    private final Pattern matching;
    /** Where a match can begin, or null: searched at every position. */
    private final PatternPrefilter.Starts starts;
    /**
     * For each of the start literals, whether a match can begin at it only where it begins a word: the regex begins
     * with {@code \b} and the literal with a word character, so "he" inside "the" or "when" is not tried (on the benchmark's
     * texts, 72 of the 139 places tried a turn were inside words, each a reset of a matcher sized by a long alternation).
     */
    private final boolean[] onlyAtWordStart;
    /**
     * The start literals as read, whole ({@link #shortened} cuts the ones searched for): at a place where a cut literal
     * occurs, the regex is tried only if one of these begins there. The cut "i" of "i am", "i have", "im"... is at the
     * start of "is", "in", "it" and "if" as well, and there a look-up in these rejects the place where a reset matcher
     * and a long alternation did (TurnCpuBench's texts: 60 tries at literal places a turn before, 43 after).
     */
    private final String[] wholeLiterals;
    private final int number;
    /**
     * A regex whose starts cannot be read as a whole, split into its top-level alternatives, each gated alone; null when
     * not split. "said", "told"... or a quotation mark: the words are tried where they occur, the marks looked for, where
     * the whole was searched at every position of every message (quotes_someone, in every turn).
     */
    private final GatedPattern[] alternatives;

    private GatedPattern(Pattern pattern, GatedPattern[] alternatives) {
        this.pattern = pattern;
        // the alternatives are matched, each with its own guards
        this.matching = pattern;
        this.starts = null;
        this.onlyAtWordStart = new boolean[0];
        this.wholeLiterals = new String[0];
        this.number = COUNT.getAndIncrement();
        this.alternatives = alternatives;
    }

    private GatedPattern(Pattern pattern, PatternPrefilter.Starts starts, String[] wholeLiterals, boolean guarded) {
        this.pattern = pattern;
        this.matching = guarded ? FirstCharGuards.guarded(pattern) : pattern;
        this.starts = starts;
        this.wholeLiterals = wholeLiterals;
        this.alternatives = null;
        boolean boundary = starts != null && PatternPrefilter.beginsAtWordBoundary(pattern);
        String[] literals = starts == null ? new String[0] : starts.literals();
        this.onlyAtWordStart = new boolean[literals.length];
        for (int i = 0; i < literals.length; i++) {
            onlyAtWordStart[i] = boundary && !literals[i].isEmpty() && isWordCharacter(literals[i].charAt(0));
        }
        this.number = COUNT.getAndIncrement();
    }

    // a character \b counts as a word's (java.util.regex: a letter or digit, or '_'); a surrogate is not, so a place after
    // one is always tried
    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static GatedPattern of(Pattern pattern) {
        return of(pattern, true);
    }

    /** Without {@link FirstCharGuards} when not {@code guarded}: what the guards save is measured against it (CueGuardBench). */
    static GatedPattern of(Pattern pattern, boolean guarded) {
        PatternPrefilter.Starts starts = PatternPrefilter.starts(pattern);
        if (starts == null) {
            List<Pattern> parts = PatternPrefilter.alternatives(pattern);
            // split only where some part can be placed: else each part would be searched everywhere, as the whole was
            if (parts.stream().anyMatch(part -> PatternPrefilter.starts(part) != null)) {
                return new GatedPattern(pattern, parts.stream().map(part -> of(part, guarded))
                        .toArray(GatedPattern[]::new));
            }
        }
        return new GatedPattern(pattern, shortened(starts), starts == null ? new String[0] : starts.literals(), guarded);
    }

    /** Start literals are cut to at most this many characters (see {@link #shortened}). */
    static final int LITERAL_CHARACTERS = 4;

    /**
     * The places to try, found with start literals cut short: a cue's literals are read on past its groups ("what do i
     * say", "what do i tell", "what should we say"... up to 256 of them), and each was a search of the whole text, so
     * the searching cost more than the regex tried at the places found (15% of a turn's thread against 8%, JFR under
     * TurnCpuBench).
     * Every match still begins with one of the shortened literals, so a cue finds what it found; the regex is only
     * tried at a few more places ("what" where "what do i say" was needed), and rejects them at once.
     */
    private static PatternPrefilter.Starts shortened(PatternPrefilter.Starts starts) {
        if (starts == null) {
            return null;
        }
        // the start literals are not cut: the one binary search of startsWithAny costs the same for whole ones, and a
        // text that begins with "what" no longer tries a cue that needs "what do i say" there
        return new PatternPrefilter.Starts(starts.atTextStart(), shortened(starts.literals()), starts.startLiterals(),
                starts.startNeeds());
    }

    // each literal cut to LITERAL_CHARACTERS; one that begins with another left out, as it adds no place
    private static String[] shortened(String[] literals) {
        java.util.Set<String> cut = new java.util.TreeSet<>();
        for (String literal : literals) {
            cut.add(literal.length() <= LITERAL_CHARACTERS ? literal : literal.substring(0, LITERAL_CHARACTERS));
        }
        return cut.stream().filter(l -> cut.stream().noneMatch(k -> !k.equals(l) && l.startsWith(k)))
                .toArray(String[]::new);
    }

    /**
     * This thread's matcher over {@code text}, its whole text as region, with transparent bounds (lookbehinds and word
     * boundaries see the text before a region's start) and without anchoring ones ({@code ^} matches only at the text's
     * start): over the whole text, what a new matcher does.
     */
    private Matcher matcher(String text) {
        Matcher[] mine = MATCHERS.get();
        if (number >= mine.length) {
            mine = Arrays.copyOf(mine, Math.max(number + 1, mine.length * 2));
            MATCHERS.set(mine);
        }
        Matcher m = mine[number];
        if (m == null) {
            m = matching.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            mine[number] = m;
            return m;
        }
        return m.reset(text);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the regex finds a match in {@code text}. */
    boolean foundIn(String text) {
        if (alternatives != null) {
            for (GatedPattern alternative : alternatives) {
                if (alternative.foundIn(text)) {
                    return true;
                }
            }
            return false;
        }
        if (starts == null) {
            return matcher(text).find();
        }
        Matcher m = null;
        if (starts.mayMatchAtStart(text)) {
            // "^(?:so |ok )*(?:who|what) do i ring": one try at the start, not a search of every position, and only
            // when the text begins with "so ", "ok ", "who" or "what" (a match at the start of the other alternatives
            // begins with one of their literals, and is tried below)
            m = matcher(text);
            if (m.lookingAt()) {
                return true;
            }
        }
        String[] literals = starts.literals();
        for (int i = 0; i < literals.length; i++) {
            String literal = literals[i];
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                if (onlyAtWordStart[i] && at > 0 && isWordCharacter(text.charAt(at - 1))) {
                    // inside a word: the \b the regex begins with cannot hold here
                    continue;
                }
                if (!PatternPrefilter.startsWithAnyAt(wholeLiterals, text, at)) {
                    continue;
                }
                if (m == null) {
                    m = matcher(text);
                }
                if (m.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
