package uk.mashline.dialogue;


import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short answers a guided flow asks for: a menu digit, yes or no, a stage, a date.
 * Written for texting and speech: "2", "stage two", "yeah", "14/3", "yesterday".
 */
public final class AnswerParser {

    /** The keypad and clarifying menu: position = digit; 0 is a person. */
    public static final List<Route> MENU = List.of(Route.HUMAN_HANDOFF, Route.IMMEDIATE_RISK, Route.REPORT_CONCERN,
            Route.EARLY_HELP, Route.CONSULTATION, Route.ESCALATION, Route.CONSENT_INFO_SHARING, Route.COMPLAINT);

    private static final Pattern DIGIT = Pattern.compile("^\\s*(?:option|press|number|no\\.?)?\\s*(\\d)\\s*[.)!]*\\s*$");
    private static final Pattern YES = Pattern.compile(
            "^\\s*(y|yes|yeah|yea|yep|yup|ya|aye|sure|correct|done|already|we have|i have|i did|we did|it has|"
                    + "yes .*|yeah .*|yep .*|we have .*|i have .*|i've .*|ive .*|already .*|it has .*)[.!]*\\s*$");
    private static final Pattern NO = Pattern.compile(
            "^\\s*(n|no|nope|nah|not yet|no not yet|not really|never|haven'?t|have not|we haven'?t|i haven'?t|"
                    + "no .*|nope .*|not yet .*|nah .*|haven'?t .*|i haven'?t .*|we haven'?t .*|not .*)[.!]*\\s*$");
    /** A day of the month alone, with its ordinal ending: "16th", "on the 3rd". */
    private static final Pattern BARE_DAY = Pattern.compile(
            "^\\s*(?:it was |raised |sent |on )?(?:the )?([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\s*[.!]*\\s*$");
    // "3 days ago" to "which stage?" is when, not stage 3 (flows 9, A29: taken for stage 3 raised three days ago)
    private static final Pattern STAGE = Pattern.compile("(?:stage|level|step)?\\s*\\b([0-9]|zero|one|two|three|four|five|six"
            + "|first|second|third|fourth|fifth|sixth)\\b(?!\\s*(?:(?:days?|weeks?|wks?|months?|hours?|hrs?|years?|yrs?)\\b"
            + "|/|[.:]\\d|(?:st|nd|rd|th)\\b))");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six");
    private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2,4}))?\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WORD_DATE = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+([a-z]{3,9})(?:\\s+(\\d{4}))?\\b");

    public Optional<Route> menuChoice(String text) {
        Matcher m = DIGIT.matcher(lower(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int digit = Integer.parseInt(m.group(1));
        return digit < MENU.size() ? Optional.of(MENU.get(digit)) : Optional.empty();
    }

    public Optional<Boolean> yesNo(String text) {
        String t = lower(text);
        if (NO.matcher(t).matches()) {
            return Optional.of(false);
        }
        return YES.matcher(t).matches() ? Optional.of(true) : Optional.empty();
    }

    /** The stage reached, 0 meaning only the initial discussion; empty if none is named or it is out of range. */
    public Optional<Integer> stage(String text, int stages) {
        String t = lower(text);
        if (t.matches(".*\\b(none|not yet|initial|only (the )?(discussion|conversation)|haven'?t started)\\b.*")) {
            return Optional.of(0);
        }
        Matcher m = STAGE.matcher(t);
        while (m.find()) {
            int value = toNumber(m.group(1));
            if (value >= 0 && value <= stages) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A date in the past or today, as people write one; empty if none can be read or it is in the future. */
    public Optional<LocalDate> date(String text, LocalDate today) {
        String t = lower(text);
        Optional<LocalDate> date = readDate(t, today);
        return date.filter(d -> !d.isAfter(today));
    }

    private Optional<LocalDate> readDate(String t, LocalDate today) {
        if (t.contains("today")) {
            return Optional.of(today);
        }
        if (t.contains("yesterday")) {
            return Optional.of(today.minusDays(1));
        }
        try {
            Matcher iso = ISO_DATE.matcher(t);
            if (iso.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher numeric = NUMERIC_DATE.matcher(t);
            if (numeric.find()) {
                int year = numeric.group(3) == null ? today.getYear() : fullYear(Integer.parseInt(numeric.group(3)));
                return Optional.of(latestNotAfter(LocalDate.of(year, Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1))), numeric.group(3) == null, today));
            }
            Matcher words = WORD_DATE.matcher(t);
            while (words.find()) {
                Optional<Month> month = month(words.group(2));
                if (month.isPresent()) {
                    int year = words.group(3) == null ? today.getYear() : Integer.parseInt(words.group(3));
                    return Optional.of(latestNotAfter(LocalDate.of(year, month.get(), Integer.parseInt(words.group(1))),
                            words.group(3) == null, today));
                }
            }
            // "16th", "the 16th", "on the 16th" to "on what date?": the latest 16th that is not in the future
            Matcher day = BARE_DAY.matcher(t);
            if (day.matches()) {
                int dayOfMonth = Integer.parseInt(day.group(1));
                for (LocalDate month = today.withDayOfMonth(1); month.isAfter(today.minusMonths(3)); month = month.minusMonths(1)) {
                    if (dayOfMonth <= month.lengthOfMonth() && !month.withDayOfMonth(dayOfMonth).isAfter(today)) {
                        return Optional.of(month.withDayOfMonth(dayOfMonth));
                    }
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    // "14/3" in January means last March, not a date in the future
    private static LocalDate latestNotAfter(LocalDate date, boolean yearGuessed, LocalDate today) {
        return yearGuessed && date.isAfter(today) ? date.minusYears(1) : date;
    }

    private static int fullYear(int year) {
        return year < 100 ? 2000 + year : year;
    }

    private static Optional<Month> month(String word) {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.UK);
            if (word.length() >= 3 && name.startsWith(word)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static int toNumber(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return Integer.parseInt(token);
        }
        int word = NUMBER_WORDS.indexOf(token);
        return word >= 0 ? word : ORDINALS.indexOf(token);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).trim();
    }
}
