package uk.mashline.persistence;

import uk.mashline.dialogue.DialogueState;
import uk.mashline.dialogue.Route;
import uk.mashline.nlu.Slots;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes where a conversation's dialogue stands into one column and reads it back: the flow, the slot
 * asked for, the facts stated (slot values, never message text) and the last route, as
 * {@code v=2;flow=escalation;awaiting=stage;misses=0;last=ESCALATION;s.role=PROFESSIONAL;...}, values
 * percent-encoded. States written before version 2 ({@code step=ESCALATION_STAGE;decision=mash;initial=true;stage=2})
 * are still read, so a conversation in progress during an upgrade carries on where it was.
 */
final class FlowStateCodec {

    private static final String SLOT = "s.";

    record Flow(DialogueState dialogue, int misses) {
    }

    private FlowStateCodec() {
    }

    static String encode(DialogueState d, int misses) {
        StringBuilder out = new StringBuilder("v=2;misses=").append(misses);
        put(out, "flow", d.flow());
        put(out, "awaiting", d.awaiting());
        put(out, "last", d.last() == null ? null : d.last().name());
        d.slots().values().forEach((name, value) -> put(out, SLOT + name, value));
        return out.toString();
    }

    static Flow decode(String value) {
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

    private static void put(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(';').append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
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
