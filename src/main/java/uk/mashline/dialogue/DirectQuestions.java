package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.nlu.Slots;
import uk.mashline.nlu.slots.StageReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions a duty worker answers straight from the document, whatever the conversation is in the middle of:
 * "what is stage 2?", "when is stage 3 due?", "what is a MARF?". They ask about the policy, not about the
 * caller's own case, so the answer leaves the case's facts (its stage, its date) as they were. The phrases are
 * data ({@code dialogue/questions.tsv}); the facts are the partnership's, with their sources.
 */
public final class DirectQuestions {

    public static final String DEFAULT_FILE = "dialogue/questions.tsv";
    /** The "who do i contact?" cues (label {@code contact} of {@link #CONTACT_FILE}), tried after every other kind. */
    public static final String CONTACT_FILE = "dialogue/asks-contact.tsv";

    /** What a message asks, when it is one of these questions. */
    /**
     * WAITING: a timescale or "which stage am i at" asked while the escalation's question waits (answered as STAGE);
     * RECORD: "do i need to fill in a form" inside an escalation ({@link RecordAnswer}); PAST_DUE: "is it overdue now?" after a
     * dated stage's answer ({@link PastDueAnswer}).
     */
    public enum Kind { STAGE, TERM, CHALLENGE, OVERDUE, CONTACT, TOLD, WAITING, RECORD, SAY, PAST_DUE }

    private static final String NOT_STAGE = "notStage";
    private static final String NEXT_STAGE = "nextStage";
    private static final String KNOWN_TERM = "knownTerm";
    private static final String STAGE_DONE = "stageDone";
    private static final String UNCHANGED = "unchanged";
    private static final String TALKED = "talked";
    private static final String NOT_TERM = "notTerm";
    private static final String TERM_LATE = "termLate";
    private static final String AFTER_THAT = "afterThat";
    private static final String ASIDE = "aside";
    private static final String ASIDE_FURTHER = "asideFurther";
    private static final String ASIDE_YES_NO = "asideYesNo";
    private static final String ASIDE_STANDING = "asideStanding";
    private static final String ASIDE_WHO = "asideWho";
    /** "where can i read the escalation policy" while "have you talked it through?" waits: where it is published. */
    private static final String ASIDE_POLICY = "asidePolicy";
    /** A time asked about ("how long", "deadline"): label {@code asksTime}. */
    private static final String ASKS_TIME = "asksTime";
    /** "so no deadline at all?": a time limit asked after as missing (label {@code noTimeAsked}, {@link SilentDeadline}). */
    static final String NO_TIME_ASKED = "noTimeAsked";
    /** The escalation policy itself asked for after an answer ({@link ContactsAgain}): label {@code policyAsked}. */
    static final String POLICY_ASKED = "policyAsked";
    /** A stage's time asked by its people or as the one before; the one before; going straight to a stage's people. */
    private static final String STAGE_TIME = "stageTime";
    private static final String BEFORE_THAT = "beforeThat";
    private static final String SKIP_TO = "skipTo";
    private static final String ABOUT_PEOPLE = "aboutPeople";
    private static final String PEOPLE_ONLY = "peopleOnly";
    /** A relative asking in their first words whether they may disagree at all: label {@code standingAsked}. */
    private static final String STANDING_ASKED = "standingAsked";
    /** "can a school nurse use the process", "is it just for managers": who may use it, asked (label {@code whoMay}). */
    private static final String WHO_MAY = "whoMay";
    /** "can i challenge it myself", "am i allowed to escalate it": whether the writer may (label {@code mayChallenge}). */
    private static final String MAY_CHALLENGE = "mayChallenge";
    /** "right so wednesday then?" after a dated answer: the due day said back (label {@code checkBack}). */
    private static final String CHECK_BACK = "checkBack";
    /** "the chair had the meeting on thurs 3rd": the stage's meeting held, whose day dates the outcome (label {@code meetingHeld}). */
    private static final String MEETING_HELD = "meetingHeld";
    /** esc-44: "how long till we get the outcome back": the time a decision on a contact takes, asked (label {@code outcomeTime}). */
    private static final String OUTCOME_TIME = "outcomeTime";
    /** esc-46: "what if shes at risk in the meantime" after an escalation answer (label {@code riskMeantime}). */
    private static final String RISK_MEANTIME = "riskMeantime";
    /** The wording key's ending for "early help": its general meaning is the family-support answer's. */
    private static final String EARLY_HELP = "early help";
    private static final String EARLY_HELP_TERM = "." + EARLY_HELP.replace(' ', '_');
    private static final String CONTACT_LABEL = "contact";
    private static final String INSIDE_LABEL = "inside";
    private static final String EMAIL_LABEL = "email";
    private static final String NUMBER_LABEL = "number";
    /** "who is that", "who are they": the people of the stage the case is at, asked after an answer. */
    private static final String PEOPLE_LABEL = "people";
    /** "whats the number" while the escalation's question waits: the contact's number ({@code number} cues). */
    private static final List<Pattern> ASKS_NUMBER = contactCues(CONTACT_FILE, NUMBER_LABEL).stream()
            .map(PatternFile.Labelled::pattern).toList();
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /**
     * "who heads that?", "who is the head of service there": the person holding a stage's role asked for by name (label
     * {@code holder}): the stage's people, that the document names roles and not the people in them, and its contact.
     */
    private static final String HOLDER_LABEL = "holder";
    private static final List<Pattern> ASKS_HOLDER = contactCues(CONTACT_FILE, HOLDER_LABEL).stream()
            .map(PatternFile.Labelled::pattern).toList();
    /** "how do i go about that" after an answer (label {@code how}): whom to take the stage just named to, then the contact. */
    private static final String HOW_LABEL = "how";
    private static final List<Pattern> ASKS_HOW = contactCues(CONTACT_FILE, HOW_LABEL).stream()
            .map(PatternFile.Labelled::pattern).toList();
    private static final List<Pattern> ASKS_PEOPLE = java.util.stream.Stream.concat(
            contactCues(CONTACT_FILE, PEOPLE_LABEL).stream().map(PatternFile.Labelled::pattern), ASKS_HOLDER.stream())
            .toList();
    /** "who exactly do i email": an address asked for (label {@code email} of {@link #CONTACT_FILE}). */
    private static final List<Pattern> ASKS_EMAIL = contactCues(CONTACT_FILE, EMAIL_LABEL).stream()
            .map(PatternFile.Labelled::pattern).toList();

    private record Cue(Kind kind, GatedPattern pattern) {
    }

