package uk.mashline.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.mashline.knowledge.Partnerships;

class StageTakenToTest {

    private final StageTakenTo stages = StageTakenTo.fromClasspath(StageTakenTo.DEFAULT_FILE);

    /**
     * "none": no stage is placed, the flow asks; 0: placed before stage 1 (the caller's own manager, where the document
     * puts them before its stages or gives them no part: Medway line 529, North Tyneside, West Sussex).
     */
    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "medway|I raised it with the team manager on Monday the 23rd|1",
            "medway|ive spoken to their team manager, still nfa|1",
            "medway|escalated it to the service manager yesterday|2",
            "medway|took it up with the team manager and then went to the deputy director|3",
            "sandwell|emailed the head of service on friday|2",
            "sandwell|escalated to the Heads of Service|2",
            "lscb-model|raised it with the first line manager|2",
            // the caller's own manager is not a stage (in Medway consulted before stage 1), and naming someone is not taking
            // it to them
            "medway|I discussed it with my team manager first|0",
            "medway|the team manager said no|none",
            // a caller's own head of service or service manager is brought in only by escalating; their own first
            // manager is not
            "sandwell|we've done the professional discussion and it went to my head of service last week|2",
            "medway|my service manager has taken it up with theirs on 27/11|2",
            "medway|I took it to my team manager first|0",
            "sandwell|my head of service said to ring you|none",
            // a policy naming nobody for its stages places none: the other side's people named are the discussion had, stage 0
            // (dialogue/other-side-people.txt; esc helper sweeps, 2 Dec: asked "have you talked it through?")
            "north-tyneside|I raised it with the team manager|0",
            "west-sussex|I raised it with the team manager|0",
            // the caller's own manager where the document says what they do (twelfth session, known failures): LSCB
            // stage 2 (line 54), Sandwell stage 1 (lines 156-162); Medway's is consulted before any stage (line 529);
            // North Tyneside and West Sussex are silent
            "lscb-model|i went to my manager and she raised it with theirs yesterday|2",
            "lscb-model|the mash team manager had my challenge yesterday|1",
            "sandwell|I went to my manager yesterday about it|1",
            "sandwell|my line manager has emailed their manager|1",
            "medway|i went to my manager last week|0",
            "north-tyneside|went to my manager last week|0",
            "west-sussex|went to my manager already|0",
            // a meeting named by its people, and typed as on a phone
            "sandwell|head of service meeting was 20/11 and still nothing|2",
            "medway|spoke to there team manger on friday|1",
            // the decision-maker's manager as typed, and "manger" anywhere (lead's weak spots, 1 Dec)
            "medway|dsl here, the sw wont change it so ive gone to there manager today|1",
            "sandwell|escalated to my line manger on friday re the trust decision nfa|1",
            // own second set 13: the manager consulted in Medway, and "2" typed for "to"
            "medway|my line manger and i agree the first response decision is wrong|0",
            "lscb-model|my manager agrees with me that the mash got it wrong|none",
            "sandwell|sw wont budge so spoke 2 there team manger yday|1",
            "medway|escalated first responses NFA to the service manager 2 weeks ago|2",
            // said as being done now (blind q24 T03, q25: no stage read)
            "lscb-model|ok im taking it to my first line manager now, how long have we got|2",
            "lscb-model|my first line manager is raising it with theirs today|2",
            // a police officer's own DI and sergeant (esc helper, 29th session second try: asked whether it was talked
            // through); "di" inside a word is no one
            "sandwell|DC here, took it to our DI last tues|2",
            "sandwell|ive taken it to my sergeant this morning|1",
            "lscb-model|im taking it to my sergeant now|2",
            "sandwell|stage 1 with their team manager didnt sort it on 2/12|none",
            // a stage's people in a talk still going on, the worker and the stage's people both refusing, and the assistant
            // director as "the AD" (esc helper, 31st session)
            "sandwell|our head of service n theirs have been in talks over it since tues|2",
            "medway|the service managers on both sides have been going back n forth about it since weds|2",
            "lscb-model|senior mgrs from both agencies been trying to sort it out since mon 30th|3",
            "medway|the sw and her TM have both said no to reopening it|1",
            "medway|stage 1 n 2 went nowhere so its been sat with the AD since tues|3",
            "medway|we put an ad in the paper|none"})
    void placesTheCaseAtTheStageWhoseHolderWasNamed(String partnership, String message, String expected) {
        Optional<Integer> reached = stages.reached(message,
                Partnerships.bundled().find(partnership).orElseThrow().escalationPolicy());
        assertEquals(expected.equals("none") ? Optional.empty() : Optional.of(Integer.parseInt(expected)), reached);
    }

    /** A stage said to be still to come ("will raise stage 3"), not one named as done or asked about. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "stage 2 didnt resolve it so our head of service will raise stage 3 on monday 21st dec|3",
            "were going to escalate to stage two tomorrow|2",
            "stage 2 didnt resolve it|none",
            "can i go to stage 3 now|none"})
    void readsAStageStillToBeRaised(String message, String expected) {
        assertEquals(expected.equals("none") ? Optional.empty() : Optional.of(Integer.parseInt(expected)),
                stages.planned(message));
    }

    /** A stage being raised now or next ("im going to take it to my manager first"), raised today; one raised before is not. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ok im going to take it to my manager first, how long have i got|true",
            "right im gonna raise it with my line manager now|true",
            "ill email their tm now|true",
            "i took it to my manager yesterday|false",
            "my manager raised it with theirs|false"})
    void readsAStageBeingRaisedNow(String message, boolean expected) {
        assertEquals(expected, stages.takenNow(message));
    }

    /**
     * Every template names the stage's people wherever it matches, so a message naming none of them is not searched: a
     * template that makes them optional would switch that gate off for its stages (slower, never wrong).
     */
    @Test
    void everyTemplateNamesThePeopleItStandsFor() {
        for (String template : PatternFile.templatesFromClasspath(StageTakenTo.DEFAULT_FILE)) {
            assertTrue(StageTakenTo.alwaysNamesThem(template), template);
        }
        assertFalse(StageTakenTo.alwaysNamesThem("\\bwent to(?: the {holder})?"));
        assertFalse(StageTakenTo.alwaysNamesThem("\\bwent to {holder}|\\bescalated\\b"));
        assertFalse(StageTakenTo.alwaysNamesThem("\\bwent to {holder}?"));
        assertTrue(StageTakenTo.alwaysNamesThem("(?<!my )(?<!our ){holder} (?:meeting|call)\\b"));
        assertTrue(StageTakenTo.alwaysNamesThem("\\b(?:went|spoke)(?: \\w+){0,2}? to [a-z(]+ {own}"));
    }
}
