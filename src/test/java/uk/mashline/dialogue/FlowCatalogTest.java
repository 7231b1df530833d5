package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.Slots;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowCatalogTest {

    private final Wording wording = Wording.fromClasspath("dialogue/wording.properties");

    @Test
    void theShippedFlowsLoadAndTheEscalationAsksInTheDutyWorkersOrder() {
        FlowCatalog flows = FlowCatalog.fromClasspath(FlowCatalog.DEFAULT_FILE, wording);
        FlowDefinition escalation = flows.forRoute(Route.ESCALATION).orElseThrow();
        assertEquals(List.of(Slots.ROLE, Slots.DECISION, Slots.INITIAL_DISCUSSION, Slots.STAGE, Slots.RAISED_ON),
                escalation.slots().stream().map(SlotQuestion::slot).toList());
        for (Route route : List.of(Route.REPORT_CONCERN, Route.CONSULTATION, Route.EARLY_HELP, Route.CONSENT_INFO_SHARING)) {
            assertTrue(flows.forRoute(route).isPresent(), "no flow for " + route);
        }
        assertTrue(escalation.interruptedBy().contains(Route.COMPLAINT));
        assertEquals("PROFESSIONAL", escalation.slot(Slots.ROLE).orElseThrow().choices().get(1));
    }

    @Test
    void aQuestionWithNoWordingFailsAtStartUpNamingTheFlow() throws IOException {
        Wording none = Wording.from(new StringReader("other=x"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FlowCatalog.fromClasspath(FlowCatalog.DEFAULT_FILE, none));
        assertTrue(e.getMessage().contains("flow escalation") && e.getMessage().contains("escalation.askRole"),
                e.getMessage());
    }

    @Test
    void aReplyIsReadForTheSlotAskedAndOnlyThat() {
        FlowDefinition escalation = FlowCatalog.fromClasspath(FlowCatalog.DEFAULT_FILE, wording)
                .named("escalation").orElseThrow();
        SlotQuestion role = escalation.slot(Slots.ROLE).orElseThrow();
        assertTrue(role.fill().structured());
        assertEquals(SlotQuestion.Fill.FREE, escalation.slot(Slots.DECISION).orElseThrow().fill());
        assertTrue(role.replies().get("CHILD").matcher("it's about me").find());
    }
}
