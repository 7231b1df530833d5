package uk.mashline.nlu.slots;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the escalation stage reached from normalised text: "stage 2", "stage two", "the second stage",
 * "2nd stage", "step 3". "Level two" is a stage only when the message is not about levels of need
 * ("is this level 3 on the threshold document?"). With several stages named ("stage 1 got nowhere,
 * now at stage 2") the highest is the one reached, leaving out a stage just asked about ("stage 3
 * went in yesterday, when does stage 4 kick in?" is at stage 3) unless no other is named ("what is stage 2").
 * "Only the initial discussion" (stage 0) is wording, in the phrase rules. Public for the dialogue, which reads the stage
 * a "done" phrase names with it (DirectQuestions#saysStageDone), so a stage number is read in one place.
 */
public final class StageReader {

    static final int HIGHEST = 9;

    private static final String NUM = "(" + NumberWords.CARDINAL + "|" + NumberWords.ORDINAL + ")";
    // "stage2" typed without the space too (flows 8 probe, R05: the date was asked for, then which stage)
    // "stage 1 n 2 went nowhere", "stages 1, 2 and 3 done" (esc helper's leftover, 30th session, E7: stage 1 read): the last
    // number of a list of stages is group 3, the highest of them
    private static final Pattern STAGE = Pattern.compile(
            "\\b(?:stage|stages|step) ?" + NUM + "(?:(?: ?,| and| n| &| ?\\+)(?: stage)? (" + NumberWords.CARDINAL + "))*\\b|\\b"
                    + "(" + NumberWords.ORDINAL + ")" + " (?:stage|step of (?:the )?escalation)\\b");
    private static final Pattern LEVEL = Pattern.compile("\\blevel " + NUM + "\\b|\\b"
            + "(" + NumberWords.ORDINAL + ")" + " level\\b");
    private static final Pattern NEED = Pattern.compile(
            "\\b(?:need|needs|threshold|thresholds|continuum|tier|levels|level of|early help|meet|meets|universal|emerging"
                    + "|complex|specialist|targeted|or level|or a level|pip|paygrade|grade|exam|gcse|a level|english|maths"
                    + "|reading|water|noise|risk level|level of risk"
                    // "the step down to level 2", "downgraded to level 2" (esc helper's second set, 21st session: a Medway
                    // health visitor's team manager was counted at stage 2): a child moved between levels of need
                    + "|step(?:ped|ping|s)? (?:\\w+ ){0,3}?(?:down|up)|down ?grad\\w*|up ?grad\\w*|down to"
                    // "rang the sw yest re closing the case at level 3" (esc helper's unseen set, 23rd session: counted at
                    // stage 3): a case, child or family held at a level, or a "level 3 case", is a level of need
                    + "|(?:case|cases|child|children|family|families|referral|plan) (?:\\w+ ){0,3}?at level"
                    + "|level (?:[1-4]|one|two|three|four) (?:case|cases|child|children|family|families|support|plan|work))\\b");
    // a question word just before the stage: "when does stage 4 kick in", "what happens at stage 3" (lead's probe, 1 Dec:
    // a designated nurse at stage 3 was given stage 4's due date counted from the day she raised stage 3). Only the 20
    // characters before it are read, as the normaliser may have dropped the comma that ends a clause ("who do i go to at
    // stage 2 we did stage 1 on monday" is at stage 1)
    // "can i escalate this to stage 2 now?", "should we go to stage 3" (esc helper's unseen set, 18th session: a Sandwell DSL
    // whose team manager had not replied was counted at stage 2 from the day the social worker said no): asking whether
    // to go to a stage is asking about it, read over the 25 characters before it
    private static final Pattern ASKED_BEFORE = Pattern.compile(
            "\\b(?:when|what|whats|how|who|whos|which|is there|does|do i|will|(?:can|could|should|shall|may|do) (?:i|we)"
                    + "|is it ok to|am i allowed to|are we allowed to)\\b[^.,;!?]{0,25}$");
    // whether to go to the stage, the only kind of asking that says it is not reached: "when is stage 2 due if i raised it
    // on 24/11" asks about a stage raised
    private static final Pattern ASKED_TO_GO = Pattern.compile(
            "\\b(?:(?:can|could|should|shall|may|do) (?:i|we)|is it ok to|am i allowed to|are we allowed to)\\b[^.,;!?]{0,25}$"
                    // "what is stage one and when is it due" (esc helper's second set, 20th session: counted from the talk's
                    // day as if stage 1 were reached): the stage asked what it is, right before its name
                    + "|\\b(?:what is|whats|what s|explain|describe|tell me) $");
    // "complaint stage 2" is a stage of the complaints procedure, not of the escalation policy
    private static final Pattern COMPLAINT = Pattern.compile("\\bcomplain\\w*\\b");

    private StageReader() {
    }

    /** The stage reached that {@code normalised} (lower-case) text names, if any. */
    public static OptionalInt read(String normalised) {
        // cheap tests first: every match of STAGE holds "stage" or "step", every match of LEVEL "level"
        if (normalised.contains("complain") && COMPLAINT.matcher(normalised).find()) {
            return OptionalInt.empty();
        }
        int highest = normalised.contains("stage") || normalised.contains("step")
                ? highestStated(normalised) : -1;
        if (highest < 0 && normalised.contains("level") && !NEED.matcher(normalised).find()) {
            highest = highest(LEVEL.matcher(normalised), -1);
        }
        return highest < 0 ? OptionalInt.empty() : OptionalInt.of(highest);
    }

    /** The highest stage named outside a question about it, or failing that the highest named at all. */
    private static int highestStated(String normalised) {
        Matcher m = STAGE.matcher(normalised);
        int stated = -1;
        int any = -1;
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            int value = NumberWords.value(number);
            if (m.group(2) != null) {
                value = Math.max(value, NumberWords.value(m.group(2)));
            }
            if (value < 0 || value > HIGHEST) {
                continue;
            }
            any = Math.max(any, value);
            if (!ASKED_BEFORE.matcher(normalised.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                stated = Math.max(stated, value);
            }
        }
        return stated >= 0 ? stated : any;
    }

    /** Whether every stage {@code normalised} names is one the caller asks whether to go to ("can i escalate to stage 2?"). */
    static boolean onlyAsked(String normalised) {
        if (!normalised.contains("stage") && !normalised.contains("step")) {
            return false;
        }
        Matcher m = STAGE.matcher(normalised);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!ASKED_TO_GO.matcher(normalised.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                return false;
            }
        }
        return any;
    }

    /** Whether the words just before {@code at} ask whether to go to a stage ("can i escalate this to ..."). */
    static boolean askedToGo(String text, int at) {
        return ASKED_TO_GO.matcher(text.substring(Math.max(0, at - 25), at)).find();
    }

    private static int highest(Matcher m, int start) {
        int highest = start;
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            int value = NumberWords.value(number);
            if (value >= 0 && value <= HIGHEST) {
                highest = Math.max(highest, value);
            }
        }
        return highest;
    }
}