    private final List<Cue> cues;
    /** Words that make a message about a stage the caller's own case ("escalated to stage 2"). */
    private final List<GatedPattern> ownCase;
    /** "When is the next stage due?": the stage after the one the case has reached (stage 1 before any). */
    private final List<GatedPattern> next;
    /** "then what", "and after that?": the stage after the last one named, not that one again (label afterThat). */
    private final List<Pattern> afterThat;
    /** A question of the caller's own while "have you talked it through?" waits (labels aside and asideFurther). */
    private final List<Pattern> aside;
    private final List<Pattern> asideFurther;
    private final List<Pattern> asideYesNo;
    /** "can i do that even tho im not his mum or dad" while it waits: whether a relative may disagree (asideStanding). */
    private final List<Pattern> asideStanding;
    private final List<Pattern> asideWho;
    /** Safeguarding terms a document may be silent on ("s47"): said to be unexplained, not left to the model. */
    private final List<Pattern> knownTerms;
    /** The {@code term} cues again, to read the term asked about (their group 1). */
    private final List<Pattern> termAsked;
    /**
     * A term asked at the end of a longer message: "school said we should get early help. what is early help" (group 1,
     * the term) or "got a letter about a strategy meeting, what does that mean" (no group: the last known term before).
     */
    private final List<Pattern> termLate;
    /** Words that make a term question a question about a fact of the service ("what is the mash number"). */
    private final List<Pattern> notTerm;
    /** "ive already done stage 1": the stage named is behind the caller. */
    private final List<GatedPattern> stageDone;
    /** "i spoke to the social worker, she wouldnt change it": the first discussion was had, and nothing more. */
    private final List<GatedPattern> unchanged;
    private final List<GatedPattern> talked;
    private final List<Pattern> asidePolicy;
    private final List<GatedPattern> asksTime;
    private final List<GatedPattern> noTimeAsked;
    private final List<GatedPattern> stageTime;
    private final List<GatedPattern> beforeThat;
    private final List<GatedPattern> skipTo;
    private final List<GatedPattern> aboutPeople;
    private final List<GatedPattern> peopleOnly;
    private final List<GatedPattern> standingAsked;
    private final List<GatedPattern> whoMay;
    private final List<GatedPattern> mayChallenge;
    private final List<GatedPattern> checkBack;
    private final List<GatedPattern> meetingHeld;
    private final List<GatedPattern> outcomeTime;
    private final List<GatedPattern> riskMeantime;
    private final Wording wording;
    private final StageWording stages;
    private final RecordAnswer record;
    private final SilentDeadline silentDeadline;
    /** "what about the panel?": a stage's people by the last word of their name, built once for each policy. */
    private final LastWordHolders lastWords = new LastWordHolders();
    /** The national line given where a document is silent on a term; null in tests that need none. */
    private final NationalHelp national;

    public DirectQuestions(List<PatternFile.Labelled> lines, Wording wording) {
        this(lines, wording, null);
    }

    public DirectQuestions(List<PatternFile.Labelled> lines, Wording wording, NationalHelp national) {
        this.national = national;
        // the labels that are no kind of question: cues read for their own purpose below
        java.util.Set<String> notKinds = java.util.Set.of(NOT_STAGE, NEXT_STAGE, KNOWN_TERM, STAGE_DONE, UNCHANGED, TALKED,
                AFTER_THAT, ASIDE, ASIDE_FURTHER, ASIDE_YES_NO, ASIDE_STANDING, ASIDE_WHO, ASIDE_POLICY, NOT_TERM, TERM_LATE,
                ASKS_TIME, NO_TIME_ASKED, POLICY_ASKED, STAGE_TIME, BEFORE_THAT, SKIP_TO, ABOUT_PEOPLE, PEOPLE_ONLY, STANDING_ASKED, WHO_MAY, MAY_CHALLENGE, CHECK_BACK,
                MEETING_HELD, OUTCOME_TIME, RISK_MEANTIME);
        this.cues = lines.stream().filter(l -> !notKinds.contains(l.label()))
                .map(l -> new Cue(Kind.valueOf(l.label().toUpperCase(Locale.ROOT)), l.gated())).toList();
        this.stageDone = lines.stream().filter(l -> l.label().equals(STAGE_DONE)).map(PatternFile.Labelled::gated)
                .toList();
        this.unchanged = lines.stream().filter(l -> l.label().equals(UNCHANGED)).map(PatternFile.Labelled::gated)
                .toList();
        this.talked = lines.stream().filter(l -> l.label().equals(TALKED)).map(PatternFile.Labelled::gated).toList();
        this.knownTerms = lines.stream().filter(l -> l.label().equals(KNOWN_TERM)).map(PatternFile.Labelled::pattern)
                .toList();
        this.termAsked = lines.stream().filter(l -> l.label().equals("term")).map(PatternFile.Labelled::pattern).toList();
        this.notTerm = lines.stream().filter(l -> l.label().equals(NOT_TERM)).map(PatternFile.Labelled::pattern).toList();
        this.termLate = lines.stream().filter(l -> l.label().equals(TERM_LATE)).map(PatternFile.Labelled::pattern).toList();
        this.ownCase = lines.stream().filter(l -> l.label().equals(NOT_STAGE)).map(PatternFile.Labelled::gated)
                .toList();
        this.next = lines.stream().filter(l -> l.label().equals(NEXT_STAGE)).map(PatternFile.Labelled::gated)
                .toList();
        this.afterThat = lines.stream().filter(l -> l.label().equals(AFTER_THAT)).map(PatternFile.Labelled::pattern)
                .toList();
        this.aside = lines.stream().filter(l -> l.label().equals(ASIDE)).map(PatternFile.Labelled::pattern).toList();
        this.asideFurther = lines.stream().filter(l -> l.label().equals(ASIDE_FURTHER)).map(PatternFile.Labelled::pattern)
                .toList();
        this.asideYesNo = lines.stream().filter(l -> l.label().equals(ASIDE_YES_NO)).map(PatternFile.Labelled::pattern)
                .toList();
        this.asideStanding = lines.stream().filter(l -> l.label().equals(ASIDE_STANDING))
                .map(PatternFile.Labelled::pattern).toList();
        this.asideWho = lines.stream().filter(l -> l.label().equals(ASIDE_WHO)).map(PatternFile.Labelled::pattern)
                .toList();
        this.asidePolicy = lines.stream().filter(l -> l.label().equals(ASIDE_POLICY)).map(PatternFile.Labelled::pattern)
                .toList();
        this.asksTime = labelled(lines, ASKS_TIME);
        this.noTimeAsked = labelled(lines, NO_TIME_ASKED);
        this.stageTime = labelled(lines, STAGE_TIME);
        this.beforeThat = labelled(lines, BEFORE_THAT);
        this.skipTo = labelled(lines, SKIP_TO);
        this.aboutPeople = labelled(lines, ABOUT_PEOPLE);
        this.peopleOnly = labelled(lines, PEOPLE_ONLY);
        this.standingAsked = labelled(lines, STANDING_ASKED);
        this.whoMay = labelled(lines, WHO_MAY);
        this.mayChallenge = labelled(lines, MAY_CHALLENGE);
        this.checkBack = labelled(lines, CHECK_BACK);
        this.meetingHeld = labelled(lines, MEETING_HELD);
        this.outcomeTime = labelled(lines, OUTCOME_TIME);
        this.riskMeantime = labelled(lines, RISK_MEANTIME);
        this.wording = wording;
        this.stages = new StageWording(wording);
        this.record = new RecordAnswer(wording);
        this.silentDeadline = new SilentDeadline(wording);
    }

    // perf-47: gated, as every other cue list here is - each asked with a whole search of the message (no guards, no
    // literal prefilter), the meeting-held question alone was a twentieth of a turn's thread (JFR under TurnCpuBench);
    // GatedPattern.foundIn finds what find() finds
    private static List<GatedPattern> labelled(List<PatternFile.Labelled> lines, String label) {
        return lines.stream().filter(l -> l.label().equals(label)).map(PatternFile.Labelled::gated).toList();
    }

    /** The cues of {@code label} in {@value #DEFAULT_FILE}, for a reader elsewhere in the package. */
    static List<Pattern> cues(String label) {
        return PatternFile.labelledFromClasspath(DEFAULT_FILE).stream().filter(l -> l.label().equals(label))
                .map(PatternFile.Labelled::pattern).toList();
    }

    private static boolean anyFound(List<GatedPattern> patterns, String text) {
        for (GatedPattern p : patterns) {
            if (p.foundIn(text)) {
                return true;
            }
        }
        return false;
    }

