package uk.mashline.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a question asks, read inside an answer already chosen to order its paragraphs ({@value #FILE}): who else to tell,
 * by when, a no from the people named, a child's detail. Words, not facts, so they are data like every other cue.
 */
final class AskedCues {

    static final String FILE = "dialogue/asked.tsv";
    static final String TELL = "tellAsked";
    static final String WHEN = "whenAsked";
    static final String PEOPLE_SAY_NO = "peopleSayNo";
    static final String KNOWN_AS_REPORTER = "knownAsReporter";
    static final String AFTER_THIS_STAGE = "afterThisStage";
    /** "how long do they get at that stage": the case's own stage (esc-45). */
    static final String THIS_STAGE = "thisStageAsked";
    static final String AFTER_STAGE_NAMED = "afterStageNamed";
    static final String LAST_STAGE_SAID = "lastStageSaid";
    static final String NEXT_ASKED = "nextAsked";
    static final String TOLD = "toldAsked";
    static final String NEXT_DAY = "nextDayAsked";
    static final String AFTER = "afterAsked";
    static final String REFERRAL_SAID = "referralSaid";
    static final String ACKNOWLEDGED = "acknowledgedAsked";
    static final String EVERY_RATING = "everyRatingAsked";
    static final String IN_WRITING = "inWritingAsked";
    static final String PHONED = "phonedSaid";
    static final String MADE_TODAY = "madeTodaySaid";
    static final String CHILDCARE_NAMED = "childcareNamed";
    static final String NEXT_WORD = "nextWordSaid";
    /** "even with the bank holidays?": whether a due date left bank holidays and weekends out (esc-48). */
    static final String HOLIDAYS = "holidaysAsked";
    /** The team an hours question asks of is the early help team (facts-40; moved from ContextQuestions by debt-49). */
    static final String EARLY_HELP_ASKED = "earlyHelpAsked";
    /** Early help named in a family's question about a visit: support they agree to (moved by debt-49). */
    static final String EARLY_HELP_NAMED = "earlyHelpNamed";
    /** "i dont want to get my sister in trouble": an adult worried for the family they would report (moved by debt-49). */
    static final String TROUBLE_NOT_WANTED = "troubleNotWanted";
    /** Crimestoppers named in an anonymity question (facts-47; moved by debt-49). */
    static final String CRIMESTOPPERS_NAMED = "crimestoppersNamed";
    /** "can i take it higher", "still disagree": a route of the policy's own not settled at the level told (esc-49). */
    static final String HIGHER = "higherAsked";
    /** care-50: the council's own complaints process already gone through ("we've had the final response letter"). */
    static final String COMPLAINT_DONE = "complaintDoneSaid";
    // debt-50: moved from Java literals of the classes named (asked.tsv says what each reads)
    /** A referral, not a worry, is what would be emailed (ContextQuestions). */
    static final String REFERRAL_NAMED = "referralNamed";
    static final String EMAIL = "emailAsked";
    static final String TEXTING = "textingAsked";
    static final String SECURE = "secureAsked";
    static final String FORM = "formAsked";
    /** Who is above the council's complaints (ComplaintAdvisor). */
    static final String ABOVE = "aboveAsked";
    /** "when", "if": when harm happens, not where anyone is now (DisclosureAdvisor). */
    static final String WHEN_HARM = "whenHarmSaid";
    /** A stage by its number, the number its first group (StageTakenTo, DirectQuestions). */
    static final String STAGE_NUMBER = "stageNumber";
    /** A stage still to be raised, its number the first group (StageTakenTo). */
    static final String PLANNED_STAGE = "stagePlanned";
    static final String TAKEN_NOW = "takenNowSaid";
    /** The people after "after", "above", the first group (DirectQuestions). */
    static final String AFTER_PEOPLE = "afterPeopleAsked";
    static final String WHICH_STAGE = "whichStageAsked";
    static final String ASKS_LEAVE = "leaveAsked";
    /** Early help named in a practitioner's consent question (ConsentAdvisor). */
    static final String EARLY_HELP_CONSENT = "earlyHelpConsentAsked";
    /** This message tells of a stage's meeting (EscalationAdvisor). */
    static final String MEETING_TOLD = "meetingTold";
    /** A question mark or a question word first (EscalationAdvisor). */
    static final String QUESTION = "questionAsked";
    /** "my", "our" in the words signed first (CallerRoleDetector). */
    static final String OWN_WORDS = "ownWordsSigned";
    /** A word of the writer's own, I to ourselves (CallerRoleDetector). */
    static final String FIRST_PERSON = "firstPersonSaid";
    /** "not sure" to "is the child safe now?" (Conversation). */
    static final String UNSURE = "unsureSaid";
    private static final String DETAIL = "detail.";

    private static final List<PatternFile.Labelled> LINES = PatternFile.labelledFromClasspath(FILE);

    private AskedCues() {
    }

    /** Whether {@code text} (any case) asks what {@code label} names. */
    static boolean asks(String label, String text) {
        return foundIn(label, PatternFile.cueText(text));
    }

    /**
     * Whether {@code typed}, already lower case as its reader prepares it (some keep curly apostrophes, some spell out
     * shorthand), holds what {@code label} names: the same text each cue read when it was a Java literal.
     */
    static boolean foundIn(String label, String typed) {
        return PatternFile.Labelled.anyFound(LINES, label, typed);
    }

    /**
     * The one regex labelled {@code label}, for what its groups read (a stage's number, the people named); fails when the
     * file has none or several, so a reader's constant fails as its class loads.
     */
    static Pattern pattern(String label) {
        List<PatternFile.Labelled> named = LINES.stream().filter(l -> l.label().equals(label)).toList();
        if (named.size() != 1) {
            throw new IllegalStateException(FILE + ": expected one line labelled " + label + ", found " + named.size());
        }
        return named.get(0).pattern();
    }

    /** The word a document's list of questions uses for the detail {@code text} asks about ("birth"), if it asks one. */
    static Optional<String> detailAsked(String text) {
        String t = PatternFile.cueText(text);
        return LINES.stream().filter(l -> l.label().startsWith(DETAIL) && l.foundIn(t)).findFirst()
                .map(l -> l.label().substring(DETAIL.length()));
    }
}
