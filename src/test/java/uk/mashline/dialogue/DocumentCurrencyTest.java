package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Partnerships;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reply relying on a document past its review date says so once, after the essentials already there. */
class DocumentCurrencyTest {

    private final DocumentCurrency currency = new DocumentCurrency(Wording.fromClasspath("dialogue/wording.properties"));
    private final Partnership medway = Partnerships.bundled().find("medway").orElseThrow();

    private Advice citingMedway() {
        var firstResponse = medway.contact(ContactKind.MASH).orElseThrow();
        return new Advice().add("Call First Response.", firstResponse.source()).essentialsEndHere()
                .add("More detail.", firstResponse.source());
    }

    @Test
    void pastItsReviewDateTheReplySaysSoOnceAsItsLastEssential() {
        Advice advice = currency.note(citingMedway(), Route.REPORT_CONCERN, medway, LocalDate.of(2027, 3, 10));
        assertEquals(3, advice.paragraphs().size());
        assertEquals(2, advice.essential());
        String note = advice.paragraphs().get(1);
        assertTrue(note.contains("due for review by March 2022"), note);
        assertTrue(note.contains("https://www.medwayscp.org.uk"), note);
        assertTrue(advice.sources().stream().anyMatch(s -> s.contains("lines 7-9")), advice.sources().toString());
    }

    @Test
    void beforeTheReviewDateOrOnAnEmergencyOrGreetingThereIsNoNote() {
        assertEquals(2, currency.note(citingMedway(), Route.REPORT_CONCERN, medway, LocalDate.of(2022, 3, 31))
                .paragraphs().size());
        for (Route route : List.of(Route.IMMEDIATE_RISK, Route.GREETING, Route.HUMAN_HANDOFF)) {
            assertEquals(2, currency.note(citingMedway(), route, medway, LocalDate.of(2027, 3, 10)).paragraphs().size());
        }
    }

    @Test
    void anExpiredPolicySaysWhenItExpired() {
        Partnership northTyneside = Partnerships.bundled().find("north-tyneside").orElseThrow();
        var line = northTyneside.contact(ContactKind.DISAGREEMENT).orElseThrow();
        Advice advice = currency.note(new Advice().add("Ring it.", line.source()), Route.ESCALATION, northTyneside,
                LocalDate.of(2027, 3, 10));
        assertTrue(advice.paragraphs().get(1).contains("due for review by 31 December 2021 and expired on 31 March 2022"),
                advice.paragraphs().toString());
    }

    @Test
    void aDocumentWithoutAReviewDateGetsNoNote() {
        Partnership sandwell = Partnerships.bundled().find("sandwell").orElseThrow();
        var unit = sandwell.contacts(ContactKind.OTHER).get(0);
        assertEquals(1, currency.note(new Advice().add("Email it.", unit.source()), Route.ESCALATION, sandwell,
                LocalDate.of(2030, 1, 1)).paragraphs().size());
    }
}
