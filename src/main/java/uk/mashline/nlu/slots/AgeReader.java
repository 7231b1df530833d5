package uk.mashline.nlu.slots;

import uk.mashline.nlu.Candidates;
import uk.mashline.nlu.PatternPrefilter;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the child's age in whole years from normalised text: "my 5yo", "a 14 year old", "she is 7",
 * "aged 14", "my son (14)", "8 month old baby" (0). A writer giving their own age ("i am 12") is
 * the child only when under 18: "i am 30" is an adult writing. "12 weeks" or "at 3 pm" are not ages.
 * The first age in the text wins.
 */
final class AgeReader {

    static final int OLDEST = 25;
    static final int OLDEST_CHILD = 17;

    private static final String NUM = "(" + NumberWords.CARDINAL + ")";
    private static final String NOT_UNIT = "(?! (?:weeks?|months?|days?|minutes?|mins?|hours?|hrs?|miles?|pm|am|o clock"
            + "|percent|times|pounds|quid|stone|kg|foot|feet|inches|cm|of|or|and a half|children|kids|boys|girls|weeks pregnant"
            + "|x|th|st|nd|rd)\\b)";
    private static final String CHILD_NOUN = "(?:he|she|they|son|daughter|child|baby|boy|girl|brother|sister|children"
            + "|twins|niece|nephew|grandson|granddaughter|pupil|student|toddler|teenager|teen|young person|cousin"
            + "|stepson|stepdaughter|step son|step daughter|one|eldest|youngest)";

    private static final Pattern YEARS_OLD = Pattern.compile(
            "\\b" + NUM + " ?(?:year|years|yr|yrs|yer) ?old\\b|\\b(\\d{1,2}) ?(?:yo|y o|yro)\\b");
    private static final Pattern BABY_OLD = Pattern.compile(
            "\\b" + NUM + " ?(?:month|months|mth|mths|mnth|mnths|mo|week|weeks|wk|wks|day|days) old\\b"
                    + "|\\b(?:newborn|new born|unborn)\\b");
    private static final Pattern AGED = Pattern.compile(
            "\\b(?:aged|age|is aged|are aged|turned|turning|who is|who are|just turned)\\s+" + NUM + "\\b" + NOT_UNIT);
    private static final Pattern IS_AGE = Pattern.compile(
            "\\b" + CHILD_NOUN + " (?:is|are|was|were|has just turned|just turned|turns) (?:only |just |nearly |almost |about"
                    // "hes like 8", "shes bout 6" (lead, 27th session: "hes like 8" after a worry got the 999 reply)
                    + " |around |roughly |barely |like |like about |bout |abt |prob |probably |maybe |approx )?" + NUM
                    + "\\b" + NOT_UNIT);
    private static final Pattern NOUN_AGE = Pattern.compile(
            "\\b(?:son|daughter|child|boy|girl|grandson|granddaughter|niece|nephew|pupil|student|toddler|stepson"
                    + "|stepdaughter) (\\d{1,2})\\b" + NOT_UNIT);
    private static final Pattern SELF_AGE = Pattern.compile(
            "\\bi am (?:only |just |nearly |almost )?" + NUM + "\\b" + NOT_UNIT);

    private static final Pattern[] IN_ORDER = {YEARS_OLD, AGED, IS_AGE, NOUN_AGE, SELF_AGE};
    // Cheap tests first: most messages name no age, and each pattern would otherwise be tried at every position.
    // YEARS_OLD and BABY_OLD start with a number (digits or words), which the prefilter cannot read; their own
    // gates are the words every match holds ("old", "born") or a digit ("14yo").
    private static final PatternPrefilter PREFILTER = new PatternPrefilter(List.of(IN_ORDER));

    private AgeReader() {
    }

    static OptionalInt read(String normalised) {
        int bestAt = Integer.MAX_VALUE;
        int best = -1;
        boolean old = normalised.contains("old");
        Matcher m;
        if ((old || normalised.contains("born")) && (m = BABY_OLD.matcher(normalised)).find()) {
            bestAt = m.start();
            best = 0;
        }
        Candidates candidates = PREFILTER.candidates(normalised);
        for (int i = 0; i < IN_ORDER.length; i++) {
            Pattern p = IN_ORDER[i];
            if (!candidates.possible(i) || p == YEARS_OLD && !old && !NumberWords.hasDigit(normalised)) {
                continue;
            }
            m = p.matcher(normalised);
            while (m.find() && m.start() < bestAt) {
                int age = NumberWords.value(m.group(1) != null ? m.group(1) : m.group(m.groupCount()));
                int limit = p == SELF_AGE ? OLDEST_CHILD : OLDEST;
                if (age >= 0 && age <= limit) {
                    bestAt = m.start();
                    best = age;
                    break;
                }
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
