package uk.mashline.dialogue;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The flows declared in {@code dialogue/flows.yml}, checked when the service starts: a flow with an unknown
 * route, fill or wording key fails start-up with the file and the flow named, not a caller's turn.
 */
public final class FlowCatalog {

    public static final String DEFAULT_FILE = "dialogue/flows.yml";

    private final Map<String, FlowDefinition> byName = new LinkedHashMap<>();
    private final Map<Route, FlowDefinition> byRoute = new EnumMap<>(Route.class);

    public FlowCatalog(List<FlowDefinition> flows) {
        for (FlowDefinition flow : flows) {
            if (byName.put(flow.name(), flow) != null || byRoute.put(flow.route(), flow) != null) {
                throw new IllegalArgumentException("two flows named " + flow.name() + " or for route " + flow.route());
            }
        }
    }

    public Optional<FlowDefinition> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Optional<FlowDefinition> forRoute(Route route) {
        return Optional.ofNullable(byRoute.get(route));
    }

    public static FlowCatalog fromClasspath(String resource, Wording wording) {
        try (InputStream in = FlowCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("flows not found on the classpath: " + resource);
            }
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<FlowDefinition> flows = new ArrayList<>();
            for (Map<String, Object> flow : maps(doc.get("flows"))) {
                String name = String.valueOf(flow.get("name"));
                try {
                    flows.add(flow(name, flow, wording));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ", flow " + name + ": " + e.getMessage(), e);
                }
            }
            return new FlowCatalog(flows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FlowDefinition flow(String name, Map<String, Object> flow, Wording wording) {
        Route route = Route.valueOf(String.valueOf(flow.get("route")));
        Set<Route> interrupts = strings(flow.get("interruptedBy")).stream().map(Route::valueOf).collect(Collectors.toSet());
        List<SlotQuestion> slots = new ArrayList<>();
        for (Map<String, Object> s : maps(flow.get("slots"))) {
            slots.add(slot(s, wording));
        }
        java.util.regex.Pattern restartedBy = flow.get("restartedBy") == null ? null
                : java.util.regex.Pattern.compile(String.valueOf(flow.get("restartedBy")));
        java.util.regex.Pattern correctedBy = flow.get("correctedBy") == null ? null
                : java.util.regex.Pattern.compile(String.valueOf(flow.get("correctedBy")));
        java.util.regex.Pattern notKnownBy = flow.get("notKnownBy") == null ? null
                : java.util.regex.Pattern.compile(String.valueOf(flow.get("notKnownBy")));
        return new FlowDefinition(name, route, slots, interrupts, restartedBy, correctedBy, notKnownBy);
    }

    private static SlotQuestion slot(Map<String, Object> s, Wording wording) {
        String slot = String.valueOf(s.get("slot"));
        String ask = String.valueOf(s.get("ask"));
        String askAgain = s.get("askAgain") == null ? null : String.valueOf(s.get("askAgain"));
        for (String key : askAgain == null ? List.of(ask) : List.of(ask, askAgain)) {
            if (!wording.has(key)) {
                throw new IllegalStateException("slot " + slot + ": no wording for key " + key);
            }
        }
        SlotQuestion.Fill fill = SlotQuestion.Fill.valueOf(String.valueOf(s.get("fill")).toUpperCase(Locale.ROOT));
        Map<Integer, String> choices = new LinkedHashMap<>();
        if (s.get("choices") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> choices.put(Integer.valueOf(String.valueOf(k)), String.valueOf(v)));
        }
        Map<String, Pattern> replies = new LinkedHashMap<>();
        if (s.get("replies") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> replies.put(String.valueOf(k), Pattern.compile(String.valueOf(v))));
        }
        String free = s.get("free") == null ? null : String.valueOf(s.get("free"));
        if (fill == SlotQuestion.Fill.FREE && free == null) {
            throw new IllegalStateException("slot " + slot + ": a free fill needs the value of a free reply (free:)");
        }
        Pattern weekOnly = s.get("weekOnlyBy") == null ? null : Pattern.compile(String.valueOf(s.get("weekOnlyBy")));
        if (weekOnly != null && fill != SlotQuestion.Fill.DATE) {
            throw new IllegalStateException("slot " + slot + ": weekOnlyBy is for a date slot");
        }
        Pattern weekOnlyIn = s.get("weekOnlyIn") == null ? null : Pattern.compile(String.valueOf(s.get("weekOnlyIn")));
        if (weekOnlyIn != null && weekOnly == null) {
            throw new IllegalStateException("slot " + slot + ": weekOnlyIn goes with weekOnlyBy");
        }
        Pattern notKnownIn = s.get("notKnownIn") == null ? null : Pattern.compile(String.valueOf(s.get("notKnownIn")));
        return new SlotQuestion(slot, ask, askAgain, strings(s.get("when")), fill, choices, replies, free, weekOnly,
                weekOnlyIn, notKnownIn);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
