package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Partnerships;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a disagreeing caller mentions, or the conversation knows, reaches the essentials once. */
class GuidanceNotesTest {

    private static final String IRO = "Independent Reviewing Officer must also be notified";

    private final Partnership sandwell = Partnerships.bundled().find("sandwell").orElseThrow();

    private static Advice question() {
        return new Advice().add("Have you already talked it through? Reply yes or no.").essentialsEndHere();
    }

    private static long essentialsMentioning(Advice advice, String words) {
        return advice.paragraphs().subList(0, advice.essential()).stream().filter(p -> p.contains(words)).count();
    }

    private static boolean first(Advice advice, String words) {
        return advice.paragraphs().get(0).contains(words);
    }

    private static boolean second(Advice advice, String words) {
        return advice.paragraphs().size() > 1 && advice.paragraphs().get(1).contains(words);
    }

    @Test
    void aChildOnAPlanMentionedByAProfessionalBringsTheIroRuleIntoTheEssentials() {
        Advice advice = GuidanceNotes.addMentioned(question(), Route.ESCALATION, sandwell, CallerRole.PROFESSIONAL,
                "I disagree with social care about a child on a child protection plan", Map.of(), false);
        assertEquals(1, essentialsMentioning(advice, IRO), advice.paragraphs().toString());
        // the flow's question stays first on a turn that asks one
        assertTrue(first(advice, "Reply yes or no"), advice.paragraphs().toString());
        Advice answer = GuidanceNotes.addMentioned(new Advice().add("Stage 1 is due on Thursday.").essentialsEndHere(),
                Route.ESCALATION, sandwell, CallerRole.PROFESSIONAL, "stage 1 about a looked after child", Map.of(), true);
        // right after the answer itself, which stays first
        assertTrue(first(answer, "Stage 1 is due") && second(answer, IRO), answer.paragraphs().toString());
        assertTrue(advice.sources().stream().anyMatch(s -> s.contains("172")), advice.sources().toString());
    }

    @Test
    void aPlanTheConversationAlreadyKnowsMovesTheRuleUpInsteadOfRepeatingIt() {
        Advice stageAnswer = question().add("Where the child is subject to a Child Protection Plan or is a Child "
                + "Looked After, the Independent Reviewing Officer must also be notified (from stage 1).");
        Advice advice = GuidanceNotes.addMentioned(stageAnswer, Route.ESCALATION, sandwell, CallerRole.PROFESSIONAL,
                "08/03/2027", Map.of("decision", "cp_plan"), true);
        assertEquals(1, essentialsMentioning(advice, IRO), advice.paragraphs().toString());
        assertTrue(second(advice, IRO), advice.paragraphs().toString());
        assertEquals(2, advice.essential());
        assertEquals(1, advice.paragraphs().stream().filter(p -> p.contains(IRO)).count());
    }

    @Test
    void aKnownPlanIsNotRepeatedOnEveryQuestionOfTheFlow() {
        assertEquals(1, GuidanceNotes.addMentioned(question(), Route.ESCALATION, sandwell, CallerRole.PROFESSIONAL,
                "yes", Map.of("decision", "cp_plan"), false).paragraphs().size());
    }

    @Test
    void notForAParentNorOutsideADisagreementNorWhenNothingIsMentioned() {
        String plan = "my son is on a child protection plan";
        assertEquals(1, GuidanceNotes.addMentioned(question(), Route.ESCALATION, sandwell, CallerRole.PARENT_FAMILY,
                plan, Map.of(), false).paragraphs().size());
        assertEquals(1, GuidanceNotes.addMentioned(question(), Route.REPORT_CONCERN, sandwell, CallerRole.PROFESSIONAL,
                plan, Map.of(), false).paragraphs().size());
        assertEquals(1, GuidanceNotes.addMentioned(question(), Route.ESCALATION, sandwell, CallerRole.PROFESSIONAL,
                "they closed the case", Map.of("decision", "mash"), true).paragraphs().size());
    }
}
