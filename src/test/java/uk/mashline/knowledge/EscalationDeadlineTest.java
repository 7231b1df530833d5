package uk.mashline.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationDeadlineTest {

    private final WorkingDayCalendar calendar = Calendars.englandAndWales();

    private EscalationPolicy policy(String id) {
        return Partnerships.bundled().find(id).orElseThrow().escalationPolicy();
    }

    @ParameterizedTest(name = "{0} stage {1} raised {2} is due {3}")
    @CsvSource({
            // Sandwell: 3, 5, 5, 7 working days
            "sandwell, 1, 2025-12-24, 2025-12-31",
            "sandwell, 2, 2025-12-23, 2026-01-02",
            "sandwell, 3, 2026-04-02, 2026-04-13",
            "sandwell, 4, 2026-04-02, 2026-04-15",
            "sandwell, 4, 2026-05-21, 2026-06-02",
            // Medway: 5 working days at each stage
            "medway, 1, 2025-12-22, 2025-12-31",
            "medway, 2, 2026-08-28, 2026-09-07",
            "medway, 3, 2025-04-17, 2025-04-28",
            // the LSCB model: 1, 2, 2, 5 working days
            "lscb-model, 1, 2026-04-02, 2026-04-07",
            "lscb-model, 3, 2026-12-24, 2026-12-30",
            "lscb-model, 4, 2025-12-23, 2026-01-02"
    })
    void dueByCountsWorkingDaysFromTheDayRaised(String id, int stage, LocalDate raisedOn, LocalDate dueBy) {
        Deadline deadline = policy(id).deadline(stage, raisedOn, calendar);
        assertEquals(dueBy, deadline.dueBy());
        assertEquals(stage, deadline.stage());
        assertEquals(raisedOn, deadline.raisedOn());
        assertNull(deadline.note());
    }

    @Test
    void sandwellStagesAsTheDocumentGivesThem() {
        List<EscalationStage> stages = policy("sandwell").stages();
        assertEquals(List.of(3, 5, 5, 7), stages.stream().map(EscalationStage::workingDays).toList());
        assertEquals(List.of(3, 8, 13, 20), stages.stream().map(EscalationStage::cumulativeWorkingDays).toList());
        assertEquals("Line/Team Managers", stages.get(0).parties());
        assertEquals("SCSP Chair", stages.get(3).parties());
        assertTrue(stages.get(0).mustRecord().stream().anyMatch(r -> r.contains("case file")));
        // the IRO rule holds whatever stage a caller has reached, so it is policy-wide, not only stage 1's
        assertTrue(policy("sandwell").recording().stream().anyMatch(r -> r.text().contains("Independent Reviewing Officer")));
        assertTrue(stages.get(1).mustRecord().stream().anyMatch(r -> r.contains("escalation template")));
        // stage 4's seven working days are to convene a meeting (003:232), not to resolve it
        assertTrue(stages.get(3).timescaleMeans().contains("convenes a meeting"));
        assertTrue(policy("sandwell").doNotDelayRule().text().contains("inaction will increase the risk"));
    }

    @Test
    void nextStageIsNamed() {
        Deadline deadline = policy("sandwell").deadline(2, LocalDate.of(2025, 12, 23), calendar);
        assertEquals(3, deadline.nextStage().number());
        assertNull(policy("sandwell").deadline(4, LocalDate.of(2025, 12, 23), calendar).nextStage());
    }

    @Test
    void northTynesideHasFourStagesWithoutStatedTimescales() {
        EscalationPolicy northTyneside = policy("north-tyneside");
        assertEquals(4, northTyneside.stages().size());
        assertEquals(EscalationAudience.ANYONE_IN_CHILDS_NETWORK, northTyneside.whoMayEscalate().audience());
        Deadline deadline = northTyneside.deadline(2, LocalDate.of(2026, 3, 2), calendar);
        assertNull(deadline.dueBy());
        assertNull(deadline.workingDays());
        assertNotNull(deadline.note());
        assertTrue(deadline.note().contains("not in this document"), deadline.note());
        assertTrue(northTyneside.pointOfContact().text().contains("0191 643 7366"));
    }

    @Test
    void westSussexStatesNoStagesAndSaysWhoToAsk() {
        EscalationPolicy westSussex = policy("west-sussex");
        assertTrue(westSussex.stages().isEmpty());
        assertTrue(westSussex.stagesNotStated().text().startsWith("Not stated"));
        assertTrue(westSussex.pointOfContact().text().contains("01403 229900"));
        assertThrows(UnknownStageException.class, () -> westSussex.deadline(1, LocalDate.of(2026, 3, 2), calendar));
    }

    @Test
    void unknownStagesAndUncoveredDatesAreErrors() {
        EscalationPolicy sandwell = policy("sandwell");
        assertThrows(UnknownStageException.class, () -> sandwell.deadline(0, LocalDate.of(2026, 3, 2), calendar));
        assertThrows(UnknownStageException.class, () -> sandwell.deadline(5, LocalDate.of(2026, 3, 2), calendar));
        assertThrows(OutsideCalendarException.class, () -> sandwell.deadline(1, LocalDate.of(2031, 3, 3), calendar));
        assertThrows(OutsideCalendarException.class, () -> sandwell.deadline(4, LocalDate.of(2028, 12, 27), calendar));
    }

    @Test
    void professionalsOnlyWhereTheDocumentsSaySo() {
        for (String id : List.of("medway", "sandwell", "lscb-model")) {
            assertEquals(EscalationAudience.PROFESSIONALS_ONLY, policy(id).whoMayEscalate().audience(), id);
        }
        // West Sussex's document points to a policy it does not contain and names no audience (000:341-347)
        assertEquals(EscalationAudience.NOT_STATED, policy("west-sussex").whoMayEscalate().audience());
        assertEquals(EscalationAudience.ANYONE_IN_CHILDS_NETWORK, policy("north-tyneside").whoMayEscalate().audience());
    }
}
