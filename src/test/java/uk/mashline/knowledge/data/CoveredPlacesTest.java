package uk.mashline.knowledge.data;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.mashline.knowledge.Contact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The towns an area team covers (West Sussex Early Help North and South) pick the one number a family is given as
 * theirs: no place may be covered by two teams of the same kind (the first would win, the other's family would be
 * given the wrong number), and every covered place must be one the place finder knows (nlu/slots/places.txt), or the
 * entry is never used. Facts helper, 1 Dec 2026: Crawley's Northgate was covered by North while Chichester's
 * Northgate is South.
 */
class CoveredPlacesTest {

    private static final Path PLACES = Path.of("src/main/resources/nlu/slots/places.txt");

    @TestFactory
    Stream<DynamicTest> noPlaceIsCoveredByTwoTeamsAndEveryCoveredPlaceIsKnown() throws IOException {
        Set<String> known = Files.readAllLines(PLACES).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            Map<String, String> coveredBy = new HashMap<>();
            for (Contact contact : partnership.contacts()) {
                for (String place : contact.covers()) {
                    String other = coveredBy.putIfAbsent(contact.kind() + " " + place, contact.name());
                    if (other != null) {
                        problems.add(place + " is covered by both " + other + " and " + contact.name());
                    }
                    if (!known.contains(place)) {
                        problems.add(place + " (" + contact.name() + ") is not in " + PLACES);
                    }
                }
            }
            assertEquals(List.of(), problems);
        }));
    }
}
