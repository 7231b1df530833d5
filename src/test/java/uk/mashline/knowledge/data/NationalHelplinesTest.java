package uk.mashline.knowledge.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.NationalHelplines;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalHelplinesTest {

    private final NationalHelplinesReader reader = new NationalHelplinesReader();

    @Test
    void theShippedFileHasEveryHelplineTheDialogueNeedsWithItsPublishedNumber() {
        NationalHelplines helplines = reader.load(null);
        assertEquals("999", helplines.get("emergency").phone());
        assertEquals("55", helplines.get("silent-solution").phone());
        assertEquals("101", helplines.get("police-non-emergency").phone());
        assertEquals("0800 1111", helplines.get("childline").phone());
        assertEquals("0808 800 5000", helplines.get("nspcc").phone());
        assertEquals("116 123", helplines.get("samaritans").phone());
        assertTrue(helplines.get("ceop").url().contains("ceop.police.uk"));
        assertTrue(helplines.get("report-remove").url().contains("childline.org.uk"));
        for (NationalHelpline h : helplines.all()) {
            assertTrue(h.source().url().startsWith("http"), h.id());
            assertFalse(h.source().title().isBlank(), h.id());
        }
    }

    @Test
    void aChildIsNeverOfferedAnAdultsLineNorAnAdultChildline() {
        NationalHelplines helplines = reader.load(null);
        assertTrue(helplines.get("childline").isFor(NationalHelpline.Audience.CHILDREN));
        assertFalse(helplines.get("childline").isFor(NationalHelpline.Audience.ADULTS));
        assertFalse(helplines.get("nspcc").isFor(NationalHelpline.Audience.CHILDREN));
        assertTrue(helplines.get("emergency").isFor(NationalHelpline.Audience.CHILDREN));
    }

    @Test
    void anEntryWithoutItsPublicSourceIsRefusedNamingTheField() {
        String yaml = """
                helplines:
                  - id: childline
                    name: Childline
                    phone: "0800 1111"
                    audience: CHILDREN
                    purpose: Talk to someone.
                """;
        PartnershipDataException e = assertThrows(PartnershipDataException.class,
                () -> reader.read("national.yml", new StringReader(yaml)));
        assertTrue(e.getMessage().contains("helplines[0].source"), e.getMessage());
    }

    @Test
    void aFileMissingAHelplineTheDialogueNeedsIsRefused() {
        String yaml = """
                helplines:
                  - id: childline
                    name: Childline
                    phone: "0800 1111"
                    audience: CHILDREN
                    purpose: Talk to someone.
                    source: {url: "https://example.org", title: Example, checked: "2026-11-29"}
                """;
        PartnershipDataException e = assertThrows(PartnershipDataException.class,
                () -> reader.read("national.yml", new StringReader(yaml)));
        assertTrue(e.getMessage().contains("must include 'emergency'"), e.getMessage());
    }

    @Test
    void aNationalFileInTheOverrideFolderReplacesTheShippedOneAndIsNotTakenForAPartnership(@TempDir Path dir)
            throws IOException {
        String shipped = new String(NationalHelplinesReader.class.getClassLoader()
                .getResourceAsStream(NationalHelplinesReader.BUNDLED).readAllBytes());
        Files.writeString(dir.resolve("national.yml"), shipped.replace("\"116 123\"", "\"116 999\""));
        assertEquals("116 999", reader.load(dir).get("samaritans").phone());
        assertEquals(5, new PartnershipLoader().load(dir).all().size());
    }
}
