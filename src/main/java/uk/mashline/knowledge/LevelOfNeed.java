package uk.mashline.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A level in a partnership's continuum of need (e.g. West Sussex level 4 "Safeguarding/Specialist Needs"),
 * with its indicators. Helps a caller see whether a worry is for early help or for the MASH.
 */
public record LevelOfNeed(int number, String name, String description, List<Indicator> indicators, Source source) {

    public LevelOfNeed {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
    }

    /** Indicators grouped by domain, in document order ("" for indicators without a domain). */
    public Map<String, List<String>> indicatorsByDomain() {
        Map<String, List<String>> byDomain = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            String domain = indicator.domain() == null ? "" : indicator.domain();
            byDomain.computeIfAbsent(domain, d -> new java.util.ArrayList<>()).add(indicator.text());
        }
        return byDomain;
    }
}
