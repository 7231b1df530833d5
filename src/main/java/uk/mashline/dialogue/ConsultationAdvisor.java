package uk.mashline.dialogue;

import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.LevelOfNeed;
import uk.mashline.knowledge.Partnership;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A practitioner's question about thresholds: the consultation line, the levels of need, the closest indicators. */
public final class ConsultationAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    /** More words than this tell a case in detail, not only ask for advice ("can i get some advice about a pupil"). */
    private static final int CASE_IN_DETAIL = 15;
    /** Words an indicator must share with the case to be said before anything else. */
    private static final int SHARED_WORDS_FIRST = 2;

    private final IndicatorMatcher matcher;
    private final List<Pattern> asksLevels;
    private final RouteOverrides cues;

    // "level 2", "level 2 or 3", "tier 3/4", "between 3 and 4": the one or two levels a question names
    private static final String N = "([1-4]|one|two|three|four)";
    private static final Pattern NAMED_LEVEL = Pattern.compile("\\b(?:level|lvl|tier) ?" + N
            + "\\b(?: ?(?:or|/|-|to|and) ?(?:a |an |level |lvl |tier )?" + N + "\\b)?"
            + "|\\bbetween (?:a |level |lvl |tier )?" + N + " (?:and|&|n) (?:a |level |lvl |tier )?" + N + "\\b");

    /**
     * @param asksLevels "what level of need would that be?" (dialogue/asks-levels.txt): the levels lead the answer
     * @param cues       "is there a consultation line", "im the DSL" (dialogue/route-cues.tsv)
     */
    public ConsultationAdvisor(Wording wording, HelpNow helpNow, IndicatorMatcher matcher,
                               List<Pattern> asksLevels, RouteOverrides cues) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.matcher = matcher;
        this.asksLevels = List.copyOf(asksLevels);
        this.cues = cues;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        String asked = PatternFile.cueText(request.text());
        // "what level of need would that be?": the levels first, the line after them
        boolean asksLevel = PatternFile.anyFound(asksLevels, asked);
        boolean ownLead = cues.ownLead(request.text());
        // lead-48: "our DSL is off sick, who do i talk to" (the blind tester's q48 kind 13: "For advice: Your organisation's
        // safeguarding lead"): whoever covers for the lead, and the front door, never the lead who is away
        boolean leadAway = !ownLead && cues.leadAway(request.text());
        // asked after the consultation answer, the level question is answered on its own, not with that answer again
        // (lead's sealed set q2: "what level would that be" got the whole consultation answer twice)
        // facts-48: unless it asks what number to ring ("ok so what number do i ring if i think one of mine is level 3": own set
        // facts-48-a LS01, the levels again) - then the line, or that the document prints none, on its own
        if (asksLevel && request.state().dialogue().last() == Route.CONSULTATION && cues.asksNumber(request.text())) {
            return lineOnly(request, ownLead, leadAway);
        }
        if (asksLevel && (request.state().dialogue().last() == Route.CONSULTATION || !named(request, p).isEmpty())) {
            return levelsOnly(request);
        }
        boolean afterConsultation = request.state().dialogue().last() == Route.CONSULTATION;
        // care-47: "so is it us or the mash that decides" after the consultation answer, which the model heard as a consultation
        // again (own set care-47-a CS03, Sandwell - the q46's leftover: the whole answer again): what the document's
        // consultation guidance says of the words asked, as for a question the model could not place (FollowUpAdvisor)
        if (afterConsultation && !asksLevel) {
            List<uk.mashline.knowledge.SourcedText> named = GuidanceNotes.askedAfterAnAnswer(request);
            if (!named.isEmpty()) {
                named.forEach(t -> advice.add(t.text(), t.source()));
                advice.add(wording.text(request.state().onlyProcessAnswered() ? "followup.updateNext.support"
                        : request.style().spoken() ? "followup.updateNext.voice" : "followup.updateNext"));
                return Turn.of(request, advice.essentialsEndHere(), request.state().settled(), Route.CONSULTATION);
            }
        }
        // a case told after the consultation answer, which the model heard as a worry to report (Conversation): that case
        if (afterConsultation && request.classification().route() == Route.REPORT_CONCERN && !asksLevel) {
            return caseTold(request);
        }
        if (cues.asksLine(request.text()) || (afterConsultation && (ownLead || cues.talkThrough(request.text())))) {
            return lineOnly(request, ownLead, leadAway);
        }
        // the case told in detail: what it is closest to answers the question asked ("is this early help or should i be
        // ringing first response"), so it comes first (esc helper's leftover, 23rd session: after the consultation answer
        // the whole answer came again, the closest level deep behind "more"; in a first message, behind the numbers)
        boolean caseInDetail = Words.in(request.text()) > CASE_IN_DETAIL;
        List<IndicatorMatcher.Match> closest = caseInDetail
                ? matcher.closest(p.levelsOfNeed(), request.text(), 2) : List.of();
        if (afterConsultation && caseInDetail) {
            return caseTold(request);
        }
        // the closest one only before the numbers (every number to ring must stay on the first screen), and only where
        // it shares more than one word with the case: "attendance dropping" is not "Good education attendance (over 90%)"
        // (esc helper's second set, 23rd session), so a one-word match stays after the essentials, as before
        List<IndicatorMatcher.Match> first = request.style().brief() ? List.of()
                : closest.stream().limit(1).filter(m -> m.score() >= SHARED_WORDS_FIRST).toList();
        // "should it be a s17 then, what level is that" right after a disagreement's answer (esc helper's own set, 39th
        // session: the levels listed, without the document's tie of the sections to them): what the document says of it
        // first, as the disagreement's own turn gives it (partnerships/*.yml ESCALATION guidance the question's words call up)
        if (asksLevel && request.state().dialogue().last() == Route.ESCALATION) {
            // only the entries on levels (a word of theirs is a level question itself), not every one the words call up
            // (Sandwell's escalation template came first for "on the form what level of need do i put")
            GuidanceNotes.askedAfterADisagreement(request, m -> PatternFile.anyFound(asksLevels, m))
                    .forEach(t -> advice.add(t.text(), t.source()));
        }
        addClosest(advice, first);
        boolean levelsAsked = !p.levelsOfNeed().isEmpty() && asksLevel;
        if (levelsAsked) {
            addLevels(advice, p);
        }
        // "whats the threshold for a child in need referral" where the document sets no levels: what it says of them
        // first (care helper, 1 Dec: Sandwell's answer ended with "does not set out levels of need", not the
        // Threshold Guidance and the categories its policy names)
        boolean noLevelsAsked = p.levelsOfNeed().isEmpty() && asksLevel;
        if (noLevelsAsked) {
            addLevelsNotStated(advice, p);
        }
        if (leadAway) {
            advice.add(wording.text("consult.leadAway"));
        }
        var line = p.contact(ContactKind.CONSULTATION).or(() -> helpNow.frontDoor(p));
        if (line.isPresent() && line.get().phone() != null) {
            advice.add(wording.format("consult.line", helpNow.describe(line.get(), request)), line.get().source());
            var transfer = helpNow.transferTarget(p, request.now(), true).filter(c -> request.style().spoken());
            transfer.ifPresent(c -> advice.add(wording.format("handoff.transfer",
                    helpNow.describe(c, request))).transferTo(c.phone()));
            if (transfer.isEmpty() && !helpNow.isOpen(line.get(), request.now())) {
                helpNow.addOutOfHours(advice, p, request.now(), request.style(), request.role());
            }
        } else {
            // the document names who gives advice but no number for it (Medway: your agency safeguarding lead)
            var adviser = line.filter(c -> c.kind() == ContactKind.CONSULTATION && c.notes() != null);
            // the safeguarding lead is not sent to ask themselves
            adviser.filter(c -> !leadAway).ifPresent(c -> advice.add(ownLead ? wording.format("consult.ownLead", "partnership", p.name())
                    : wording.format("consult.lineNoPhone", helpNow.describe(c, request)), c.source()));
            // then the front door's number is not an advice line: it is offered for what it is for
            addDoorForRisk(advice, request, adviser.isPresent());
        }
        if (p.levelsOfNeed().isEmpty()) {
            if (!noLevelsAsked) {
                addLevelsNotStated(advice, p);
            }
        } else if (!levelsAsked) {
            addLevels(advice, p);
        }
        advice.essentialsEndHere();
        GuidanceNotes.add(advice, request, GuidanceTopic.CONSULTATION);
        addClosest(advice, matcher.closest(p.levelsOfNeed(), request.text(), 2).stream()
                .filter(m -> !first.contains(m)).toList(), !first.isEmpty());
        if (!request.style().brief()) {
            for (LevelOfNeed level : p.levelsOfNeed()) {
                advice.add(wording.format("consult.levelDetail", Map.of("level", level.number() + " " + level.name(),
                        "description", level.description())));
            }
        }
        advice.add(wording.text("consult.danger"));
        return Turn.of(request, advice, request.state().settled(),
                Route.CONSULTATION);
    }

    /**
     * "Is there a consultation line?", or a safeguarding lead asking whom they talk to: the line professionals ring for
     * advice, or that the document names none, then who takes a referral; not the whole consultation answer again
     * (lead's probe, 2 Dec: "That is all I have on it from the document").
     */
    private Turn lineOnly(AdviceRequest request, boolean ownLead, boolean leadAway) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        if (leadAway) {
            advice.add(wording.text("consult.leadAway"));
        }
        var line = p.contact(ContactKind.CONSULTATION).filter(c -> c.phone() != null);
        if (line.isPresent()) {
            advice.add(wording.format("consult.line", helpNow.describe(line.get(), request)), line.get().source());
            if (!helpNow.isOpen(line.get(), request.now())) {
                helpNow.addOutOfHours(advice, p, request.now(), request.style(), request.role());
            }
        } else {
            var adviser = p.contact(ContactKind.CONSULTATION).filter(c -> c.notes() != null);
            // whom the document sends a practitioner to, first: its notes say it names no line, and "no line" alone
            // on the first screen left nothing to act on (esc helper's unseen set, 24th session: Sandwell's "is there a
            // number i can phone to discuss it")
            // with the lead away, whoever covers for them was said above, and the front door follows
            if (!leadAway && (ownLead || adviser.isEmpty())) {
                advice.add(wording.format(ownLead ? "consult.ownLead" : "consult.noLine", "partnership", p.name()),
                        adviser.map(c -> c.source()).orElse(null));
            } else if (!leadAway) {
                // in one sentence, so the numbers that follow (the NSPCC's advice line for professionals) stay on the
                // first screen for someone who asked for a number
                adviser.ifPresent(c -> advice.add(wording.format("consult.noLineAdviser", Map.of("partnership", p.name(),
                        "name", inSentence(c.name()))), c.source()));
            }
            addDoorForRisk(advice, request, true);
        }
        advice.essentialsEndHere();
        advice.add(wording.text("consult.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSULTATION);
    }

    /** "Your agency safeguarding lead" inside a sentence: "your agency safeguarding lead". */
    private static String inSentence(String name) {
        return name.startsWith("Your ") ? "your " + name.substring("Your ".length()) : name;
    }

    /**
     * Where there is no advice line to ring: the front door's number for a child at significant risk, with the
     * out-of-hours line (when {@code forRisk} and the door prints a number), otherwise who to call now.
     */
    private void addDoorForRisk(Advice advice, AdviceRequest request, boolean forRisk) {
        Partnership p = request.partnership();
        var door = helpNow.frontDoor(p).filter(c -> c.kind() == ContactKind.MASH && c.phone() != null);
        if (forRisk && door.isPresent()) {
            advice.add(wording.format("consult.frontDoorForRisk", helpNow.describe(door.get(), request)),
                    door.get().source());
            helpNow.addOutOfHours(advice, p, request.now(), request.style(), request.role());
        } else {
            helpNow.addWhoToCall(advice, request, "report.callOpen");
        }
    }

    /** What a document without levels of need says of them (its data's own words, cited), then whom to ask. */
    private void addLevelsNotStated(Advice advice, Partnership p) {
        if (p.levelsOfNeedNotStated() != null) {
            advice.add(p.levelsOfNeedNotStated().text(), p.levelsOfNeedNotStated().source());
            advice.add(wording.text("consult.levelsNotStated.ask"));
        } else {
            advice.add(wording.format("consult.levelsNotStated", "partnership", p.name()));
        }
    }

    /**
     * "What level would that be?" after the consultation answer: the partnership's levels of need, that the level is
     * the practitioner's to judge with their adviser, and each level's description after the first screen; or that
     * the document sets none.
     */
    private Turn levelsOnly(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        List<LevelOfNeed> named = named(request, p);
        // "whats level 2", "level 2 or 3?": those levels as the document describes them, before the list
        named.forEach(level -> advice.add(wording.format("consult.levelDetail", Map.of("level",
                level.number() + " " + level.name(), "description", level.description())), level.source()));
        if (p.levelsOfNeed().isEmpty()) {
            addLevelsNotStated(advice, p);
        } else {
            addLevels(advice, p);
            var adviser = p.contact(ContactKind.CONSULTATION).or(() -> helpNow.frontDoor(p));
            // a parent told their child's level ("the health visitor said my baby is level 2 what does that mean"): whoever
            // told them can say why, not a practitioner's "judge it against each level's indicators" (facts helper, 37th session)
            boolean family = request.role() == CallerRole.PARENT_FAMILY || request.role() == CallerRole.PUBLIC;
            advice.add(family ? wording.text("consult.levelToJudge.family") : adviser.map(c -> wording.format(
                            c.phone() == null ? "consult.levelToJudge" : "consult.levelToJudge.phone",
                            inSentence(helpNow.describe(c, request))))
                    .orElse(wording.text("consult.levelToJudge.noAdviser")));
        }
        advice.essentialsEndHere();
        // only a case told in this message has indicators to match: "would that be early help or a mash referral" read
        // "early help" in the question as the case (lead's set, twenty-seventh session)
        if (Words.in(request.text()) > CASE_IN_DETAIL) {
            addClosest(advice, matcher.closest(p.levelsOfNeed(), request.text(), 2));
        }
        for (LevelOfNeed level : p.levelsOfNeed()) {
            if (!named.contains(level)) {
                advice.add(wording.format("consult.levelDetail", Map.of("level", level.number() + " " + level.name(),
                        "description", level.description())));
            }
        }
        advice.add(wording.text("consult.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSULTATION);
    }

    /**
     * The case a practitioner tells after the consultation answer ("yr 5 boy, keeps coming in hungry and unwashed, dads just
     * moved out"; esc helper's unseen set, 20th session: the whole report-a-concern answer): the level indicators it is
     * closest to, that the level is theirs to judge with the line or adviser, the levels, and not to wait where the child
     * is at risk of significant harm now - not the whole consultation answer again.
     */
    private Turn caseTold(AdviceRequest request) {
        Partnership p = request.partnership();
        Advice advice = new Advice();
        List<IndicatorMatcher.Match> matches = matcher.closest(p.levelsOfNeed(), request.text(), 2);
        addClosest(advice, matches.stream().filter(m -> m.score() >= SHARED_WORDS_FIRST).toList());
        if (p.levelsOfNeed().isEmpty()) {
            addLevelsNotStated(advice, p);
        } else {
            var adviser = p.contact(ContactKind.CONSULTATION).or(() -> helpNow.frontDoor(p));
            advice.add(adviser.map(c -> wording.format(c.phone() == null ? "consult.levelToJudge"
                            : "consult.levelToJudge.phone", inSentence(helpNow.describe(c, request))))
                    .orElse(wording.text("consult.levelToJudge.noAdviser")));
            addLevels(advice, p);
        }
        advice.add(wording.text("consult.danger"));
        advice.essentialsEndHere();
        addClosest(advice, matches.stream().filter(m -> m.score() < SHARED_WORDS_FIRST).toList(),
                matches.stream().anyMatch(m -> m.score() >= SHARED_WORDS_FIRST));
        for (LevelOfNeed level : p.levelsOfNeed()) {
            advice.add(wording.format("consult.levelDetail", Map.of("level", level.number() + " " + level.name(),
                    "description", level.description())), level.source());
        }
        return Turn.of(request, advice, request.state().settled(), Route.CONSULTATION);
    }

    private void addClosest(Advice advice, List<IndicatorMatcher.Match> matches) {
        addClosest(advice, matches, false);
    }

    /**
     * The indicators closest to the case, the first as the closest unless one was given already; the rest as what it may
     * also fit - "closest to level 3" on the first screen and "closest to level 2" behind "more" read as two answers to a
     * nursery manager (blind q41 start kind 13).
     */
    private void addClosest(Advice advice, List<IndicatorMatcher.Match> matches, boolean oneGiven) {
        boolean given = oneGiven;
        for (IndicatorMatcher.Match match : matches) {
            advice.add(wording.format(given ? "consult.closestToo" : "consult.closest", Map.of("level",
                    match.level().number() + " " + match.level().name(), "indicator", match.indicator().text())),
                    match.level().source());
            given = true;
        }
    }

    /** "Your agency safeguarding lead" inside a sentence: "talk it through with your agency safeguarding lead". */
    private static Map<String, String> inSentence(Map<String, String> values) {
        Map<String, String> copy = new java.util.HashMap<>(values);
        copy.computeIfPresent("name", (k, name) -> name.startsWith("Your ") ? "y" + name.substring(1) : name);
        return copy;
    }

    private void addLevels(Advice advice, Partnership p) {
        advice.add(wording.format("consult.levels", Map.of("partnership", p.name(), "levels",
                p.levelsOfNeed().stream().map(l -> l.number() + " " + l.name()).collect(Collectors.joining(", ")))));
        p.levelsOfNeed().forEach(l -> advice.cite(l.source()));
    }

    /** The level of need the message names ("whats level 2"), if the partnership's document has it. */
    private static List<LevelOfNeed> named(AdviceRequest request, Partnership p) {
        var m = NAMED_LEVEL.matcher(PatternFile.cueText(request.text()));
        if (!m.find()) {
            return List.of();
        }
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                numbers.add(switch (m.group(g)) {
                    case "one" -> 1;
                    case "two" -> 2;
                    case "three" -> 3;
                    case "four" -> 4;
                    default -> Integer.parseInt(m.group(g));
                });
            }
        }
        return numbers.stream().distinct().flatMap(n -> p.levelsOfNeed().stream().filter(l -> l.number() == n))
                .toList();
    }
}
