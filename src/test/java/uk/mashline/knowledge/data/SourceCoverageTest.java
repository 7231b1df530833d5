package uk.mashline.knowledge.data;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fact in every partnership file carries a source, and every source names a seed document
 * that exists and a section heading that the document really contains.
 */
class SourceCoverageTest {

    /** A mapping holding any of these keys states a fact and must have a source (itself or an ancestor). */
    private static final Set<String> FACT_KEYS = Set.of("text", "phone", "email", "url", "workingDays",
            "cumulativeWorkingDays", "amount", "parties", "description", "audience", "notStated", "mustRecord");

    @TestFactory
    Stream<DynamicTest> everyFactHasASource() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> root = SeedDocuments.rawYaml(file);
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, Object> entry : root.entrySet()) {
                if (!entry.getKey().equals("documents")) {
                    walk(entry.getValue(), entry.getKey(), false, missing);
                }
            }
            assertEquals(List.of(), missing, file + ": facts without a source");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySourceNamesARealSeedAndSection() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            SourceWalker.sources(partnership).forEach(source -> {
                Path seed = SeedDocuments.SEEDS.resolve(source.document());
                if (!Files.exists(seed)) {
                    problems.add(source.label() + ": no seed file " + source.document());
                    return;
                }
                String seedText = SeedDocuments.squashed(SeedDocuments.text(source.document()));
                for (String heading : SourceWalker.headings(source.section())) {
                    if (!seedText.contains(SeedDocuments.squashed(heading))) {
                        problems.add(source.label() + ": heading '" + heading + "' not found in " + source.document());
                    }
                }
            });
            assertEquals(List.of(), problems);
            assertTrue(partnership.documents().size() >= 1);
        }));
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String path, boolean sourced, List<String> missing) {
        if (node instanceof Map<?, ?> map) {
            boolean hasSource = sourced || map.get("source") != null;
            boolean statesAFact = map.entrySet().stream()
                    .anyMatch(e -> FACT_KEYS.contains(e.getKey()) && !(e.getValue() instanceof Map));
            if (!hasSource && statesAFact) {
                missing.add(path);
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!"source".equals(entry.getKey())) {
                    walk(entry.getValue(), path + "." + entry.getKey(), hasSource, missing);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", sourced, missing);
            }
        }
    }
}
