package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.nlu.PatternPrefilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The places {@link LiteralPlaces} finds for a cue's literals in one walk of a text are those a search for each literal
 * finds: anywhere, only where a word begins, only at the text's start. nlu-49 laid the trie out anew; this holds the walk
 * to what a plain search gives, on literals that share beginnings, end inside one another and hold spaces and non-ASCII.
 */
class LiteralPlacesTest {

    private static final String LETTERS = "ab c\u00e9";

    /** Where one of the literals occurs, each place once, as a search for each in turn finds them. */
    private static TreeSet<Integer> searched(String[] literals, String text, boolean atWordStartOnly) {
        TreeSet<Integer> places = new TreeSet<>();
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                boolean wordStart = at == 0 || !LiteralPlaces.isWordCharacter(text.charAt(at - 1));
                if (!atWordStartOnly || !LiteralPlaces.isWordCharacter(literal.charAt(0)) || wordStart) {
                    places.add(at);
                }
            }
        }
        return places;
    }

    private static TreeSet<Integer> walked(LiteralPlaces.Found found, int key) {
        TreeSet<Integer> places = new TreeSet<>();
        List<Integer> inOrder = new ArrayList<>();
        for (int i = found.firstOf(key); i >= 0; i = found.after(i)) {
            places.add(found.at(i));
            inOrder.add(found.at(i));
        }
        // each place once, the last found first
        assertEquals(places.descendingSet().stream().toList(), inOrder);
        return places;
    }

    private static String random(Random random, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(most); i > 0; i--) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    @Test
    void findsWhatASearchForEachLiteralFinds() {
        Random random = new Random(49);
        int cues = 60;
        String[][] literals = new String[cues][];
        String[][] startLiterals = new String[cues][];
        boolean[] wordStartOnly = new boolean[cues];
        LiteralPlaces.Keys[] keys = new LiteralPlaces.Keys[cues];
        for (int c = 0; c < cues; c++) {
            TreeSet<String> some = new TreeSet<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                some.add(random(random, 4));
            }
            literals[c] = some.toArray(String[]::new);
            TreeSet<String> starting = new TreeSet<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                starting.add(random(random, 3));
            }
            startLiterals[c] = starting.isEmpty() ? null : starting.toArray(String[]::new);
            wordStartOnly[c] = random.nextBoolean();
            // a regex of its own for each: the same regex registered again gets the keys it got
            keys[c] = LiteralPlaces.register(Pattern.compile("nlu49-literal-places-" + c),
                    new PatternPrefilter.Starts(startLiterals[c] != null, literals[c], startLiterals[c], null),
                    wordStartOnly[c]);
        }
        for (int t = 0; t < 3000; t++) {
            String text = random(random, 24);
            for (int c = 0; c < cues; c++) {
                LiteralPlaces.Found found = LiteralPlaces.in(text, keys[c]);
                assertEquals(searched(literals[c], text, wordStartOnly[c]), walked(found, keys[c].places()),
                        "cue " + c + " in '" + text + "'");
                if (startLiterals[c] != null) {
                    boolean begins = false;
                    for (String literal : startLiterals[c]) {
                        begins |= text.startsWith(literal);
                    }
                    assertEquals(begins, found.has(keys[c].start()), "start of cue " + c + " in '" + text + "'");
                }
            }
        }
    }
}
