package uk.mashline.nlu.slots;

import uk.mashline.nlu.PatternPrefilter;
import uk.mashline.nlu.RuleFile;
import uk.mashline.nlu.Slots;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a message gives for something that has already happened ("raised it on 16/11",
 * "Monday 16 November", "16th Nov", "yesterday", "last Tuesday", "three days ago") against the
 * caller's London date. A date in the future is not a date something was raised on, so it is
 * not returned, except a coming date a weekday or a plan says is meant ({@link #comingInstead}); a date without a
 * year is otherwise the latest such day not after today ("14/3" read in January is last March). Dates of birth are skipped. The first date in the text wins, or the first after
 * the stage or escalation the message names ({@link #readRaised}).
 */
final class DateReader {

    /** Ordinal words for the days 1 to 20 in order ("twentieth" is 20); with "twenty"/"thirty" before them, 21 to 31. */
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern SPOKEN_ORDINAL = Pattern.compile("\\b(?:(twenty|thirty)[ -])?(" + String.join("|", ORDINAL_WORDS)
            + ")(?= (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b)");

    private static final String MONTH = "(jan|january|feb|february|febuary|mar|march|apr|april|may|jun|june|jul|july"
            + "|aug|august|sep|sept|september|oct|october|nov|november|dec|december)";
    // "wed just gone", "fri": the short forms that are no other word ("sat" and "sun" are); "wed like to" is "we'd" typed
    // without its apostrophe (esc helper's second set, 28th session: "now wed like to go to the assistant director today"
    // was counted from Wednesday)
    private static final String WEEKDAY = "(monday|mon|tuesday|tues|tue|wednesday|weds"
            + "|wed(?! (?:like|love|need|want|have|had|be|been|rather|prefer|probably|expect|hope|go|get|try)\\b)"
            + "|thursday|thurs|thur|thu|friday|fri"
            + "|saturday|sunday)";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC_WITH_YEAR = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/.-]*\\d)");
    // Only a slash without a year: "3.15" is a time and "3-4" a range, "24/7" means always.
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(?!24/7\\b)(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    /**
     * "since 25.11", "went to their team manager 23.11" (esc helper's unseen set, 16th session: the date asked again): day and
     * month with a dot, as often typed; never a time ("9.30", "1.15pm"), a measure ("1.5 hours") or a numbered section.
     */
    private static final Pattern NUMERIC_DOTTED = Pattern.compile("(?<![\\d/.-])(?<!\\b(?:stage|section|para|paragraph|v|version|step) )"
            + "(\\d{1,2})\\.(\\d{1,2})(?![\\d/.:]|\\s*(?:am|pm|a\\.m|p\\.m|hrs?|hours?|mins?|minutes?|%|k|kg|g|lbs?|miles?|mph|cm|mm|ml|m|km|st|stone|secs?|seconds?|years?|yrs?|weeks?|days?)\\b)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + "\\b\\.?(?:,? (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,? (\\d{4}))?");
    // "it was the 25th", "stage 1 on the 3rd": a day of the month alone, the latest not after today; only at the end
    // of a clause ("the 1st time" is no date) and not a weekday's ("thursday the 26th" is the weekday reader's)
    // "escalated to stage 2 on the 21st about the step down" (blind set 6, G06: asked the date again): after "on" it is
    // a date mid-clause too, unless a thing follows that counts ("on the 2nd floor", "on the 3rd attempt"); a dash ends a
    // clause too ("rang their first line manager on the 23rd - DSL at a secondary": own sweep 14, asked the date)
    private static final Pattern ORDINAL_DAY = Pattern.compile(
            "\\b(?:on the|on|the) (\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*$|\\s*[,.;:!?)]|\\s+[-\u2013\u2014]\\s|\\s+(?:and|but|so|i|we|not|when|then"
                    + "|which|who|because|cos|as|sorry|too|instead)\\b)"
                    + "|\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s+(?:about|re|regarding|over|for|to|with|after|at|by|via"
                    + "|from|but|still|yet|now|no|nothing|they|he|she|it|this|that|last|of (?:this|last) month)\\b)"
                    // "25th" alone, after an answer counted from the end of last week (esc helper, 17th session: thanked
                    // and not read): the whole message is the day
                    + "|^(?:it was |was |i think |think |sorry |on )?(\\d{1,2})(?:st|nd|rd|th)\\s*[.!]?\\s*$");
    private static final Pattern AFTER_WEEKDAY = Pattern.compile(WEEKDAY + "\\s*$");
    // "its been 2 weeks since stage 2 went to their head of service" (esc helper's brief, 38th session: the date asked again)
    // counts back as "2 weeks ago" does
    // ... and "its been a week" at the end of a clause, with no "since" (the blind tester's q47 T015, seen after its end: "the
    // sw's team manager still hasnt got back to me about our disagreement, its been a week, what now" was asked the date)
    private static final Pattern DAYS_AGO = Pattern.compile(
            "\\b(" + NumberWords.CARDINAL + "|a|an|a couple of|couple of|a couple) (day|days|week|weeks|fortnight|fortnights)"
                    + " (?:ago|since)\\b"
                    + "|\\b(?:its|it'?s|it has|it is|thats|that'?s) been (?:over |more than )?("
                    + NumberWords.CARDINAL + "|a|an|a couple of|couple of|a couple) (day|days|week|weeks|fortnight|fortnights)"
                    + "(?: now)?(?=\\s*$|\\s*[,.;:!?)]|\\s+(?:and|but|so|now|still|already|with|without)\\b)");
    private static final Pattern TODAY = Pattern.compile(
            "\\b(?:today|2day|tday|this (?:morning|afternoon|evening|am|pm)|earlier on today|tonight|just now"
                    + "|an hour ago)\\b");
    // apart from TODAY's words so that both have a gate: a number first cannot be gated by the words it starts with
    private static final Pattern HOURS_AGO = Pattern.compile("\\b(?:a few|\\d+|two|three|four|five) hours ago\\b");
    private static final Pattern DAY_BEFORE_YESTERDAY = Pattern.compile("\\bday before (?:yesterday|yday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile(
            "\\b(?:yesterday|yesterdays|yday|yest|yesturday|yesterdy|ystrday|last night)\\b");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b(?:(last|next|every|coming|following|each|until|till"
            + "|by|before|this coming|this) )?" + WEEKDAY + "\\b");
    // Cheap tests before the patterns, which would otherwise each be tried at every position of every message.
    // A relative date holds one of the words its pattern starts with; DAYS_AGO and HOURS_AGO, a number first, always
    // say "ago". The absolute forms with a month's name hold one of the words MONTH_DAY starts with.
    private static final Predicate<String> MIGHT_BE_DAY_BEFORE = PatternPrefilter.literalGate(DAY_BEFORE_YESTERDAY);
    private static final Predicate<String> MIGHT_BE_YESTERDAY = PatternPrefilter.literalGate(YESTERDAY);
    private static final Predicate<String> MIGHT_BE_TODAY = PatternPrefilter.literalGate(TODAY);
    private static final Predicate<String> MIGHT_BE_WEEKDAY = PatternPrefilter.literalGate(WEEKDAY_WORD);
    private static final Predicate<String> MIGHT_NAME_MONTH = PatternPrefilter.literalGate(MONTH_DAY);
    // "escalated" is a challenge, not a stage's name: "i escalated to the team manager on tues 15th and heard nothing so this
    // morning my manager went to their service manager" (lead's probe, 37th session, of the blind tester's q37 kind: counted
    // from the 15th) raised the stage reached this morning, the last challenge with its day
    private static final Pattern STAGE_WORD = Pattern.compile("\\bstage\\b");
    /**
     * The caller's own challenge of the decision, or the case taken on to someone ("I rang the team manager on the 26th",
     * "it went to first line managers today"): the day said after the last of them is when the stage was raised. The cue
     * words are data, each with the message it decides ({@value #CHALLENGE_WORDS_FILE}; Java literals until esc-45).
     */
    static final String CHALLENGE_WORDS_FILE = "nlu/slots/challenge-words.tsv";
    private static final Pattern CHALLENGE_WORD = challengeWords(RuleFile.classpathLines(CHALLENGE_WORDS_FILE));
    // a stage's people as a history lists them, with their day: "..., service manager 30/11", "their tm on the 26th"
    private static final Pattern PEOPLE_DATED = Pattern.compile("\\b(?:managers?|tms?|heads? of service|directors?|chairs?"
            + "|panel|leaders?|leads?|inspectors?|superintendents?|sergeants?|sgt),?"
            // "their tm hasnt replied since 25/11" (esc helper's unseen set, 18th session: counted from the talk's 24/11)
            + "(?: (?:still )?(?:has ?n'?o?t|hasnt|has not|have ?n'?o?t|havent|have not) (?:replied|responded|got back|come back|answered))?"
            + " (?:on |since |from )?(?:the )?"
            + "(?=\\d{1,2}[/.]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)\\b)");
    // every mention of a stage or a challenge holds one of its pattern's words: most messages hold none
    private static final Predicate<String> MIGHT_NAME_STAGE = PatternPrefilter.literalGate(STAGE_WORD);
    private static final Predicate<String> MIGHT_NAME_CHALLENGE = PatternPrefilter.literalGate(CHALLENGE_WORD);
    // "tuesday last week", "wed of last week" (own unseen set, 1 Dec: "sorry i meant tuesday last week" said on a Tuesday
    // was counted from today): that day of the calendar week before this one
    private static final Pattern LAST_WEEK_AFTER = Pattern.compile("\\s*(?:of |from |in )?(?:last|the last|previous|the previous) (?:week|wk)\\b");
    private static final Pattern DAY_NUMBER_AFTER = Pattern.compile("\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** "a week on monday", "a week on mon": the Monday after the coming one (a British way of naming a day to come). */
    private static final Pattern A_WEEK_ON = Pattern.compile("\\b(?:a )?(?:week|wk) on $");
    /**
     * "a week gone monday", "a week last monday", "a week past monday": the Monday a week before the one just gone (a British
     * way of naming a day further back; esc helper's own set, 39th session: read as the Monday just gone, a week late).
     */
    private static final Pattern A_WEEK_GONE = Pattern.compile("\\b(?:a )?(?:week|wk) (?:gone |past |since )?$");
    /**
     * "on christmas eve", "boxing day", "new years eve": the days of the year known by name, the latest not after today
     * (esc helper's own set, 39th session: "our first line managers discussed it on christmas eve" was asked the stage).
     */
    /** How close a named holiday ahead is taken as the one meant ("over christmas" in December), not last year's. */
    private static final int COMING_HOLIDAY_DAYS = 14;
    private static final Pattern NAMED_DAY = Pattern.compile(
            "\\b(?:(christmas|xmas|crimbo) (eve|day)|(boxing) day|(new) years? (eve|day)|(new) year'?s (eve|day))\\b");
    /** "monday 21st dec", "mon 21/12", "thursday the 26th": a weekday right before a date. */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("\\b" + WEEKDAY + ",? (?:the )?$");
    /** Words of something still to be done: a date they give may be a coming one ({@link #comingInstead}). */
    // not "due to", which is as often a cause ("due to staff sickness"); never beside "last year", said of the date before
    private static final Pattern PLANNED = Pattern.compile("^(?!.*\\blast year\\b).*\\b(?:will|going to|gonna|planning|plan to"
            + "|plans to|intend|intends|booked|scheduled|arranged for)\\b");
    private static final Pattern BIRTH = Pattern.compile("\\b(?:born|dob|d\\.o\\.b|date of birth|birthday|bday)\\b");

    private DateReader() {
    }

    /**
     * The file's cue words as one pattern of whole words, one alternative a line ({@code REGEX<TAB>EXAMPLE<TAB>DATE}); the
     * example and its date are the line's test (DateReaderChallengeWordsTest), not read here.
     */
    static Pattern challengeWords(List<String> lines) {
        List<String> alternatives = new ArrayList<>();
        new RuleFile(CHALLENGE_WORDS_FILE).read(lines, fields -> {
            if (fields.length != 3) {
                throw new IllegalArgumentException("expected REGEX<TAB>EXAMPLE<TAB>DATE");
            }
            Pattern.compile(fields[0]);
            alternatives.add(fields[0]);
        });
        if (alternatives.isEmpty()) {
            throw new IllegalStateException(CHALLENGE_WORDS_FILE + ": no cue words");
        }
        return Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b");
    }

    /**
     * The date a stage or an escalation was raised: the day of the last mention of a stage that has one (the stage
     * reached: "spoke to the SW on monday 23/11, went to stage 2 on thursday 26th" raised stage 2 on the 26th, not on the
     * day of the discussion before it), unless a challenge said after it names a later day and does not merely chase it
     * ("at stage 2 since mon 30th nov ... so today our head has written to their director": today); else the day of the
     * caller's own last call, email or discussion that has one ("NFA on 24th Nov and I rang the team manager on the 26th":
     * the 26th); otherwise the first date. A mention's day follows it or is said in its own clause before it ("so today
     * ive emailed").
     *
     * @param spokenOrWritten the message, lower case
     */
    static Optional<LocalDate> readRaised(String spokenOrWritten, LocalDate today) {
        String text = ordinalsAsDigits(spokenOrWritten);
        Optional<Dated> stage = MIGHT_NAME_STAGE.test(text) ? lastDated(text, STAGE_WORD, today) : Optional.empty();
        if (stage.isPresent()) {
            // "their heads of service had it at stage 2 from mon 30th nov ... so today our director has written to their
            // director" (blind tester's q37, end: stage 3 told it had passed, counted from stage 2's day): a challenge
            // said after the stage named, on a later day, raised the stage reached - unless it only chased the same one
            Optional<Dated> challenge = MIGHT_NAME_CHALLENGE.test(text) ? lastDated(text, CHALLENGE_WORD, today)
                    : Optional.empty();
            if (challenge.isPresent() && challenge.get().at() > stage.get().at()
                    && challenge.get().date().isAfter(stage.get().date()) && !chases(text, challenge.get().at())) {
                return Optional.of(challenge.get().date());
            }
            return Optional.of(stage.get().date());
        }
        Optional<LocalDate> listed = lastListed(text, today);
        if (listed.isPresent()) {
            return listed;
        }
        if (MIGHT_NAME_CHALLENGE.test(text)) {
            Optional<Dated> challenge = lastDated(text, CHALLENGE_WORD, today);
            if (challenge.isPresent()) {
                return Optional.of(challenge.get().date());
            }
        }
        return readDigits(text, today);
    }

    /**
     * The day of the challenge told before the one the stage was raised on, where a message tells both with their days, the
     * earlier first ("our tm and theirs spoke mon 14th and got nowhere, so our senior manager has taken it to theirs today":
     * mon 14th). For a stage that shares its limit with the one before it (the LSCB model's stages 2 and 3, seed 001 line
     * 60), counted from that earlier day (esc helper's own set, 42nd session, L01).
     *
     * @param spokenOrWritten the message, lower case
     * @param raised          the day {@link #readRaised} read from it
     */
    static Optional<LocalDate> readEarlierRaised(String spokenOrWritten, LocalDate today, LocalDate raised) {
        String text = ordinalsAsDigits(spokenOrWritten);
        if (!MIGHT_NAME_CHALLENGE.test(text)) {
            return Optional.empty();
        }
        Optional<Dated> last = lastDated(text, CHALLENGE_WORD, today);
        if (last.isEmpty() || !raised.equals(last.get().date())) {
            return Optional.empty();
        }
        return lastDated(text.substring(0, last.get().at()), CHALLENGE_WORD, today).map(Dated::date)
                .filter(day -> day.isBefore(last.get().date()));
    }

    /** A mention of a stage or a challenge at {@code at}, and the day it names. */
    private record Dated(int at, LocalDate date) {
    }

    /**
     * The last mention of {@code word} with a day of its own: the first date after it ("went to stage 1 on 23rd nov, no
     * resolution, raised stage 2 today" raised the stage reached today, not on the 23rd: lead's trial, 30 Nov), else the
     * day said in its own clause before it ("...took it to their team manager on mon 7th, nothing back, so today ive
     * emailed their head of service": blind tester's q37 at the start, counted from the 7th).
     */
    private static Optional<Dated> lastDated(String text, Pattern word, LocalDate today) {
        List<Integer> mentions = new ArrayList<>();
        Matcher named = word.matcher(text);
        while (named.find()) {
            mentions.add(named.start());
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int at = mentions.get(i);
            if (at == 0) {
                continue; // the whole message: the first date in it is the last resort
            }
            // "can i escalate this to stage 2 now? ..." asks whether to go there: no date of it follows
            if (word == STAGE_WORD && StageReader.askedToGo(text, at)) {
                continue;
            }
            Optional<LocalDate> after = readDigits(text.substring(at), today);
            if (after.isPresent()) {
                return Optional.of(new Dated(at, after.get()));
            }
            Optional<LocalDate> before = readDigits(clauseBefore(text, at), today);
            if (before.isPresent()) {
                return Optional.of(new Dated(at, before.get()));
            }
        }
        return Optional.empty();
    }

    /** "rang them again yesterday to chase it", "chased": a challenge that followed up the stage named, not a new one. */
    private static final Pattern CHASE = Pattern.compile(
            "^.{0,80}?\\b(?:chase[ds]?|chasing|again|follow(?:ed|ing)? (?:it |this |that )?up|for an update|reminder|nudge[ds]?)\\b");

    private static boolean chases(String text, int at) {
        int end = text.length();
        Matcher stop = CLAUSE_START.matcher(text).region(Math.min(at + 1, end), end);
        if (stop.find()) {
            end = stop.start();
        }
        return CHASE.matcher(text).region(at, end).lookingAt();
    }

    /** Where a clause begins: a stop, comma or dash, or a word that joins two ("and", "but", "so", "then"). */
    private static final Pattern CLAUSE_START = Pattern.compile("[.,;:!?\\n(]|\\s[-\u2013>]\\s|\\b(?:and|but|so|then|after that|until)\\b");
    /** A clause's day before its verb is read over at most this many characters ("and earlier this afternoon our head "). */
    private static final int CLAUSE_BEFORE = 60;

    /**
     * The words of the clause {@code at} is in, before {@code at}: "today ive " in "nothing back, so today ive emailed", so
     * that the day they name is this mention's, not the one of the clause before it ("nfa'd yesterday and i rang").
     */
    private static String clauseBefore(String text, int at) {
        int from = Math.max(0, at - CLAUSE_BEFORE);
        Matcher start = CLAUSE_START.matcher(text).region(from, at);
        while (start.find()) {
            from = start.end();
        }
        return text.substring(from, at);
    }

    /**
     * "went to their TM 23/11, service manager 30/11" (esc helper's unseen set, 17th session: counted from the 23rd): a
     * history listed as people and their days, past the last challenge word (if any: "sw 18/11 -> their team manager 20/11
     * -> service manager 27/11"), was raised on the last of them.
     */
    private static Optional<LocalDate> lastListed(String text, LocalDate today) {
        // people listed with their day are followed by its digits: most messages have none, and both searches below
        // were a tenth of the understanding step, tried at every position of every message
        if (!NumberWords.hasDigit(text)) {
            return Optional.empty();
        }
        int lastDated = -1;
        Matcher dated = PEOPLE_DATED.matcher(text);
        while (dated.find()) {
            lastDated = dated.end();
        }
        if (lastDated < 0) {
            return Optional.empty();
        }
        int lastChallenge = -1;
        Matcher challenge = CHALLENGE_WORD.matcher(text);
        while (challenge.find()) {
            lastChallenge = challenge.start();
        }
        return lastDated > lastChallenge ? readDigits(text.substring(lastDated), today) : Optional.empty();
    }

    /**
     * "the twenty sixth of november" as "26th of november": a call's transcript may spell a date out (lead's voice trial,
     * 1 Dec: a Sandwell social worker was asked the date she had just said). Only before a month's name, so "the first
     * discussion" stays words.
     */
    static String ordinalsAsDigits(String text) {
        // almost every message has "th" in it ("the", "that"): only one with an ordinal word is searched
        if (ORDINAL_WORDS.stream().noneMatch(text::contains)) {
            return text;
        }
        Matcher m = SPOKEN_ORDINAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int tens = m.group(1) == null ? 0 : m.group(1).equals("twenty") ? 20 : 30;
            int day = tens + ORDINAL_WORDS.indexOf(m.group(2)) + 1;
            m.appendReplacement(out, day + "th");
        }
        return m.appendTail(out).toString();
    }

    /** @param text the message, lower case */
    static Optional<LocalDate> read(String spokenOrWritten, LocalDate today) {
        return readDigits(ordinalsAsDigits(spokenOrWritten), today);
    }

    /** {@link #read} of a text whose spoken ordinals are already digits. */
    private static Optional<LocalDate> readDigits(String text, LocalDate today) {
        Candidate best = null;
        // every absolute form has a day of the month in digits
        if (NumberWords.hasDigit(text)) {
            best = first(best, absolute(new DigitLed(ISO, text), text, today, Form.ISO));
            best = first(best, absolute(new DigitLed(NUMERIC_WITH_YEAR, text), text, today, Form.DMY));
            best = first(best, absolute(new DigitLed(NUMERIC, text), text, today, Form.DM));
            best = first(best, absolute(new DigitLed(NUMERIC_DOTTED, text), text, today, Form.DM));
            if (MIGHT_NAME_MONTH.test(text)) {
                best = first(best, absolute(new DigitLed(DAY_MONTH, text), text, today, Form.D_MONTH));
                Matcher monthFirst = MONTH_DAY.matcher(text);
                best = first(best, absolute(monthFirst::find, monthFirst, text, today, Form.MONTH_D));
            }
            best = first(best, ordinalDay(text, today));
        }
        best = first(best, relative(text, today));
        return best == null ? Optional.empty() : Optional.of(best.date());
    }

    private record Candidate(int at, LocalDate date) {
    }

    private enum Form { ISO, DMY, DM, D_MONTH, MONTH_D }

    private static Candidate first(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.at() <= b.at() ? a : b;
    }

    private static Candidate absolute(DigitLed found, String text, LocalDate today, Form form) {
        return absolute(found::find, found.matcher, text, today, form);
    }

    /**
     * The search of a form whose every match begins a run of digits (each but MONTH_DAY's): the form is tried only
     * where a run begins, where java.util.regex would try it at every position of the text, and those searches were
     * half the date reader's time, itself a tenth of the understanding step (JFR under UnderstandingAb, 5 Dec). The
     * bounds are transparent, so the form's look-behinds and word boundaries see the text before a run.
     */
    private static final class DigitLed {
        private final Matcher matcher;
        private final String text;
        private int from;

        DigitLed(Pattern form, String text) {
            this.matcher = form.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
        }

        /** As {@link Matcher#find()}: the next match from where the last ended. */
        boolean find() {
            int n = text.length();
            for (int at = from; at < n; at++) {
                if (isDigit(text.charAt(at)) && (at == 0 || !isDigit(text.charAt(at - 1)))
                        && matcher.region(at, n).lookingAt()) {
                    from = Math.max(matcher.end(), at + 1);
                    return true;
                }
            }
            from = n;
            return false;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** The first date of this form that is real, not in the future and not a birth date. */
    private static Candidate absolute(BooleanSupplier next, Matcher m, String text, LocalDate today,
                                      Form form) {
        while (next.getAsBoolean()) {
            if (nearBirth(text, m.start())) {
                continue;
            }
            try {
                LocalDate date = switch (form) {
                    case ISO -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    case DMY -> LocalDate.of(fullYear(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                    case DM -> latestNotAfter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), today);
                    case D_MONTH -> dated(Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3), today);
                    case MONTH_D -> dated(Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3), today);
                };
                boolean yearGiven = form == Form.ISO || form == Form.DMY || (form == Form.D_MONTH && m.group(3) != null)
                        || (form == Form.MONTH_D && m.group(3) != null);
                if (!yearGiven) {
                    Optional<LocalDate> coming = comingInstead(text, m.start(), date, today);
                    if (coming.isPresent()) {
                        return new Candidate(m.start(), coming.get());
                    }
                    if (weekdaySaidBefore(text, m.start()).filter(d -> d != date.getDayOfWeek()).isPresent()) {
                        continue;
                    }
                }
                if (!date.isAfter(today)) {
                    return new Candidate(m.start(), date);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date ("31/2", "3/15"): look further on
            }
        }
        return null;
    }

    /**
     * "our head of service will raise stage 3 on monday 21st dec", said on Friday 18 December (blind q25: read as Sunday
     * 21 December of the year before, a stage a year overdue): a date without a year that a weekday before it, or a
     * plan in the message, places in the coming weeks is that coming date - the one case where a date read here is
     * after today. A weekday that fits neither is left to the caller to say again.
     */
    private static Optional<LocalDate> comingInstead(String text, int at, LocalDate past, LocalDate today) {
        LocalDate coming = past.plusYears(1);
        if (coming.isAfter(today.plusDays(Slots.RAISED_ON_MAX_DAYS_AHEAD)) || !coming.isAfter(today)) {
            return Optional.empty();
        }
        Optional<DayOfWeek> said = weekdaySaidBefore(text, at);
        if (said.isPresent()) {
            return said.get() != past.getDayOfWeek() && said.get() == coming.getDayOfWeek()
                    ? Optional.of(coming) : Optional.empty();
        }
        return PLANNED.matcher(text).find() ? Optional.of(coming) : Optional.empty();
    }

    private static Optional<DayOfWeek> weekdaySaidBefore(String text, int at) {
        Matcher m = WEEKDAY_BEFORE.matcher(text).region(Math.max(0, at - 14), at);
        return m.find() ? Optional.of(dayOfWeek(m.group(1))) : Optional.empty();
    }

    private static Candidate ordinalDay(String text, LocalDate today) {
        Matcher m = ORDINAL_DAY.matcher(text);
        while (m.find()) {
            if (AFTER_WEEKDAY.matcher(text.substring(0, m.start())).find() || nearBirth(text, m.start())) {
                continue;
            }
            LocalDate date = latestDayOfMonthNotAfter(Integer.parseInt(m.group(1) != null ? m.group(1)
                    : m.group(2) != null ? m.group(2) : m.group(3)), today);
            if (date != null) {
                return new Candidate(m.start(), date);
            }
        }
        return null;
    }

    private static Candidate relative(String text, LocalDate today) {
        // each matcher is made only once its cheap gate has passed: a matcher of these patterns (its group and loop arrays
        // sized and cleared) cost more than the look that rules most of them out (nlu-48: 4% of the understanding step)
        Candidate best = null;
        Matcher m;
        if (MIGHT_BE_DAY_BEFORE.test(text) && (m = DAY_BEFORE_YESTERDAY.matcher(text)).find()) {
            best = new Candidate(m.start(), today.minusDays(2));
        }
        int dayBefore = best == null ? -1 : best.at();
        if (MIGHT_BE_YESTERDAY.test(text)) {
            m = YESTERDAY.matcher(text);
            while (m.find()) {
                if (dayBefore < 0 || m.start() < dayBefore || m.start() > dayBefore + 11) {
                    best = first(best, new Candidate(m.start(), today.minusDays(1)));
                    break;
                }
            }
        }
        if (MIGHT_BE_TODAY.test(text) && (m = TODAY.matcher(text)).find()) {
            best = first(best, new Candidate(m.start(), today));
        }
        if (text.contains("hours ago") && (m = HOURS_AGO.matcher(text)).find()) {
            best = first(best, new Candidate(m.start(), today));
        }
        if ((text.contains("ago") || text.contains("since") || text.contains("been")) && (m = DAYS_AGO.matcher(text)).find()) {
            // "2 weeks ago" / "since" in groups 1-2, "its been a week" in 3-4 ("over a week": at least, so the latest day)
            boolean agoSaid = m.group(1) != null;
            int n = NumberWords.value(agoSaid ? m.group(1) : m.group(3));
            String unit = agoSaid ? m.group(2) : m.group(4);
            if (n >= 0 && n <= 366) {
                int days = switch (unit) {
                    case "week", "weeks" -> 7 * n;
                    case "fortnight", "fortnights" -> 14 * n;
                    default -> n;
                };
                best = first(best, new Candidate(m.start(), today.minusDays(days)));
            }
        }
        if ((text.contains("eve") || text.contains("day")) && (m = NAMED_DAY.matcher(text)).find()) {
            LocalDate named = namedDay(m, today);
            if (named != null) {
                best = first(best, new Candidate(m.start(), named));
            }
        }
        if (MIGHT_BE_WEEKDAY.test(text)) {
            m = WEEKDAY_WORD.matcher(text);
            while (m.find()) {
                Candidate weekday = weekday(m, text, today);
                if (weekday != null) {
                    best = first(best, weekday);
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The day a {@link #NAMED_DAY} names, the latest not after today; none where that day is just ahead - "with christmas and
     * boxing day, when do they have to come back to me" on Christmas Eve names the holidays to come, not last year's Boxing
     * Day (facts helper's own set, 40th session: "Stage 3 was due by Tuesday 30 December 2025").
     */
    private static LocalDate namedDay(Matcher m, LocalDate today) {
        boolean eve = "eve".equals(m.group(2)) || "eve".equals(m.group(5)) || "eve".equals(m.group(7));
        int day = m.group(1) != null ? (eve ? 24 : 25) : m.group(3) != null ? 26 : eve ? 31 : 1;
        int month = m.group(1) != null || m.group(3) != null || eve ? 12 : 1;
        LocalDate coming = LocalDate.of(today.getYear(), month, day);
        if (!coming.isAfter(today)) {
            coming = coming.plusYears(1);
        }
        if (!coming.isAfter(today.plusDays(COMING_HOLIDAY_DAYS))) {
            return null;
        }
        return latestNotAfter(day, month, today);
    }

    /** "last Tuesday" is before today; "on Tuesday" is the latest Tuesday up to today; "next Tuesday" is no date. */
    private static Candidate weekday(Matcher m, String text, LocalDate today) {
        String before = m.group(1);
        if (before != null && !before.equals("last") && !before.equals("this")) {
            return null;
        }
        // "Monday 16 November": the date that follows says which Monday
        if (DAY_MONTH.matcher(text).region(m.end(), text.length()).lookingAt()
                || text.startsWith(" ", m.end()) && DAY_MONTH.matcher(text).region(m.end() + 1, text.length()).lookingAt()) {
            return null;
        }
        DayOfWeek day = dayOfWeek(m.group(2));
        // "a week gone monday" / "a week last monday": the such day before the one just gone
        if ((before == null || before.equals("last"))
                && A_WEEK_GONE.matcher(text).region(Math.max(0, m.start() - 14), m.start()).find()) {
            return new Candidate(m.start(), today.with(TemporalAdjusters.previous(day)).minusWeeks(1));
        }
        // "my manager is taking it to hers a week on monday" (esc helper's own set, 35th session: read as last Monday): the
        // coming such day, and a week after it - a day still to come, as a plan says it
        if (before == null && A_WEEK_ON.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()) {
            return new Candidate(m.start(), today.with(TemporalAdjusters.next(day)).plusWeeks(1));
        }
        // "monday 23/11", "thursday the 26th": the day of the month that follows says which one, and a weekday
        // that does not fit it is no date at all (the absolute readers judge "23/11" on its own)
        Matcher number = DAY_NUMBER_AFTER.matcher(text).region(m.end(), text.length());
        if (number.lookingAt()) {
            LocalDate dated = latestDayOfMonthNotAfter(Integer.parseInt(number.group(1)), today);
            return dated != null && dated.getDayOfWeek() == day ? new Candidate(m.start(), dated) : null;
        }
        if (before == null && LAST_WEEK_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            LocalDate lastWeeksMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new Candidate(m.start(), lastWeeksMonday.with(TemporalAdjusters.nextOrSame(day)));
        }
        LocalDate date = "last".equals(before)
                ? lastWeekday(day, today)
                : today.with(TemporalAdjusters.previousOrSame(day));
        return new Candidate(m.start(), date);
    }

    /**
     * "last Tuesday" is the latest Tuesday before today: said on Friday 4 December it is 1 December, the Tuesday just gone,
     * as a caller counting back means it (esc helper, 29th session: it was 24 November, a week further back, so every due
     * date from it was a week early). Only when that day is yesterday is it the one before: a caller says "yesterday" for
     * yesterday, and "last Wednesday" on a Thursday means the week before (own unseen set, 1 Dec: a Sandwell school nurse's
     * stage 1 was counted from the day before).
     */
    private static LocalDate lastWeekday(DayOfWeek day, LocalDate today) {
        LocalDate previous = today.with(TemporalAdjusters.previous(day));
        return previous.equals(today.minusDays(1)) ? previous.minusWeeks(1) : previous;
    }

    /** The latest day with this day of the month not after today, this month or one of the two before. */
    private static LocalDate latestDayOfMonthNotAfter(int dayOfMonth, LocalDate today) {
        for (int back = 0; back <= 2; back++) {
            LocalDate month = today.minusMonths(back);
            if (dayOfMonth >= 1 && dayOfMonth <= month.lengthOfMonth()) {
                LocalDate date = month.withDayOfMonth(dayOfMonth);
                if (!date.isAfter(today)) {
                    return date;
                }
            }
        }
        return null;
    }

    private static boolean nearBirth(String text, int at) {
        Matcher m = BIRTH.matcher(text);
        m.region(Math.max(0, at - 20), at);
        return m.find();
    }

    private static LocalDate dated(int day, Month month, String year, LocalDate today) {
        return year == null ? latestNotAfter(day, month.getValue(), today) : LocalDate.of(Integer.parseInt(year), month, day);
    }

    private static LocalDate latestNotAfter(int day, int month, LocalDate today) {
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return date.isAfter(today) ? LocalDate.of(today.getYear() - 1, month, day) : date;
    }

    private static int fullYear(String year) {
        int y = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + y : y;
    }

    private static Month month(String word) {
        String w = word.equals("febuary") ? "feb" : word;
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new DateTimeException("no month " + word);
    }

    private static DayOfWeek dayOfWeek(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) {
                return d;
            }
        }
        throw new DateTimeException("no weekday " + word);
    }
}
