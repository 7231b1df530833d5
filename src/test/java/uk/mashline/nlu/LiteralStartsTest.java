package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiteralStartsTest {

    /** What the prefilter did before: every place each literal occurs, searched literal by literal, sorted, each once. */
    private static List<Integer> searchedOneByOne(String[] literals, String text) {
        TreeSet<Integer> places = new TreeSet<>();
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                places.add(at);
            }
        }
        return new ArrayList<>(places);
    }

    /** The literals as the prefilter keeps them: sorted, those that begin with another left out (they add no place). */
    private static List<Integer> scanned(String[] literals, String text) {
        String[] kept = java.util.Arrays.stream(literals)
                .filter(l -> java.util.Arrays.stream(literals).noneMatch(k -> !k.equals(l) && l.startsWith(k)))
                .sorted().distinct().toArray(String[]::new);
        List<Integer> places = new ArrayList<>();
        new LiteralStarts(kept).forEach(text, places::add);
        return places;
    }

    @Test
    void findsThePlacesASearchForEachLiteralFinds() {
        // the shape of the risk rules' "what counts as" line: literals sharing beginnings, inside words and across them
        String[] literals = {"emergency", "immediate danger", "immediate risk", "what counts as a", "what counts as emergency",
            "when can a professional call 999", "\u00e9t\u00e9", "self harm"};
        for (String text : List.of("", "e", "what counts as an emergency", "what counts as emergency", "emergencyemergency",
                "is it immediate danger or immediate risk", "non emergency", "my d\u00e9t\u00e9 self harm", "selfharm",
                "when can a professional call 999 in an emergency", "what counts as a what counts as emergency")) {
            assertEquals(searchedOneByOne(literals, text), scanned(literals, text), text);
        }
    }

    @Test
    void agreesWithTheSearchOnRandomTexts() {
        String[] literals = {"ab", "abc d", "b", "ca", "d a", "\u0101x", "x\u0101", "c\u0101b"};
        Random random = new Random(48);
        String letters = "abcd \u0101x";
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertEquals(searchedOneByOne(literals, text.toString()), scanned(literals, text.toString()), text.toString());
        }
    }

    @Test
    void takesOnlyLiteralsItCanRead() {
        assertTrue(LiteralStarts.suits(new String[] {"a", "b"}));
        assertFalse(LiteralStarts.suits(new String[] {"b", "a"}), "unsorted");
        assertFalse(LiteralStarts.suits(new String[] {"a", "ab"}), "one the beginning of another");
        assertFalse(LiteralStarts.suits(new String[] {""}), "empty: found at every place and at the end");
        assertThrows(IllegalArgumentException.class, () -> new LiteralStarts(new String[] {"a", "a"}));
    }
}
