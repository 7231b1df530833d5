package uk.mashline.persistence;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import uk.mashline.dialogue.DialogueState;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.Slots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes where a conversation's dialogue stands into one column and reads it back: the flow, the slot
 * asked for, the facts stated (slot values, never message text) and the last route, as a JSON object
 * ({@code {"v":3,"misses":0,"flow":"escalation","awaiting":"stage","last":"ESCALATION","slots":{"role":"PROFESSIONAL"}}}).
 * The column stays VARCHAR: H2, the embedded default, would store a string bound to its JSON type as a quoted
 * JSON string. States written by earlier versions are still read, so a conversation in progress during an
 * upgrade carries on where it was: version 2 ({@code v=2;flow=escalation;awaiting=stage;s.role=...}, values
 * percent-encoded) and version 1 ({@code step=ESCALATION_STAGE;decision=mash;initial=true;stage=2}).
 */
final class FlowStateCodec {

    private static final String SLOT = "s.";
    private static final int VERSION = 3;
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    record Flow(DialogueState dialogue, int misses) {
    }

    /** The column's JSON, as micronaut-serde writes and reads it. */
    @Serdeable
    record Stored(int v, int misses, String flow, String awaiting, String last, Map<String, String> slots) {
    }

    private FlowStateCodec() {
    }

    static String encode(DialogueState d, int misses) {
        Stored stored = new Stored(VERSION, misses, d.flow(), d.awaiting(), d.last() == null ? null : d.last().name(),
                d.slots().values());
        try {
            return JSON.writeValueAsString(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Flow decode(String value) {
        if (value != null && value.startsWith("{")) {
            return json(value);
        }
        Map<String, String> fields = fields(value);
        int misses = parseInt(fields.get("misses"));
        if (!fields.containsKey("v")) {
            return new Flow(legacy(fields), misses);
        }
        Map<String, String> slots = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(SLOT)) {
                slots.put(k.substring(SLOT.length()), v);
            }
        });
        return new Flow(new DialogueState(fields.get("flow"), fields.get("awaiting"), new Slots(slots),
                route(fields.get("last"))), misses);
    }

    private static Flow json(String value) {
        try {
            Stored stored = JSON.readValue(value, Stored.class);
            Map<String, String> slots = stored.slots() == null ? Map.of() : new LinkedHashMap<>(stored.slots());
            return new Flow(new DialogueState(stored.flow(), stored.awaiting(), new Slots(slots), route(stored.last())),
                    stored.misses());
        } catch (IOException | RuntimeException e) {
            // an unreadable state costs the conversation its context, never the turn
            return new Flow(DialogueState.NONE, 0);
        }
    }

    /** Version 1 kept an escalation step and its answers; map them onto the escalation flow's slots. */
    private static DialogueState legacy(Map<String, String> fields) {
        String step = fields.getOrDefault("step", "NONE");
        Map<String, String> slots = new LinkedHashMap<>();
        if (fields.containsKey("decision")) {
            slots.put(Slots.DECISION, fields.get("decision"));
        }
        if (fields.containsKey("initial")) {
            slots.put(Slots.INITIAL_DISCUSSION, Boolean.parseBoolean(fields.get("initial")) ? Slots.YES : Slots.NO);
        }
        if (fields.containsKey("stage")) {
            slots.put(Slots.STAGE, fields.get("stage"));
        }
        String flow = null;
        String awaiting = null;
        if (step.equals("CLARIFY")) {
            flow = DialogueState.CLARIFY;
        } else if (step.startsWith("ESCALATION_")) {
            flow = "escalation";
            awaiting = switch (step) {
                case "ESCALATION_ROLE" -> Slots.ROLE;
                case "ESCALATION_DECISION" -> Slots.DECISION;
                case "ESCALATION_INITIAL_DISCUSSION" -> Slots.INITIAL_DISCUSSION;
                case "ESCALATION_STAGE" -> Slots.STAGE;
                case "ESCALATION_RAISED_ON" -> Slots.RAISED_ON;
                default -> null;
            };
        }
        return new DialogueState(flow, awaiting, new Slots(slots), null);
    }

    private static Map<String, String> fields(String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value != null) {
            for (String part : value.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    fields.put(part.substring(0, eq), decodeValue(part.substring(eq + 1)));
                }
            }
        }
        return fields;
    }

    private static String decodeValue(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static Route route(String name) {
        try {
            return name == null ? null : Route.valueOf(name);
        } catch (IllegalArgumentException e) {
            // a route from a newer version: no context rather than a failed turn
            return null;
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
