package uk.mashline.dialogue;

import uk.mashline.nlu.FirstCharGuards;
import uk.mashline.nlu.PatternPrefilter;
import uk.mashline.nlu.RequiredLiterals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * what its regex finds. Every turn asks hundreds of cues (role, disclosure, follow-up, online harm) about the same
 * text, and the places of all their literals are found in one walk of it ({@link LiteralPlaces}).
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

    /**
     * Each gated pattern made, by its flags and regex: the same regex made again (an escalation policy's stage holders are
     * compiled into every template for each partnership, and several partnerships name the same people) is the same
     * gated pattern. Start-up's heap held 4,188 compiled regexes of 3.0 million characters, 870,000 of them in
     * copies (heap dump of 5 Dec).
     */
    private static final Map<Made, GatedPattern> MADE = new ConcurrentHashMap<>();

    /** A key of {@link #MADE}: the regex's own string, not a copy of it. */
    private record Made(boolean guarded, int flags, String regex) {
    }

    /**
     * The pattern as matched: with {@link FirstCharGuards}, which find what it finds at fewer tries. The regex as written
     * is not kept beside it: it matches the same, and a second compiled copy of the largest regexes (the stage holders',
     * 10,000 characters each) cost the heap as much again.
     */
    private final Pattern matching;
    /** Where a match can begin, or null: searched at every position. */
    private final PatternPrefilter.Starts starts;
    /** Under which keys {@link LiteralPlaces} keeps the places of this cue's literals; null with {@link #starts}. */
    private final LiteralPlaces.Keys keys;
    private final int number;
    /**
     * A regex whose starts cannot be read as a whole, split into its top-level alternatives, each gated alone; null when
     * not split. "said", "told"... or a quotation mark: the words are tried where they occur, the marks looked for, where
     * the whole was searched at every position of every message (quotes_someone, in every turn).
     */
    private final GatedPattern[] alternatives;
    /**
     * Under which key {@link LiteralPlaces} keeps whether the text holds one of the literals every text with a match holds
     * ({@link RequiredLiterals}), or null: no such literals, or none a text lacks more often than the start literals
     * already tell. perf-48: cues beginning with common words ("we", "i am", "its") and needing a rare one later ("last
     * stage", "hits me") were tried at nearly every place of every message.
     */
    private final LiteralPlaces.Keys required;

    private GatedPattern(Pattern pattern, GatedPattern[] alternatives) {
        // the alternatives are matched, each with its own guards
        this.matching = pattern;
        this.starts = null;
        this.keys = null;
        this.number = COUNT.getAndIncrement();
        this.alternatives = alternatives;
        this.required = null;
    }

    private GatedPattern(Pattern pattern, PatternPrefilter.Starts starts, boolean guarded) {
        this.matching = guarded ? FirstCharGuards.guarded(pattern) : pattern;
        // a literal that is empty begins everywhere: searched at every position, which is what it would be tried at
        this.starts = starts == null || Arrays.asList(starts.literals()).contains("") ? null : starts;
        this.keys = this.starts == null ? null
                : LiteralPlaces.register(pattern, this.starts, PatternPrefilter.beginsAtWordBoundary(pattern));
        this.alternatives = null;
        this.number = COUNT.getAndIncrement();
        this.required = requiredKeys(pattern, this.starts);
    }

    /** The key of the literals a text must hold for the regex to match, where they say more than its start literals. */
    private static LiteralPlaces.Keys requiredKeys(Pattern pattern, PatternPrefilter.Starts starts) {
        java.util.Set<String> literals = RequiredLiterals.of(pattern);
        if (literals == null) {
            return null;
        }
        // each a start literal's continuation ("\\b(?:knife|gun)s?\\b" needs "knife" or "gun"): the starts already gate it
        if (starts != null && !starts.atTextStart() && literals.stream().allMatch(l -> Arrays.stream(starts.literals())
                .anyMatch(l::startsWith))) {
            return null;
        }
        return LiteralPlaces.registerRequired(pattern, literals);
    }

    static GatedPattern of(Pattern pattern) {
        return of(pattern, true);
    }

    /** Without {@link FirstCharGuards} when not {@code guarded}: what the guards save is measured against it (CueGuardBench). */
    static GatedPattern of(Pattern pattern, boolean guarded) {
        Made key = new Made(guarded, pattern.flags(), pattern.pattern());
        GatedPattern made = MADE.get(key);
        if (made == null) {
            // not computeIfAbsent: making one makes its alternatives, which would update the map inside its own update
            made = make(pattern, guarded);
            GatedPattern first = MADE.putIfAbsent(key, made);
            made = first != null ? first : made;
        }
        return made;
    }

    private static GatedPattern make(Pattern pattern, boolean guarded) {
        PatternPrefilter.Starts starts = PatternPrefilter.starts(pattern);
        if (starts == null) {
            List<Pattern> parts = PatternPrefilter.alternatives(pattern);
            // split only where some part can be placed: else each part would be searched everywhere, as the whole was
            if (parts.stream().anyMatch(part -> PatternPrefilter.starts(part) != null)) {
                return new GatedPattern(pattern, parts.stream().map(part -> of(part, guarded))
                        .toArray(GatedPattern[]::new));
            }
        }
        return new GatedPattern(pattern, starts, guarded);
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

    /**
     * Whether an alternative {@code ^...} may match at the text's start: the text begins with one of its literals, or
     * holds one word of each set one such alternative needs ({@code ^(?!.*\\bcomplain\\w*\\b).*\\b(?:how long|when)\\b}
     * needs "how long" or "when"). With neither known, any text.
     */
    private boolean mayMatchAtStart(LiteralPlaces.Found found) {
        if (!starts.atTextStart()) {
            return false;
        }
        if (starts.startLiterals() == null && starts.startNeeds() == null) {
            return true;
        }
        if (starts.startLiterals() != null && starts.startLiterals().length > 0 && found.has(keys.start())) {
            return true;
        }
        for (int[] sets : keys.needs()) {
            boolean all = true;
            for (int set : sets) {
                all &= found.has(set);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives {@code into} keys one of which a text must have ({@link LiteralPlaces.Found#has}) for this regex to match in
     * it - more keys than that are harmless, fewer would lose matches - and the last key it is registered under; or
     * returns false when it may match whatever the text holds (searched everywhere, or tried at every text's start).
     * What {@link GatedCues} reads to try only the cues a text can match.
     */
    boolean keysTo(java.util.function.IntConsumer into) {
        if (alternatives != null) {
            boolean gated = true;
            for (GatedPattern alternative : alternatives) {
                gated &= alternative.keysTo(into);
            }
            return gated;
        }
        if (starts == null) {
            return false;
        }
        into.accept(keys.places());
        if (!starts.atTextStart()) {
            return true;
        }
        // mayMatchAtStart: true without start literals or needs to read; else a start literal's key, or every set of
        // one alternative's needs (any key of the sets is enough to ask: foundIn then asks for all of them)
        if (starts.startLiterals() == null && starts.startNeeds() == null) {
            return false;
        }
        if (starts.startLiterals() != null && starts.startLiterals().length > 0) {
            if (keys.start() == LiteralPlaces.ALWAYS) {
                return false;
            }
            into.accept(keys.start());
        }
        for (int[] sets : keys.needs()) {
            boolean anyKey = false;
            for (int set : sets) {
                if (set != LiteralPlaces.ALWAYS) {
                    into.accept(set);
                    anyKey = true;
                }
            }
            if (!anyKey) {
                return false;
            }
        }
        return true;
    }

    /** The regex as matched: with its guards, which match what it matches, with the same groups. */
    Pattern pattern() {
        return matching;
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
        if (required != null && !LiteralPlaces.in(text, required).has(required.places())) {
            return false;
        }
        if (starts == null) {
            return matcher(text).find();
        }
        LiteralPlaces.Found found = LiteralPlaces.in(text, keys);
        Matcher m = null;
        if (mayMatchAtStart(found)) {
            // "^(?:so |ok )*(?:who|what) do i ring": one try at the start, not a search of every position, and only
            // when the text begins with "so ", "ok ", "who" or "what" (a match at the start of the other alternatives
            // begins with one of their literals, and is tried below)
            m = matcher(text);
            if (m.lookingAt()) {
                return true;
            }
        }
        for (int i = found.firstOf(keys.places()); i >= 0; i = found.after(i)) {
            if (m == null) {
                m = matcher(text);
            }
            if (m.region(found.at(i), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