    public static DirectQuestions fromClasspath(String resource, Wording wording) {
        return fromClasspath(resource, wording, null);
    }

    public static DirectQuestions fromClasspath(String resource, Wording wording, NationalHelp national) {
        List<PatternFile.Labelled> lines = new ArrayList<>(PatternFile.labelledFromClasspath(resource));
        lines.addAll(contactCues(CONTACT_FILE, CONTACT_LABEL));
        contactCues(CONTACT_FILE, HOW_LABEL).forEach(l -> lines.add(new PatternFile.Labelled(CONTACT_LABEL, l.pattern())));
        contactCues(CONTACT_FILE, NUMBER_LABEL).forEach(l -> lines.add(new PatternFile.Labelled(CONTACT_LABEL, l.pattern())));
        contactCues(CONTACT_FILE, PEOPLE_LABEL).forEach(l -> lines.add(new PatternFile.Labelled(CONTACT_LABEL, l.pattern())));
        // "who is the head of service there" before the terms, whose "who is the ..." would take it (esc helper, 30th session)
        List<PatternFile.Labelled> holders = contactCues(CONTACT_FILE, HOLDER_LABEL).stream()
                .map(l -> new PatternFile.Labelled(CONTACT_LABEL, l.pattern())).toList();
        lines.addAll(0, holders);
        return new DirectQuestions(lines, wording, national);
    }

    /** "who do i contact?" inside a longer message (label {@code inside} of {@link #CONTACT_FILE}): the escalation's. */
    public static List<Pattern> contactAskedInside() {
        return contactCues(CONTACT_FILE, INSIDE_LABEL).stream().map(PatternFile.Labelled::pattern).toList();
    }

    private static List<PatternFile.Labelled> contactCues(String resource, String label) {
        List<PatternFile.Labelled> all = PatternFile.labelledFromClasspath(resource);
        List<String> labels = List.of(CONTACT_LABEL, INSIDE_LABEL, EMAIL_LABEL, NUMBER_LABEL, PEOPLE_LABEL, HOLDER_LABEL,
                HOW_LABEL);
        if (all.stream().anyMatch(l -> !labels.contains(l.label()))) {
            throw new IllegalArgumentException(resource + ": labels are " + String.join(", ", labels));
        }
        return all.stream().filter(l -> l.label().equals(label)).toList();
    }

    /** Whether {@code text} says the stage it names is done ("ive already done stage 1", "stage 2 didnt work"). */
    public boolean saysStageDone(String text) {
        String t = PatternFile.cueText(text).strip();
        return stageDone.stream().anyMatch(p -> p.foundIn(t));
    }

