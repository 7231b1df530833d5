package uk.mashline.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The national helplines the line knows, by id. */
public final class NationalHelplines {

    /** Ids the dialogue relies on; a helplines file without them is refused at start-up. */
    public static final List<String> REQUIRED = List.of("emergency", "silent-solution", "police-non-emergency",
            "childline", "nspcc", "ceop", "report-remove", "samaritans");

    private final Map<String, NationalHelpline> byId = new LinkedHashMap<>();

    public NationalHelplines(List<NationalHelpline> helplines) {
        for (NationalHelpline h : helplines) {
            if (byId.putIfAbsent(h.id(), h) != null) {
                throw new IllegalArgumentException("helpline id '" + h.id() + "' appears twice");
            }
        }
        for (String id : REQUIRED) {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("national helplines must include '" + id + "'");
            }
        }
    }

    public Optional<NationalHelpline> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A helpline the dialogue relies on (one of {@link #REQUIRED}). */
    public NationalHelpline get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no national helpline '" + id + "'"));
    }

    public List<NationalHelpline> all() {
        return List.copyOf(byId.values());
    }
}
