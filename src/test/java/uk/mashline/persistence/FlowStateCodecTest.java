package uk.mashline.persistence;

import org.junit.jupiter.api.Test;
import uk.mashline.dialogue.DialogueState;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.Slots;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowStateCodecTest {

    @Test
    void aFlowInProgressWithItsFactsReadsBackTheSame() {
        DialogueState state = new DialogueState("escalation", Slots.RAISED_ON,
                new Slots(Map.of(Slots.ROLE, "PROFESSIONAL", Slots.STAGE, "2", Slots.PLACE, "burgess hill; west=sussex")),
                Route.ESCALATION);
        FlowStateCodec.Flow read = FlowStateCodec.decode(FlowStateCodec.encode(state, 1));
        assertEquals(state, read.dialogue());
        assertEquals(1, read.misses());
    }

    @Test
    void theStateIsStoredAsJson() {
        DialogueState state = new DialogueState("escalation", Slots.STAGE, new Slots(Map.of(Slots.ROLE, "PARENT")),
                Route.ESCALATION);
        assertEquals("{\"v\":3,\"misses\":0,\"flow\":\"escalation\",\"awaiting\":\"stage\",\"last\":\"ESCALATION\","
                + "\"slots\":{\"role\":\"PARENT\"}}", FlowStateCodec.encode(state, 0));
    }

    @Test
    void aStateWrittenByVersionTwoCarriesOnAtTheSameQuestion() {
        FlowStateCodec.Flow read = FlowStateCodec.decode(
                "v=2;misses=1;flow=escalation;awaiting=raised_on;last=ESCALATION;s.role=PROFESSIONAL;"
                        + "s.place=burgess+hill%3B+west%3Dsussex");
        assertEquals(new DialogueState("escalation", Slots.RAISED_ON,
                new Slots(Map.of(Slots.ROLE, "PROFESSIONAL", Slots.PLACE, "burgess hill; west=sussex")), Route.ESCALATION),
                read.dialogue());
        assertEquals(1, read.misses());
    }

    @Test
    void brokenJsonStartsAfreshInsteadOfFailingTheTurn() {
        assertEquals(DialogueState.NONE, FlowStateCodec.decode("{\"v\":3,\"slots\":").dialogue());
    }

    @Test
    void aStateWrittenBeforeSlotsCarriesOnAtTheSameQuestion() {
        FlowStateCodec.Flow read = FlowStateCodec.decode("step=ESCALATION_RAISED_ON;misses=0;decision=mash;initial=true;stage=2");
        assertEquals("escalation", read.dialogue().flow());
        assertEquals(Slots.RAISED_ON, read.dialogue().awaiting());
        assertEquals(Map.of(Slots.DECISION, "mash", Slots.INITIAL_DISCUSSION, "yes", Slots.STAGE, "2"),
                read.dialogue().slots().values());
        assertTrue(FlowStateCodec.decode("step=CLARIFY;misses=1").dialogue().clarifying());
    }

    @Test
    void nothingOrAnUnknownRouteStartsAfresh() {
        assertFalse(FlowStateCodec.decode(null).dialogue().inFlow());
        assertNull(FlowStateCodec.decode("v=2;misses=0;last=NO_SUCH_ROUTE").dialogue().last());
    }
}
