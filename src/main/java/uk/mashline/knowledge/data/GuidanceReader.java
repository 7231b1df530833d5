package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code guidance:} - {@code [{topics: [REPORT_CONCERN, CONSULTATION], audience: PROFESSIONALS,
 * mentions: [interpret], whenKnown: {decision: cp_plan}, text, source}]}; audience defaults to EVERYONE;
 * with neither mentions nor whenKnown an entry is always shown on its topics.
 */
final class GuidanceReader {

    private final SourceReader sources;

    GuidanceReader(SourceReader sources) {
        this.sources = sources;
    }

    List<Guidance> read(Node root) {
        return root.map(root.children("guidance"), this::guidance);
    }

    private Guidance guidance(Node node) {
        List<String> names = node.texts("topics");
        if (names.isEmpty()) {
            throw node.error("topics", "is required: one or more of " + List.of(GuidanceTopic.values()));
        }
        Set<GuidanceTopic> topics = EnumSet.noneOf(GuidanceTopic.class);
        for (String name : names) {
            try {
                topics.add(GuidanceTopic.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw node.error("topics", "'" + name + "' is not one of " + List.of(GuidanceTopic.values()));
            }
        }
        Guidance.Audience audience = node.has("audience") ? node.enumValue("audience", Guidance.Audience.class)
                : Guidance.Audience.EVERYONE;
        node.optionalText("audience");
        Map<String, String> whenKnown = new LinkedHashMap<>();
        Node facts = node.optionalChild("whenKnown");
        if (facts != null) {
            for (String slot : facts.keys()) {
                whenKnown.put(slot, facts.text(slot));
            }
            facts.finish();
        }
        List<String> mentions = node.phrases("mentions");
        // a term's entry with nothing to name it would answer every "what is...?" question
        if (topics.contains(GuidanceTopic.TERM) && mentions.isEmpty()) {
            throw node.error("mentions", "is required on a TERM entry: the words that name the term");
        }
        return new Guidance(topics, audience, mentions, whenKnown, sources.sourcedText(node));
    }
}