    /**
     * Whether {@code text} says stage {@code stage} is done: the stage named in the words that say so, not another named
     * beside them ("stage 1 done no resolution, im going to stage 2 now" is at stage 2, not past it: facts set F35-07, 35th
     * session, got stage 3's due date).
     */
    public boolean saysStageDone(String text, int stage) {
        String t = PatternFile.cueText(text).strip();
        // the stage a "done" phrase names is read as every message's stage is (StageReader: "stage 2", "stage two",
        // "the second stage"), not by a reader of its own
        return stageDone.stream().map(GatedPattern::pattern).map(p -> p.matcher(t)).anyMatch(m -> {
            while (m.find()) {
                if (StageReader.read(m.group()).orElse(-1) == stage) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Whether {@code text} says the first discussion, with the worker who made the decision, left it unchanged ("i spoke
     * to the social worker last tues, she wouldnt change it"): the discussion is all so far, not a stage to ask about.
     */
    public boolean saysOnlyDiscussed(String text) {
        String t = PatternFile.cueText(text).strip();
        return unchanged.stream().anyMatch(p -> p.foundIn(t));
    }

    /**
     * Whether {@code text} tells of a talk with the worker who made the decision and of no one above them ("had a chat
     * with the SW about it"), whether or not it says the talk failed: the talk is all so far.
     */
    public boolean saysTalked(String text) {
        String t = PatternFile.cueText(text).strip();
        return talked.stream().anyMatch(p -> p.foundIn(t));
    }

    /**
     * "Then what", "and after that?": what follows the last stage an answer named, asked in sequence - not "who is next",
     * which asks for the people to go to now (dialogue/questions.tsv, label afterThat).
     */
    public boolean asksAfterThat(String text) {
        String t = PatternFile.cueText(text).strip();
        return PatternFile.anyFound(afterThat, t);
    }

    /** Whether {@code text} asks about a time ("is there a deadline", "how long"), not a stage named ("stage 2"). */
    public boolean asksTimeOnly(String text) {
        String t = PatternFile.cueText(text).strip();
        return anyFound(asksTime, t) && !t.contains("stage");
    }

    /** Whether {@code text} asks for the next stage or step ("whats the next stage after that", "what now"). */
    public boolean asksNext(String text) {
        return namesNext(PatternFile.cueText(text).strip());
    }

    private boolean namesNext(String cueText) {
        return next.stream().anyMatch(p -> p.foundIn(cueText));
    }

    /** "after the directors", "above the service managers": the people named after the word (esc helper, 16th session). */
    private static final Pattern AFTER_PEOPLE = AskedCues.pattern(AskedCues.AFTER_PEOPLE);

    /** The stage whose people {@code t} asks what comes after, by the policy's own names for them. */
    private static Optional<Integer> afterPeople(String t, EscalationPolicy policy) {
        Matcher m = AFTER_PEOPLE.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String people = m.group(1).strip();
        return policy.stages().stream().filter(s -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(s.parties(), s.spokenParties()), s.heldBy().stream())
                .filter(java.util.Objects::nonNull).anyMatch(n -> n.toLowerCase(Locale.UK).contains(people)))
                .map(EscalationStage::number).max(Integer::compare);
    }

    /**
     * The highest stage whose people {@code t} names: the caller's own ("my manager", where the policy says what they do,
     * {@code heldByOwn}) or the other side's ({@code heldBy}, not after "my" or "our").
     */
    static Optional<Integer> heldIn(String t, EscalationPolicy policy) {
        return policy.stages().stream().filter(s -> s.heldByOwn().stream().map(h -> h.toLowerCase(Locale.UK))
                        .anyMatch(h -> Pattern.compile("\\b(?:my|our) " + Pattern.quote(h) + "s?\\b").matcher(t).find())
                        || s.heldBy().stream().map(h -> h.toLowerCase(Locale.UK)).anyMatch(h -> Pattern.compile(
                                "(?<!my )(?<!our )\\b" + Pattern.quote(h) + "s?\\b").matcher(t).find()))
                .map(EscalationStage::number).max(Integer::compare);
    }

    /** The kind of question {@code text} asks, if it is one; a stage named as the caller's own is not. */
    public Optional<Kind> kind(String text) {
        String t = PatternFile.cueText(text).strip();
        Optional<Kind> kind = kind(t, t);
        // "hv - how long does stage 1 take", "dsl: whats stage 2" (esc helper's unseen set, 16th session: the stage's date
        // asked, as if the case were at stage 1): a job signed on before the question, read as the question it asks
        Matcher signed = SIGNED_ON.matcher(t);
        return kind.isPresent() || !signed.find() ? kind : kind(t.substring(signed.end()), t);
    }

    /**
     * The kind {@code text} asks as any other message would, the kinds read only inside an escalation set aside
     * (WAITING, RECORD): "is there a form" outside one is a term to explain, as before they were read.
     */
    public Optional<Kind> kindOutsideAnEscalation(String text) {
        String t = PatternFile.cueText(text).strip();
        Optional<Kind> kind = kind(t, t, true);
        Matcher signed = SIGNED_ON.matcher(t);
        return kind.isPresent() || !signed.find() ? kind : kind(t.substring(signed.end()), t, true);
    }

    /** "hv - ", "school nurse: ": up to three words and a dash or colon before the message proper. */
    private static final Pattern SIGNED_ON = Pattern.compile("^(?:[a-z']+ ){0,2}[a-z']+ ?(?:-|\u2013|:) +");

    /** @param whole the whole message, in which a stage said to be the caller's own makes it no stage question */
    private Optional<Kind> kind(String t, String whole) {
        return kind(t, whole, false);
    }

    private Optional<Kind> kind(String t, String whole, boolean outsideAnEscalation) {
        for (Cue cue : cues) {
            if (outsideAnEscalation && (cue.kind() == Kind.WAITING || cue.kind() == Kind.RECORD)) {
                continue;
            }
            // "whats their email", "who is that": no term to explain, so a later kind may have it (own unseen set, 1 Dec:
            // the escalation's question again, then the menu)
            if (cue.kind() == Kind.TERM && cue.pattern().foundIn(t) && notATerm(t)) {
                continue;
            }
            if (cue.pattern().foundIn(t)
                    && (cue.kind() != Kind.STAGE || ownCase.stream().noneMatch(p -> p.foundIn(whole)))) {
                return Optional.of(cue.kind());
            }
        }
        // a term at the end of a longer message, only when it is one the line knows: every other kind is tried first
        return lateTerm(t).map(term -> Kind.TERM);
    }

    /**
     * The known term a longer message ends by asking about (lead's own set, 25th session: "school said we should get early
     * help for my son's behaviour, what actually is that" got the numbers and no word of what it is; "a letter saying
     * theres going to be a strategy meeting, what does that mean" got the menu), as the caller wrote it.
     */
    private Optional<String> lateTerm(String t) {
        for (Pattern p : termLate) {
            Matcher m = p.matcher(t);
            if (!m.find()) {
                continue;
            }
            Optional<String> term = m.groupCount() >= 1 && m.group(1) != null ? knownTerm(m.group(1).strip())
                    : lastKnownTerm(t.substring(0, m.start()));
            if (term.isPresent()) {
                return term;
            }
        }
        return Optional.empty();
    }

    private Optional<String> lastKnownTerm(String text) {
        int at = -1;
        String last = null;
        for (Pattern p : knownTerms) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    last = m.group().strip();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * "What is stage 2?": the stage as the policy sets it (who, the time limit, the next stage), every stage when
     * none or one the policy lacks was named, or that the document sets none and who to ask.
     *
     * @param keep the conversation state the answer leaves: the case as it was before the question
     * @param kind STAGE, or OVERDUE ("what if they still say no": what comes next)
     */
    public Turn stage(AdviceRequest request, ConversationState keep, Kind kind) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Advice advice = new Advice();
        String t = PatternFile.cueText(request.text());
        // "whats the next stage" once a route of the policy's own was given (the LSCB's joint response): that route's next
        // level, not the numbered stages it does not use (lead's sealed q18, 3 Dec: a police officer got stage 3)
        Optional<uk.mashline.knowledge.EscalationRoute> own = EscalationAdvisor.ownRoute(request);
        if ((kind == Kind.OVERDUE || namesNext(t)) && own.filter(r -> r.next() != null).isPresent()
                && keep.slots().has(EscalationAdvisor.OWN_ROUTE)) {
            return Turn.of(request, UndatedEscalationAnswers.ownRouteNext(wording, own.get()), keep, Route.ESCALATION);
        }
        // "so no deadline at all?" where the document gives none for the case's stage or has no stages (esc-40, kind 3)
        Optional<Advice> silent = silentDeadline.answer(request, keep, anyFound(noTimeAsked, t));
        // lead-43: "is there a time limit for them to get back to me" after the answer for a document with no stages at all
        // (West Sussex, seed 000 line 347; lead-43-a LA03): that it gives no time, first - not the same answer word for word
        if (silent.isEmpty() && policy.stages().isEmpty() && anyFound(asksTime, t)) {
            silent = silentDeadline.whenAsked(request, keep);
        }
        if (silent.isPresent()) {
            return Turn.of(request, silent.get(), keep, Route.ESCALATION);
        }
        if (!StageWording.describesStages(policy)) {
            // "is there a time limit on them reviewing it" where the document numbers stages and gives them no days (North
            // Tyneside; tester's kinds E5, 30th session: the first answer again, no plain word that it gives none)
            if (!policy.stages().isEmpty() && anyFound(asksTime, t)) {
                advice.add(wording.format("escalation.noTimescale", "partnership", request.partnership().name()));
            }
            // esc-43: "what comes after stage 2" where the document numbers no stages at all (West Sussex; own set esc-43-a
            // EW03: the answer before it again): first that it has no stage 2 to go on from, then its contact
            if (policy.stages().isEmpty() && AskedCues.foundIn(AskedCues.STAGE_NUMBER, t)) {
                advice.add(wording.format("escalation.noNumberedStages", "partnership", request.partnership().name()),
                        policy.stagesNotStated().source());
            }
            // after an escalation answer, its "not stated" note would say the same again: where its policy is published, the
            // contact, and the child first
            if (policy.stages().isEmpty() && AskedCues.foundIn(AskedCues.STAGE_NUMBER, t) && keep.dialogue().last() == Route.ESCALATION) {
                advice.add(policy.publishedAt());
                advice.add(policy.pointOfContact());
                advice.add(policy.doNotDelayRule());
                return Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION);
            }
            boolean nextAsked = kind == Kind.OVERDUE || namesNext(t);
            stages.addNoStages(advice, policy, nextAsked);
            return Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION);
        }
        Optional<Integer> number = request.slots().number(Slots.STAGE);
        // "the next step after stage 1": the stage after the one named
        // esc-44: its words are data (asked.tsv afterStageNamed), with "whats next after stage 2" among them
        if (number.isPresent() && AskedCues.asks(AskedCues.AFTER_STAGE_NAMED, t)) {
            number = number.map(n -> n + 1);
        } else if (number.isEmpty() && AskedCues.asks(AskedCues.AFTER_THIS_STAGE, t)) {
            // esc-43: "what comes after this stage" right after a stage's due date (the lead's kind 18, q43: that stage again
            // first, or every stage listed): the stage after the case's own
            number = keep.slots().number(Slots.STAGE).map(n -> n + 1);
        } else if (number.isEmpty() && AskedCues.asks(AskedCues.THIS_STAGE, t)) {
            // esc-45: "how long do they get to respond at that stage" once the case is at a stage (own set esc-45-a MM04:
            // every stage listed): the case's own stage
            number = keep.slots().number(Slots.STAGE).filter(n -> n > 0);
        } else if (number.isEmpty() && AskedCues.foundIn(AskedCues.WHICH_STAGE, t)) {
            // "which stage is it when my manager talks to their manager?" (esc helper's leftover, 29th session: asked which
            // decision, the stage only behind "more"): the stage whose people the question names
            number = heldIn(t, policy);
        } else if (number.isEmpty() && namesNext(t)) {
            // "and after the directors?": the stage after the one those people hold, else after the case's own
            // esc-44: the talk had, where the document makes it stage 1 (the LSCB model), is that stage: "can my inspector take
            // the next stage" after it asks of stage 2 (own set esc-44-b B08), as NoReplyAnswer counts it
            int reached = keep.slots().number(Slots.STAGE).map(n -> n == 0
                    ? policy.discussionIsStage().map(EscalationStage::number).orElse(0) : n).orElse(0);
            number = Optional.of(afterPeople(t, policy).orElse(reached) + 1);
        }
        Optional<EscalationStage> asked = number.flatMap(policy::stage);
        String partnership = request.partnership().name();
        if (asked.isEmpty()) {
            advice.add(wording.format("escalation.stagesAre", Map.of("partnership", partnership,
                    "count", String.valueOf(policy.stages().size()), "stages", stages.listWithLimits(policy))),
                    policy.stages().get(0).source());
        } else {
            // esc-44: "were at the last stage, the panel. what happens next" (own set esc-44-a XL02, XM05): what follows it first
            stages.afterLastFirst(advice, asked.get(), policy, t);
            stages.describe(advice, asked.get(), policy, partnership);
        }
        advice.add(policy.doNotDelayRule());
        advice.essentialsEndHere();
        // esc-45: no date to offer to work out for a stage the document gives no time limit (Medway's stage 4; own set
        // esc-45-a MM04: "if you find the date stage 4 was raised, I will work out when it is due")
        boolean undatable = asked.or(() -> keep.slots().number(Slots.STAGE).flatMap(policy::stage))
                .filter(st -> st.workingDays() == null).isPresent();
        if (!undatable) {
            addOffer(advice, keep.slots(), asked.map(EscalationStage::number));
        }
        asked.filter(s -> !s.mustRecord().isEmpty()).ifPresent(s -> advice.add(wording.format("escalation.recordStage",
                "stage", String.valueOf(s.number()), "items", String.join(" ", s.mustRecord())), s.source()));
        return Turn.of(request, advice, keep, Route.ESCALATION);
    }

    /**
     * A stage asked about by the people who hold it or as the one before the case's ("how long were the team managers
     * supposed to take on theirs", "how long was the frontline bit meant to take before that"), or going straight to a
     * stage's people ("can we jump straight to the directors bit?"): esc helper's leftovers, 30th session (E4, and "can i
     * skip straight to stage 3" said by people). The stage as the policy sets it; for a jump past the next stage, that the
     * stages go in turn and the next one. Empty where the message is none of these or names no stage's people.
     *
     * @param keep the case as it was before the question
     */
    public Optional<Turn> stageByPeople(AdviceRequest request, ConversationState keep) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        if (!StageWording.describesStages(policy)) {
            return Optional.empty();
        }
        String t = PatternFile.cueText(request.text()).strip();
        boolean time = anyFound(stageTime, t);
        boolean skip = !time && anyFound(skipTo, t);
        // "what about the panel?", or "the panel" alone with no question waiting (the brief's leftover, 36th session: the
        // menu, or thanked as news): that stage as the policy sets it; with a question waiting, the bare words answer it
        boolean about = !time && !skip && (anyFound(aboutPeople, t)
                || keep.dialogue().awaiting() == null && anyFound(peopleOnly, t));
        if (!time && !skip && !about) {
            return Optional.empty();
        }
        int reached = keep.slots().number(Slots.STAGE).orElse(0);
        Optional<Integer> named = heldIn(t, policy);
        if (named.isEmpty() && about) {
            named = lastWords.stage(t, policy);
        }
        if (named.isEmpty() && time && anyFound(beforeThat, t) && reached > 1) {
            named = Optional.of(reached - 1);
        }
        Optional<EscalationStage> asked = named.flatMap(policy::stage);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        String partnership = request.partnership().name();
        Advice advice = new Advice();
        Optional<EscalationStage> next = policy.stage(reached + 1);
        if (skip && next.isPresent() && asked.get().number() > next.get().number()) {
            advice.add(wording.format("escalation.inTurn", Map.of("partnership", partnership,
                    "stage", String.valueOf(next.get().number()), "asked", String.valueOf(asked.get().number()))));
            stages.describe(advice, next.get(), policy, partnership);
        } else {
            stages.describe(advice, asked.get(), policy, partnership);
        }
        advice.add(policy.doNotDelayRule());
        return Optional.of(Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION));
    }

