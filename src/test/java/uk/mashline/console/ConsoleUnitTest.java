package uk.mashline.console;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Plain unit tests: sender masking, CSV cells, medians (HTML escaping: ConsolePagesTest). */
class ConsoleUnitTest {

    @Test
    void sendersAreMaskedKeepingTheLastThreeCharacters() {
        assertEquals("+44 77** ***101", SenderMask.mask("+447700900101"));
        assertEquals("+44 77** ***101", SenderMask.mask("+44 7700 900101"));
        assertEquals("+33******789", SenderMask.mask("+33612345789"));
        assertEquals("********c9f", SenderMask.mask("web-client-7a8c9f"));
        assertEquals("****", SenderMask.mask("abc"));
        assertNull(SenderMask.mask(null));
    }

    @Test
    void csvCellsAreQuotedAndFormulaSafe() {
        assertEquals("'=1+2", ConversationCsv.cell("=1+2"));
        assertEquals("'+44 77** ***101", ConversationCsv.cell("+44 77** ***101"));
        assertEquals("'-3", ConversationCsv.cell("-3"));
        assertEquals("'@SUM(A1)", ConversationCsv.cell("@SUM(A1)"));
        assertEquals("\"a,b\"", ConversationCsv.cell("a,b"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ConversationCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("plain", ConversationCsv.cell("plain"));
        assertEquals("", ConversationCsv.cell(null));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(5.0, DashboardQueries.median(List.of(9L, 1L, 5L)));
        assertEquals(4.0, DashboardQueries.median(List.of(1L, 3L, 5L, 9L)));
        assertNull(DashboardQueries.median(List.of()));
    }
}
