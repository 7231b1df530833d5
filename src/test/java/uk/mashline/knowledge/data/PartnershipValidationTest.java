package uk.mashline.knowledge.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mashline.knowledge.PartnershipDirectory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken partnership files fail with a message naming the file and the field. */
class PartnershipValidationTest {

    static final String VALID = """
            id: test-area
            name: Test Area Partnership
            documents:
              - file: 003_43f01b00e32064af.txt
                title: Test document
            inboundNumbers: ["+447700900199"]
            contacts:
              - kind: MASH
                name: Test MASH
                phone: "0191 643 7366"
                hours:
                  description: "9am–5pm Monday to Friday"
                  windows:
                    - {days: MONDAY-FRIDAY, opens: "09:00", closes: "17:00"}
                source: {section: "1. Introduction", lines: "36"}
            mashQuestionsNotStated: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
            levelsOfNeedNotStated: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
            publicReporting:
              publicContact: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
              anonymity: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
            consent:
              notStated: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
            informationSharing:
              notStated: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
            escalation:
              whoMayEscalate: {audience: PROFESSIONALS_ONLY, text: Professionals., source: {section: "3. Who this Policy Applies to", lines: "56-67"}}
              stages:
                - number: 1
                  parties: Team Managers
                  workingDays: 3
                  timescaleMeans: the managers should make contact
                  source: {section: "Appendix 1", lines: "227"}
              pointOfContact: {text: The MASH., source: {section: "1. Introduction", lines: "36"}}
            complaints: {text: Not stated., source: {section: "1. Introduction", lines: "36"}}
            """;

    private final PartnershipFileReader reader = new PartnershipFileReader();

    private PartnershipDataException broken(String yaml) {
        return assertThrows(PartnershipDataException.class, () -> reader.read("test-area.yml", new StringReader(yaml)));
    }

    @Test
    void theValidExampleLoads() {
        assertEquals("test-area", reader.read("test-area.yml", new StringReader(VALID)).id());
    }

    @Test
    void aContactWithoutASourceNamesFileAndField() {
        PartnershipDataException e = broken(VALID.replace("    source: {section: \"1. Introduction\", lines: \"36\"}\nmashQuestions", "mashQuestions"));
        assertEquals("test-area.yml", e.file());
        assertEquals("contacts[0].source", e.field());
        assertTrue(e.getMessage().startsWith("test-area.yml: contacts[0].source: is required"), e.getMessage());
    }

    @Test
    void aStageWithoutASource() {
        PartnershipDataException e = broken(VALID.replace("      source: {section: \"Appendix 1\", lines: \"227\"}\n", ""));
        assertEquals("escalation.stages[0].source", e.field());
    }