    /**
     * The next stage and the day to move on, said as a yes where the caller asked whether they may move on ("can i go to
     * stage 2 after friday?": esc helper's leftover, 29th session, answered with no yes); any other question as it was.
     */
    Turn saidAsYes(AdviceRequest request, Turn answer) {
        if (AskedCues.asks(AskedCues.ASKS_LEAVE, request.text())) {
            // esc-48: "so can i take it higher" once the case is at the policy's last stage (own set esc-48-a S02: "Yes - ...
            // you can take it to the next stage", then "Stage 4 is the last stage"): no, and what the document says follows
            EscalationPolicy policy = request.partnership().escalationPolicy();
            boolean atTheLast = !policy.stages().isEmpty() && answer.state().slots().number(EscalationAdvisor.STAGE_TOLD)
                    .filter(told -> told > 0 && policy.stage(told + 1).isEmpty()).isPresent();
            answer.advice().putFirst(atTheLast
                    ? wording.format("escalation.noHigherStage", "partnership", request.partnership().name())
                    : wording.text("escalation.mayMoveOn"));
        }
        return answer;
    }

    /**
     * "What do I say to them?" inside an escalation: what to tell the people the disagreement goes to (none of the documents
     * says, so in the line's own words, facts none), then whom the policy names; the case's facts stay as they were.
     */
    public Turn say(AdviceRequest request, ConversationState keep) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Advice advice = new Advice().add(wording.text("escalation.whatToSay")).add(policy.pointOfContact());
        return Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION);
    }

    /**
     * "do i have to tell mum im escalating it?", "so is that a yes i can go over their heads?" while "have you talked it
     * through?" waits (esc helper's unseen set, 28th session: "Please reply yes if ..." again, the question unanswered):
     * whether they may take it further (yes: every policy lets them), or that the document cannot answer it here and whom
     * it names; the flow's question follows as first asked.
     */
    public Optional<Turn> aside(AdviceRequest request, ConversationState keep) {
        String t = PatternFile.cueText(request.text()).strip();
        // "can i do that even tho im not his mum or dad" from a relative (esc helper's leftover, 28th session, and unseen set,
        // 29th: "I cannot answer that one here"): who may disagree, in the policy's words where it names them, or that a
        // relative may say so; then whom it names, and the question as first asked
        if (request.role() != CallerRole.PROFESSIONAL && request.role() != CallerRole.CHILD
                && PatternFile.anyFound(asideStanding, t)) {
            return Optional.of(standingAnswer(request, keep));
        }
        // "where can i read the escalation policy", "is there a link to the policy" (esc helper's second set, 30th session:
        // "I cannot answer that one" with the question again): where the policy is published, as its document says
        var published = request.partnership().escalationPolicy().publishedAt();
        if (published != null && PatternFile.anyFound(asidePolicy, t)) {
            return Optional.of(Turn.of(request, new Advice().add(published).essentialsEndHere(), keep, Route.ESCALATION));
        }
        boolean further = PatternFile.anyFound(asideFurther, t);
        // "so is that a yes" about nothing answered yet: a yes would read as the answer to their own earlier question
        boolean yesNo = !further && PatternFile.anyFound(asideYesNo, t);
        // "who do i raise it with": the contact the policy gives, said as the answer (blind q25: "I cannot answer that one")
        boolean who = !further && !yesNo && PatternFile.anyFound(asideWho, t);
        if (!further && !yesNo && !who && !PatternFile.anyFound(aside, t)) {
            return Optional.empty();
        }
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Advice advice = new Advice().add(further ? wording.text("escalation.asideFurther")
                : yesNo ? wording.text("escalation.asideYesNo")
                : wording.format(who ? "escalation.asideWho" : "escalation.aside", "partnership",
                        request.partnership().name()));
        if (!further && !yesNo) {
            advice.add(policy.pointOfContact());
        }
        return Optional.of(Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION));
    }

    /**
     * "im nana to 3 of them ... am i even allowed to argue with that" in a relative's first words (esc helper's own set, 31st
     * session: asked "have you talked it through?" with no word of it): who may disagree, then whom the policy names.
     */
    public Optional<Turn> standing(AdviceRequest request, ConversationState keep) {
        String t = PatternFile.cueText(request.text()).strip();
        if (request.role() == CallerRole.PROFESSIONAL || request.role() == CallerRole.CHILD || !anyFound(standingAsked, t)) {
            return Optional.empty();
        }
        return Optional.of(standingAnswer(request, keep));
    }

    /**
     * "is the escalation process only for social workers or can a school nurse use it", "can a young person challenge the mash
     * decision themselves" (esc helper's leftover, 31st session K04, and own set 32: the stage list or the role question, no
     * word of who may): who the policy says may use it, in its words, then whom it names for disagreements.
     */
    public Optional<Turn> whoMay(AdviceRequest request, ConversationState keep) {
        var policy = request.partnership().escalationPolicy();
        // "can i even do that, im just the neighbour" where the document does not say who may (West Sussex; esc helper, 38th
        // session: "I cannot answer that one here"): that it does not say, in its words, and its contact - asked by anyone
        // but a professional or a child, as North Tyneside's network is answered (networkMay)
        CallerRole role = keep.slots().get(Slots.ROLE).map(CallerRole::valueOf).orElse(request.role());
        boolean mayAskedWhereUnsaid = policy.whoMayEscalate() != null
                && policy.whoMayEscalate().audience() == uk.mashline.knowledge.EscalationAudience.NOT_STATED
                && role != CallerRole.PROFESSIONAL && role != CallerRole.CHILD && asksWhetherMay(request.text());
        if (policy.whoMayEscalate() == null
                || !anyFound(whoMay, PatternFile.cueText(request.text()).strip()) && !mayAskedWhereUnsaid) {
            return Optional.empty();
        }
        var who = policy.whoMayEscalate();
        // esc-46: a mother's "can i appeal" where the document does not say who may (West Sussex; own set esc-46-a W03: the
        // document's words on every professional's responsibility, as if hers): that it does not say whether a family may,
        // that she can still disagree, the contact, and that the document gives families no route of their own
        // (not a neighbour's "can i even do that": the document's own words on who may, as before - typed-as-users T16)
        if (role == CallerRole.PARENT_FAMILY && who.audience() == uk.mashline.knowledge.EscalationAudience.NOT_STATED) {
            var p = request.partnership();
            Advice family = new Advice().add(wording.format("escalation.forFamilies.mayI.notStated", "partnership",
                    p.name()), who.source());
            family.add(policy.pointOfContact());
            if (p.complaints().notStated()) {
                family.add(wording.format("escalation.familiesSilent", "partnership", p.name()));
            } else {
                family.add(p.complaints().text(), p.complaints().source());
            }
            return Optional.of(Turn.of(request, family.essentialsEndHere(), keep, Route.ESCALATION));
        }
        // a document silent on it says so in its own words: "Who may use it ... : the document does not say" reads oddly
        String key = who.audience() == uk.mashline.knowledge.EscalationAudience.NOT_STATED ? "escalation.whoMay.notStated"
                : "escalation.whoMay";
        Advice advice = new Advice().add(wording.format(key, Map.of("partnership", request.partnership().name(),
                "text", who.text())), who.source());
        if ((role == CallerRole.PARENT_FAMILY || role == CallerRole.PUBLIC)
                && who.audience() == uk.mashline.knowledge.EscalationAudience.PROFESSIONALS_ONLY) {
            // "im the dad ... am i allowed to escalate it or is that just for professionals" (esc helper's own set, 42nd
            // session, S02: who may, then the Business Unit that takes professionals' templates): what a family can do
            var p = request.partnership();
            advice.add(wording.format("escalation.forFamilies.mayI", "partnership", p.name()));
            if (p.complaints().notStated()) {
                advice.add(wording.format("escalation.familiesSilent", "partnership", p.name()));
            } else {
                advice.add(p.complaints().text(), p.complaints().source());
            }
        } else {
            advice.add(policy.pointOfContact());
        }
        return Optional.of(Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION));
    }

    /** esc-46: whether the message asks what to do if the child is at risk before the escalation ends, label riskMeantime. */
    boolean asksRiskMeantime(String text) {
        return anyFound(riskMeantime, PatternFile.cueText(text).strip());
    }

    /** Whether the message asks how long the outcome of a contact takes ("how long till we get the outcome back"), label outcomeTime. */
    boolean asksOutcomeTime(String text) {
        return anyFound(outcomeTime, PatternFile.cueText(text).strip());
    }

    /** Whether the message says the stage's meeting has been held ("the chair had the meeting on thurs 3rd"), label meetingHeld. */
    public boolean saysMeetingHeld(String text) {
        return anyFound(meetingHeld, PatternFile.cueText(text).strip());
    }

    /** Whether the message says a due day back to check it ("so the 21st?", "right so wednesday then?"), label checkBack. */
    public boolean checksBack(String text) {
        return anyFound(checkBack, PatternFile.cueText(text).strip());
    }

    /** Whether the message asks if the writer may challenge a decision or use the process (labels whoMay, standingAsked, mayChallenge). */
    public boolean asksWhetherMay(String text) {
        String t = PatternFile.cueText(text).strip();
        return anyFound(mayChallenge, t) || anyFound(whoMay, t) || anyFound(standingAsked, t);
    }

    /**
     * "can a parent challenge that" from a parent or relative where anyone in the child's network may disagree (North
     * Tyneside): yes, in the policy's words, and its contact (the blind tester's kind E4, 33rd session: "I cannot answer
     * that one" and the yes/no question again).
     */
    public Optional<Turn> networkMay(AdviceRequest request, ConversationState keep) {
        var who = request.partnership().escalationPolicy().whoMayEscalate();
        CallerRole role = keep.slots().get(Slots.ROLE).map(CallerRole::valueOf).orElse(request.role());
        if (who == null || who.audience() != uk.mashline.knowledge.EscalationAudience.ANYONE_IN_CHILDS_NETWORK
                || role == CallerRole.PROFESSIONAL || role == CallerRole.CHILD || !asksWhetherMay(request.text())) {
            return Optional.empty();
        }
        return Optional.of(standingAnswer(request, keep));
    }

    private Turn standingAnswer(AdviceRequest request, ConversationState keep) {
        var who = request.partnership().escalationPolicy().whoMayEscalate();
        Advice advice = new Advice();
        if (who.audience() == uk.mashline.knowledge.EscalationAudience.ANYONE_IN_CHILDS_NETWORK) {
            advice.add(wording.format("context.standing.network", Map.of("partnership",
                    request.partnership().name(), "text", who.text())), who.source());
        } else {
            advice.add(wording.text("context.standing"));
        }
        advice.add(request.partnership().escalationPolicy().pointOfContact());
        return Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION);
    }

    /** "Do I need to fill in a form for that?" inside an escalation: what the policy asks to be written down. */
    public Turn record(AdviceRequest request, ConversationState keep) {
        // "what paperwork do the directors need", "its going to the lscb panel, what do we send them": the stage whose
        // people the question names (esc helper's leftover, 30th session, E10)
        return record.answer(request, keep, heldIn(PatternFile.cueText(request.text()).strip(),
                request.partnership().escalationPolicy()).filter(n -> n > 0));
    }

    /**
     * "Who do I contact exactly?" inside an escalation: who the policy says to go to, then the stage after the one the
     * case has reached (stage 1 before any), so the caller knows whom that is; the case's facts stay as they were.
     */
    public Turn contact(AdviceRequest request, ConversationState keep) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        Advice advice = new Advice();
        // "who is that": the stage's people first, then the policy's contact; a contact, email or number asked for: the
        // policy's contact first
        String lower = PatternFile.cueText(request.text());
        // "ok how do i go about that" once a stage was answered, nothing asked of the caller: whom to take it to, the stage's
        // people, before the policy's contact (the brief's leftover, 34th session); while a question waits it is the contact
        boolean asksHow = keep.dialogue().awaiting() == null && keep.dialogue().last() == Route.ESCALATION
                && PatternFile.anyFound(ASKS_HOW, lower.strip());
        boolean asksPeople = asksHow || PatternFile.anyFound(ASKS_PEOPLE, lower.strip());
        Optional<Integer> shown = Optional.empty();
        // a case on a route of the policy's own (dissent at a conference: the Chair first) is answered with that route's
        // people, not stage 1's (esc helper's unseen set, 18th session: "who do i contact" after the Chair's route)
        Optional<uk.mashline.knowledge.EscalationRoute> own = EscalationAdvisor.ownRoute(request);
        if (own.isPresent()) {
            advice.add(own.get().text().text(), own.get().text().source());
            advice.add(policy.pointOfContact());
            advice.add(policy.doNotDelayRule());
            return Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION);
        }
        // "who heads that?", "who is the head of service there": the stage's role, that the document names no one in it,
        // and whom it says to ask (esc helper's leftover, 30th session: "I cannot answer that one here" after a Sandwell
        // stage 2 answer, and a Medway teacher's question taken for a term)
        if (PatternFile.anyFound(ASKS_HOLDER, lower.strip()) && StageWording.describesStages(policy)) {
            int reached = keep.slots().number(Slots.STAGE).orElse(0);
            boolean done = keep.slots().number(EscalationAdvisor.STAGE_DONE).filter(d -> d == reached).isPresent();
            int current = keep.slots().number(EscalationAdvisor.STAGE_NOW)
                    .orElse(reached >= 1 && !done ? reached : reached + 1);
            Optional<EscalationStage> held = policy.stage(current);
            held.ifPresent(stage -> advice.add(wording.format("escalation.rolesNotNames", Map.of("stage",
                    String.valueOf(stage.number()), "parties", stage.parties() == null ? "" : stage.parties(),
                    "partnership", request.partnership().name())), stage.source()));
            if (held.isPresent()) {
                advice.add(policy.pointOfContact());
                advice.add(policy.doNotDelayRule());
                return Turn.of(request, advice.essentialsEndHere(), keep, Route.ESCALATION);
            }
        }
        if (!asksPeople) {
            advice.add(policy.pointOfContact());
        }
        if (StageWording.describesStages(policy)) {
            // a stage raised and not said to be done is where the case is now: its people first, then the next
            // (lead's sealed set q2: "who exactly do i email" at stage 1 got the menu); the policy's contact after them,
            // for "who is that" asks who the stage's people are (esc helper, 2 Dec: Sandwell's SCSP Business Unit, which
            // takes the templates, came before the team managers the case was with)
            int reached = keep.slots().number(Slots.STAGE).orElse(0);
            boolean done = keep.slots().number(EscalationAdvisor.STAGE_DONE).filter(d -> d == reached).isPresent();
            int current = keep.slots().number(EscalationAdvisor.STAGE_NOW)
                    .orElse(reached >= 1 && !done ? reached : reached + 1);
            policy.stage(current).ifPresent(stage -> stages.describe(advice, stage, policy,
                    request.partnership().name()));
            shown = policy.stage(current).map(EscalationStage::number);
        }
        if (asksPeople) {
            advice.add(policy.pointOfContact());
        }
        // an address asked for where the policy's contact prints none: said, not left to be guessed
        if (PatternFile.anyFound(ASKS_EMAIL, lower) && policy.pointOfContact() != null
                && !policy.pointOfContact().text().contains("@")) {
            advice.add(wording.format("escalation.noEmail", "partnership", request.partnership().name()));
        }
        if (asksNumber(request.text()) && policy.pointOfContact() != null
                && !DIGIT.matcher(policy.pointOfContact().text()).find()) {
            advice.add(wording.format("escalation.noNumber", "partnership", request.partnership().name()));
        }
        advice.add(policy.doNotDelayRule());
        advice.essentialsEndHere();
        // no due date to work out where the document sets no stages (West Sussex)
        // no date to offer to work out for a stage the document gives no time limit (Medway's stage 4)
        boolean undatable = shown.or(() -> keep.slots().number(Slots.STAGE)).flatMap(policy::stage)
                .filter(st -> st.workingDays() == null).isPresent();
        if (StageWording.describesStages(policy) && !undatable) {
            addOffer(advice, keep.slots(), shown);
        }
        return Turn.of(request, advice, keep, Route.ESCALATION);
    }

    /**
     * "whats the number" ({@code number} cues of {@value #CONTACT_FILE}): answered as the escalation's contact only while
     * its question waits; after an answer the follow-ups give that answer's numbers again.
     */
    public static boolean asksNumber(String text) {
        String t = PatternFile.cueText(text).strip();
        return PatternFile.anyFound(ASKS_NUMBER, t);
    }

    /**
     * The offer to work out a due date, asking only for what the case lacks (flows 9, A24: a date given was asked for): a
     * case whose stage and date are known has its due date already, so only a stage shown beyond it is offered
     * ("who do i email" after stage 2 past its limit, esc helper's unseen set, 15th session: "if you tell me the stage you
     * have reached"); a stage known without its date is asked only for the date.
     */
    /** The offer where nothing of the case is placed yet (the stages listed for a caller who did not know theirs). */
    static String offer(Slots known) {
        return known.has(Slots.RAISED_ON) ? "escalation.stageOffer" : "escalation.stageDateOffer";
    }

    private void addOffer(Advice advice, Slots known, Optional<Integer> shown) {
        Optional<Integer> stage = known.number(Slots.STAGE).filter(n -> n > 0);
        // only the talk had so far, and the stage shown is the one to raise next: its date once raised, not "the stage you
        // have reached" asked again (esc helper's own set, 34th session)
        if (known.number(Slots.STAGE).filter(n -> n == 0).isPresent() && shown.filter(n -> n > 0).isPresent()) {
            advice.add(wording.format("escalation.nextDateOffer", "stage", String.valueOf(shown.get())));
            return;
        }
        if (stage.isPresent() && known.has(Slots.RAISED_ON)) {
            shown.filter(n -> n > stage.get()).ifPresent(n -> advice.add(wording.format("escalation.nextDateOffer",
                    "stage", String.valueOf(n))));
        } else if (stage.isPresent()) {
            advice.add(wording.format("escalation.dateOffer", "stage", String.valueOf(stage.get())));
        } else {
            advice.add(wording.text(known.has(Slots.RAISED_ON) ? "escalation.stageOffer" : "escalation.stageDateOffer"));
        }
    }

    /**
     * "Will they tell me what they decided?": what the document says a caller like this one is told after a contact
     * (guidance AFTER_CONTACT for their role: North Tyneside tells family a decision was made, not what it was), then
     * the policy's contact; a flow's question stays waiting. Nothing where the document says nothing on it.
     */
    public Optional<Turn> told(AdviceRequest request, ConversationState keep) {
        Boolean professional = switch (request.role()) {
            case PROFESSIONAL -> Boolean.TRUE;
            case UNKNOWN -> null;
            default -> Boolean.FALSE;
        };
        List<Guidance> found = request.partnership().guidance(GuidanceTopic.AFTER_CONTACT, professional, "", Map.of());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // lead-43: "when do they normally have to tell the referrer the outcome" - the lines that say when ("within one working
        // day") first, before what the MASH asks (West Sussex's lines for everyone come first in its file); whether they
        // are told is in the same lines
        found = found.stream().sorted(java.util.Comparator.comparing(g -> !g.text().text().contains("within "))).toList();
        Advice advice = new Advice();
        found.forEach(g -> advice.add(g.text().text(), g.text().source()));
        advice.essentialsEndHere();
        advice.add(request.partnership().escalationPolicy().pointOfContact());
        return Optional.of(Turn.of(request, advice, keep, Route.ESCALATION));
    }

    /**
     * "What is a MARF?": what the partnership's document says the term is, when it explains it (guidance on topic
     * TERM whose mentions the question names). A safeguarding term the document is silent on ("what is a s47" in North
     * Tyneside, whose policy never uses it) is said to be unexplained, with the national line for the caller;
     * anything else goes on as any other message.
     */
    public Optional<Turn> term(AdviceRequest request, ConversationState keep, Route route) {
        String text = PatternFile.cueText(request.text());
        // the term asked about, not the whole message: "what can i do to prevent it" names no term, "what is the mash
        // number" asks for a number (lead's probe, 1 Dec: "what is the mash" got the menu once MASH had no entry)
        String asked = askedTerm(text);
        // asked at the end of a longer message: answered only where there is something to say of the term, else the
        // message goes on as it did (its route's own answer)
        boolean late = !PatternFile.anyFound(termAsked, text.strip());
        if (PatternFile.anyFound(notTerm, asked)) {
            return Optional.empty();
        }
        List<Guidance> found = namedEach(request.partnership().guidance(GuidanceTopic.TERM, null, text, Map.of()),
                asked);
        Advice advice = new Advice();
        if (found.isEmpty()) {
            Optional<String> known = knownTerm(asked);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            // a parent or a neighbour has no safeguarding lead to ask; where the wording says what a term means in general
            // ("what is early help" in the LSCB model, whose policy never names it: care helper, 19th session, only "the
            // document does not explain"), a family is told that and where to ask, and their next question follows on
            String key = request.role() == CallerRole.PROFESSIONAL ? "term.notExplained" : "term.notExplained.public";
            String own = key + "." + known.get().toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "_");
            boolean general = request.role() != CallerRole.PROFESSIONAL && wording.has(own);
            if (late && !general) {
                return Optional.empty();
            }
            advice.add(wording.format(general ? own : key, Map.of("partnership", request.partnership().name(),
                    "term", known.get())));
            if (national != null) {
                national.addFor(advice, request.role(), request.style());
                if (general && !own.endsWith(EARLY_HELP_TERM)) {
                    addForFamily(advice, request);
                }
            }
            return Optional.of(Turn.of(request, advice.essentialsEndHere(), keep,
                    general && own.endsWith(EARLY_HELP_TERM) ? Route.EARLY_HELP : route));
        }
        found.forEach(g -> advice.add(g.text().text(), g.text().source()));
        // "what is early help" from a family: the family-support answer's, so that "we live in horsham" next is answered
        // with that area's early help team (lead's own set, 25th session: the MASH's number)
        boolean earlyHelp = request.role() != CallerRole.PROFESSIONAL
                && found.stream().anyMatch(g -> g.mentions().contains(EARLY_HELP));
        advice.essentialsEndHere();
        if (!earlyHelp) {
            addForFamily(advice, request);
        }
        return Optional.of(Turn.of(request, advice, keep, earlyHelp ? Route.EARLY_HELP : route));
    }

    // a parent or relative asking what a step of children's services means (a strategy meeting, a section 47) is told
    // where independent advice for families is, after the answer (lead's own set, 25th session: the document's words alone)
    private void addForFamily(Advice advice, AdviceRequest request) {
        if (national != null && request.role() == CallerRole.PARENT_FAMILY) {
            national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        }
    }

    /** Whether the term {@code cueText} asks about is no term: a number, an address, "that" ({@code notTerm}). */
    private boolean notATerm(String cueText) {
        String asked = askedTerm(cueText);
        return PatternFile.anyFound(notTerm, asked);
    }

    /** Group 1 of the first {@code term} cue that matches, else a known term asked late (the whole message when none). */
    private String askedTerm(String text) {
        String t = text.strip();
        for (Pattern p : termAsked) {
            Matcher m = p.matcher(t);
            if (m.find() && m.groupCount() >= 1 && m.group(1) != null) {
                return m.group(1).strip();
            }
        }
        return lateTerm(t).orElse(t);
    }

    /**
     * The entries named by the term asked, and by each of two terms asked together ("cin and cp", "s17 or s47"): a question
     * of the difference between two is answered with both, where the document explains both (facts helper's own set, 36th
     * session: only child in need, for "whats the difference between CIN and CP").
     */
    private static List<Guidance> namedEach(List<Guidance> candidates, String asked) {
        java.util.LinkedHashSet<Guidance> found = new java.util.LinkedHashSet<>(namedAtEdge(candidates, asked));
        String[] terms = TWO_TERMS.split(asked);
        if (terms.length == 2) {
            for (String term : terms) {
                found.addAll(namedAtEdge(candidates, term.strip()));
            }
        }
        return List.copyOf(found);
    }

    private static final Pattern TWO_TERMS = Pattern.compile("\\s+(?:and|&|n|vs\\.?|versus|or)\\s+(?:an? |the )?");

    /**
     * The entries whose mention begins or ends the term asked ("mash do" from "what does the mash do", "escalation
     * template"), as a whole word; only those with the longest such mention, so "early help assessment" is the
     * assessment, not early help as well.
     */
    private static List<Guidance> namedAtEdge(List<Guidance> candidates, String asked) {
        int longest = 0;
        List<Guidance> best = new ArrayList<>();
        for (Guidance g : candidates) {
            int length = g.mentions().stream().filter(m -> atEdge(asked, m)).mapToInt(String::length).max().orElse(0);
            if (length > longest) {
                longest = length;
                best.clear();
            }
            if (length > 0 && length == longest) {
                best.add(g);
            }
        }
        return best;
    }

    private static boolean atEdge(String asked, String mention) {
        boolean starts = asked.startsWith(mention)
                && (asked.length() == mention.length() || !Character.isLetterOrDigit(asked.charAt(mention.length())));
        int from = asked.length() - mention.length();
        boolean ends = from >= 0 && asked.endsWith(mention) && (from == 0 || !Character.isLetterOrDigit(asked.charAt(from - 1)));
        return starts || ends;
    }

    /** The known term that begins or ends the term asked, as the caller wrote it. */
    private Optional<String> knownTerm(String asked) {
        for (Pattern p : knownTerms) {
            Matcher m = p.matcher(asked);
            while (m.find()) {
                if (m.start() == 0 || m.end() == asked.length()) {
                    return Optional.of(m.group().strip());
                }
            }
        }
        return Optional.empty();
    }
}
