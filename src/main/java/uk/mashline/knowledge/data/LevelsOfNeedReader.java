package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Indicator;
import uk.mashline.knowledge.LevelOfNeed;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code levelsOfNeed:}. Indicators are a list of {@code {domain, text}} (domain optional),
 * or {@code indicatorsByDomain: {"Family & Environment": [..], ...}}.
 */
final class LevelsOfNeedReader {

    private final SourceReader sources;

    LevelsOfNeedReader(SourceReader sources) {
        this.sources = sources;
    }

    List<LevelOfNeed> read(Node root) {
        List<LevelOfNeed> levels = root.map(root.children("levelsOfNeed"), this::level);
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).number() != i + 1) {
                throw root.error("levelsOfNeed[" + i + "].number", "levels must be numbered 1, 2, 3... in order");
            }
        }
        return levels;
    }

    private LevelOfNeed level(Node node) {
        List<Indicator> indicators = new ArrayList<>(node.map(node.children("indicators"),
                n -> new Indicator(n.optionalText("domain"), n.text("text"))));
        Node byDomain = node.optionalChild("indicatorsByDomain");
        if (byDomain != null) {
            for (String domain : byDomainKeys(byDomain)) {
                byDomain.texts(domain).forEach(text -> indicators.add(new Indicator(domain, text)));
            }
            byDomain.finish();
        }
        return new LevelOfNeed(node.integer("number"), node.text("name"), node.text("description"),
                indicators, sources.source(node));
    }

    private static List<String> byDomainKeys(Node node) {
        return node.keys();
    }
}
