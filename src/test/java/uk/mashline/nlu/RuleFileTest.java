package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleFileTest {

    @Test
    void aDefineIsUsedByLaterLinesAndCommentsAreSkipped() {
        RuleFile file = new RuleFile("test");
        List<String[]> lines = new ArrayList<>();
        file.read(List.of("# a comment", "", "define\tHELLO\thi|hello", "greeting\t^{HELLO}$"), lines::add);
        assertEquals(1, lines.size());
        assertEquals("^(?:hi|hello)$", file.expand(lines.get(0)[1]));
        assertTrue(file.compile(lines.get(0)[1]).matcher("hello").matches());
    }

    @Test
    void aCharacterClassByNameIsNoDefine() {
        RuleFile file = new RuleFile("test");
        assertTrue(file.compile("in (\\p{L}{3,15})\\b").matcher("in polski").find());
        assertTrue(file.compile("\\P{Lu}+").matcher("abc").matches());
    }

    @Test
    void anUndefinedNameIsAnErrorNamingTheLine() {
        RuleFile file = new RuleFile("test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> file.read(List.of("# x", "label\t{MISSING}"), fields -> file.compile(fields[1])));
        assertTrue(e.getMessage().contains("test line 2"), e.getMessage());
    }
}