    @Test
    void aNonNumericWorkingDays() {
        PartnershipDataException e = broken(VALID.replace("workingDays: 3", "workingDays: three"));
        assertEquals("escalation.stages[0].workingDays", e.field());
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void aStageWithNoLimitMustSaySo() {
        PartnershipDataException e = broken(VALID.replace("workingDays: 3", "workingDays: null"));
        assertEquals("escalation.stages[0].notStated", e.field());
    }

    @Test
    void aMissingRequiredSection() {
        PartnershipDataException e = broken(VALID.replace("complaints: {text: Not stated., source: {section: \"1. Introduction\", lines: \"36\"}}\n", ""));
        assertEquals("complaints", e.field());
    }

    @Test
    void aMisspeltField() {
        PartnershipDataException e = broken(VALID.replace("    phone: \"0191", "    phnoe: \"0191"));
        assertEquals("contacts[0].phnoe", e.field());
        assertTrue(e.getMessage().contains("not a known field"));
    }

    @Test
    void anUnknownContactKindAndABadTime() {
        assertEquals("contacts[0].kind", broken(VALID.replace("kind: MASH", "kind: HELPDESK")).field());
        assertEquals("contacts[0].hours.windows[0].opens",
                broken(VALID.replace("opens: \"09:00\"", "opens: \"9am\"")).field());
        assertEquals("contacts[0].hours.windows[0].days",
                broken(VALID.replace("MONDAY-FRIDAY", "WEEKDAYS")).field());
    }

    @Test
    void aBadInboundNumberOrPhone() {
        assertEquals("inboundNumbers[0]", broken(VALID.replace("+447700900199", "07700900199")).field());
        assertEquals("contacts[0].phone", broken(VALID.replace("\"0191 643 7366\"", "\"call the MASH\"")).field());
    }

    @Test
    void aSourceCitingAnUnlistedDocument() {
        PartnershipDataException e = broken(VALID.replace("source: {section: \"Appendix 1\", lines: \"227\"}",
                "source: {document: 999_missing.txt, section: Appendix 1, lines: \"227\"}"));
        assertEquals("escalation.stages[0].source.document", e.field());
    }

    @Test
    void aSourceWithoutLinesOrAsBareTextIsRejected() {
        PartnershipDataException noLines = broken(VALID.replace("source: {section: \"Appendix 1\", lines: \"227\"}",
                "source: {section: \"Appendix 1\"}"));
        assertEquals("escalation.stages[0].source.lines", noLines.field());
        PartnershipDataException bare = broken(VALID.replace("source: {section: \"Appendix 1\", lines: \"227\"}",
                "source: \"Appendix 1\""));
        assertEquals("escalation.stages[0].source", bare.field());
        assertTrue(bare.getMessage().contains("lines"), bare.getMessage());
        assertEquals("escalation.stages[0].source.lines", broken(VALID.replace("lines: \"227\"", "lines: \"227 to 230\"")).field());
        assertEquals("escalation.stages[0].source.lines", broken(VALID.replace("lines: \"227\"", "lines: \"230-227\"")).field());
    }

    @Test
    void aStageLimitMustSayWhatItIsFor() {
        PartnershipDataException e = broken(VALID.replace("      timescaleMeans: the managers should make contact\n", ""));
        assertEquals("escalation.stages[0].timescaleMeans", e.field());
    }

    @Test
    void aReviewDateNeedsItsLinesAndWhereToFindTheCurrentVersion() {
        String dated = VALID.replace("    title: Test document\n", """
                    title: Test document
                    version: "V0.3"
                    reviewDate: "March 2022"
                    currency: {lines: "9-14"}
                    whereCurrent: {text: The SCSP Business Unit., source: {section: "Appendix 3", lines: "275"}}
                """);
        var partnership = reader.read("test-area.yml", new StringReader(dated));
        assertEquals(java.time.LocalDate.of(2022, 3, 31), partnership.documents().get(0).reviewDue().orElseThrow());
        assertEquals("whereCurrent", broken(dated.replaceAll("    whereCurrent: .*\\n", "")).field().replaceAll(".*\\.", ""));
        assertEquals("currency", broken(dated.replace("    currency: {lines: \"9-14\"}\n", "")).field().replaceAll(".*\\.", ""));
        assertEquals("reviewDate", broken(dated.replace("March 2022", "soon")).field().replaceAll(".*\\.", ""));
    }

    @Test
    void guidanceNeedsAKnownTopic() {
        String withGuidance = VALID + """
                guidance:
                  - topics: [REPORT_CONCERN]
                    audience: PROFESSIONALS
                    text: Say what you want to happen.
                    source: {section: "1. Introduction", lines: "36"}
                """;
        assertEquals(1, reader.read("test-area.yml", new StringReader(withGuidance)).guidance().size());
        assertEquals("guidance[0].topics", broken(withGuidance.replace("REPORT_CONCERN", "GOSSIP")).field());
    }

    @Test
    void malformedYamlNamesTheFile() {
        PartnershipDataException e = broken(VALID.replace("name: Test Area Partnership", "name: [unclosed"));
        assertTrue(e.getMessage().startsWith("test-area.yml: is not valid YAML"), e.getMessage());
    }

    @Test
    void anExternalDirectoryOverridesAndAdds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-area.yml"), VALID);
        Files.writeString(dir.resolve("sandwell.yml"), VALID.replace("id: test-area", "id: sandwell")
                .replace("Test Area Partnership", "Sandwell (local override)").replace("+447700900199", "+447700900103"));
        PartnershipDirectory directory = new PartnershipLoader().load(dir);
        assertEquals(6, directory.all().size());
        assertEquals("Test Area Partnership", directory.find("test-area").orElseThrow().name());
        assertEquals("Sandwell (local override)", directory.find("sandwell").orElseThrow().name());
        assertEquals("sandwell", directory.findByInboundNumber("+447700900103").orElseThrow().id());
    }

    @Test
    void aBrokenExternalFileNamesItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("test-area.yml");
        Files.writeString(file, VALID.replace("      source: {section: \"Appendix 1\", lines: \"227\"}\n", ""));
        PartnershipDataException e = assertThrows(PartnershipDataException.class, () -> new PartnershipLoader().load(dir));
        assertTrue(e.getMessage().startsWith(file + ": escalation.stages[0].source"), e.getMessage());
    }

    @Test
    void theIdMustMatchTheFileName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other-name.yml"), VALID);
        PartnershipDataException e = assertThrows(PartnershipDataException.class, () -> new PartnershipLoader().load(dir));
        assertEquals("id", e.field());
    }

    @Test
    void theValidatorCommandExitsNonZeroNamingFileAndField(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, ValidatePartnerships.run(new String[0], null, print(out), print(err)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("OK: 5 partnerships"), out.toString(StandardCharsets.UTF_8));

        Files.writeString(dir.resolve("test-area.yml"), VALID.replace("workingDays: 3", "workingDays: soon"));
        err.reset();
        assertEquals(1, ValidatePartnerships.run(new String[]{dir.toString()}, null, print(out), print(err)));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("test-area.yml: escalation.stages[0].workingDays"), message);
        // the environment variable is used when no argument is given
        assertEquals(1, ValidatePartnerships.run(new String[0], dir.toString(), print(out), print(err)));
    }

    @Test
    void theShippedIndexListsEveryShippedFile() throws IOException {
        List<String> index = Files.readAllLines(SeedDocuments.PARTNERSHIPS.resolve("index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        List<String> files = SeedDocuments.partnershipFiles().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(files, index);
        assertEquals(List.of("lscb-model", "medway", "north-tyneside", "sandwell", "west-sussex"),
                new PartnershipLoader().bundled().stream().map(p -> p.id()).sorted().toList());
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
