package uk.mashline.knowledge.data;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.Timescale;
import uk.mashline.knowledge.WeeklyWindow;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fact in every partnership file carries a source with its lines, every source names a seed
 * document that exists, a section heading that the document really contains and lines inside it,
 * and the cited lines print every number, phone number, email and web address the fact states.
 */
class SourceCoverageTest {

    /** A mapping holding any of these keys states a fact and must have a source (itself or an ancestor). */
    private static final Set<String> FACT_KEYS = Set.of("text", "phone", "email", "url", "workingDays",
            "cumulativeWorkingDays", "amount", "parties", "description", "audience", "notStated", "mustRecord",
            "timescaleMeans", "topics", "version", "issued", "reviewDate", "expiryDate");

    @TestFactory
    Stream<DynamicTest> everyFactHasASource() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> root = SeedDocuments.rawYaml(file);
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, Object> entry : root.entrySet()) {
                walk(entry.getValue(), entry.getKey(), false, missing);
            }
            assertEquals(List.of(), missing, file + ": facts without a source (with its lines)");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCitedLinesPrintWhatTheFactStates() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            for (SourceWalker.Fact fact : SourceWalker.facts(partnership)) {
                CitedLines.badLines(fact.source()).forEach(p -> problems.add(fact.where() + ": " + p));
                if (CitedLines.badLines(fact.source()).isEmpty()) {
                    CitedLines.unsupported(fact.text(), fact.source()).forEach(p -> problems.add(
                            fact.where() + ": " + p + " is not printed at " + fact.source().citation()));
                }
            }
            for (Timescale t : partnership.timescales()) {
                checkAmount("timescale " + t.key(), t.amount(), t.source(), problems);
            }
            for (EscalationStage stage : partnership.escalationPolicy().stages()) {
                checkAmount("stage " + stage.number() + " workingDays", stage.workingDays(), stage.source(), problems);
                checkAmount("stage " + stage.number() + " cumulativeWorkingDays", stage.cumulativeWorkingDays(),
                        stage.source(), problems);
            }
            assertEquals(List.of(), problems);
        }));
    }

    @TestFactory
    Stream<DynamicTest> openOrClosedOnBankHolidaysOnlyWhereTheDocumentSaysSo() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            for (Contact contact : partnership.contacts()) {
                if (contact.hours().openOnBankHolidays() != null && contact.hours().kind() == OpeningHours.Kind.WEEKLY) {
                    assertTrue(CitedLines.of(contact.source()).toLowerCase().contains("bank holiday"),
                            contact.name() + " says whether it opens on bank holidays but its cited lines do not");
                }
            }
        }));
    }

    /**
     * A contact's weekly hours are the ones its cited lines print: each window's opening and closing times (as
     * "9am", "5pm", "9.30am" or "17:00") and its first and last day by name. Numbers alone are not enough: the
     * 9 and 5 of "9am-5pm" could also be read on the line as a 5 that is not an hour.
     */
    @TestFactory
    Stream<DynamicTest> weeklyHoursAreTheHoursTheCitedLinesPrint() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            for (Contact contact : partnership.contacts()) {
                if (contact.hours().kind() == OpeningHours.Kind.WEEKLY) {
                    problems.addAll(hoursNotPrinted(contact.name(), contact.hours(), CitedLines.of(contact.source())));
                }
            }
            assertEquals(List.of(), problems);
        }));
    }

    /**
     * A contact for one area (West Sussex Early Help North and South) has its phone number printed on a cited line
     * that names its area, so the two teams' numbers cannot be swapped.
     */
    @TestFactory
    Stream<DynamicTest> anAreaTeamsNumberIsPrintedBesideItsArea() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            for (Contact contact : partnership.contacts()) {
                if (contact.area() != null && contact.phone() != null && !phoneBesideArea(contact.phone(), contact.area(),
                        CitedLines.of(contact.source()))) {
                    problems.add(contact.name() + ": " + contact.phone() + " is not printed beside \"" + contact.area()
                            + "\" at " + contact.source().citation());
                }
            }
            assertEquals(List.of(), problems);
        }));
    }

    @Test
    void hoursOrAreasTheCitedLinesDoNotPrintAreCaught() {
        String line = "- South - 0330 222 8077 – Open 9am -5pm Monday to Friday\n- North - 0330 222 8087 – open 9am – 5pm Monday to Friday\n";
        OpeningHours weekdays = OpeningHours.weekly(List.of(WeeklyWindow.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))),
                null, "9am–5pm Monday to Friday");
        assertEquals(List.of(), hoursNotPrinted("EH", weekdays, line));
        OpeningHours late = OpeningHours.weekly(List.of(WeeklyWindow.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 30))),
                null, "9am–5.30pm Monday to Friday");
        assertEquals(List.of("EH: closing time 17:30 is not printed"), hoursNotPrinted("EH", late, line));
        OpeningHours saturday = OpeningHours.weekly(List.of(new WeeklyWindow(java.util.EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))), null, "9am–5pm Monday to Saturday");
        assertEquals(List.of("EH: day Saturday is not printed"), hoursNotPrinted("EH", saturday, line));
        assertTrue(phoneBesideArea("0330 222 8077", "South", line));
        assertFalse(phoneBesideArea("0330 222 8087", "South", line));
    }

    private static List<String> hoursNotPrinted(String name, OpeningHours hours, String cited) {
        List<String> problems = new ArrayList<>();
        String lower = cited.toLowerCase(java.util.Locale.UK);
        for (WeeklyWindow window : hours.windows()) {
            if (!timePrinted(window.opens(), lower)) {
                problems.add(name + ": opening time " + window.opens() + " is not printed");
            }
            if (!timePrinted(window.closes(), lower)) {
                problems.add(name + ": closing time " + window.closes() + " is not printed");
            }
            for (DayOfWeek day : List.of(java.util.Collections.min(window.days()), java.util.Collections.max(window.days()))) {
                String dayName = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
                if (!lower.contains(dayName.toLowerCase(java.util.Locale.UK))) {
                    problems.add(name + ": day " + dayName + " is not printed");
                }
            }
        }
        return problems;
    }

    /** "9am", "9 am", "9.00am", "9:00", "09:00"; "5pm", "17:00", "17.00". */
    private static boolean timePrinted(LocalTime time, String lower) {
        int h12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "am" : "pm";
        String minutes = time.getMinute() == 0 ? "(?:[.:]00)?" : "[.:]" + String.format("%02d", time.getMinute());
        String twelve = "(?<![\\d.:])" + h12 + minutes + "\\s*" + suffix + "\\b";
        String twentyFour = "(?<![\\d.:])0?" + time.getHour() + "[.:]" + String.format("%02d", time.getMinute()) + "(?!\\d)";
        return java.util.regex.Pattern.compile(twelve).matcher(lower).find()
                || java.util.regex.Pattern.compile(twentyFour).matcher(lower).find();
    }

    private static boolean phoneBesideArea(String phone, String area, String cited) {
        String digits = phone.replaceAll("[ \\u00a0]", "");
        return cited.lines().anyMatch(l -> l.replaceAll("[ \\u00a0]", "").contains(digits)
                && l.toLowerCase(java.util.Locale.UK).contains(area.toLowerCase(java.util.Locale.UK)));
    }

    @Test
    void aFactWhoseNumberIsNotOnItsCitedLinesIsCaught() {
        Source northTyneside = new Source("004_e31ea2a3d5567f9b.txt", "2. Process", "24", null);
        assertEquals(List.of(), CitedLines.unsupported("A decision within one working day.", northTyneside));
        assertEquals(List.of("number 9"), CitedLines.unsupported("A decision within 9 working days.", northTyneside));
        assertEquals(List.of("phone 0191 643 7366"), CitedLines.unsupported("Ring 0191 643 7366.", northTyneside));
        Source contact = new Source("004_e31ea2a3d5567f9b.txt", "2. Process", "27-32", null);
        assertEquals(List.of(), CitedLines.unsupported("Ring 0191 643 7366 or MASH@northtyneside.gov.uk.", contact));
        assertEquals(List.of("email help@northtyneside.gov.uk"),
                CitedLines.unsupported("Email help@northtyneside.gov.uk.", contact));
        Source medwayForm = new Source("002_d64fa94150e611a4.txt", "Accessing Support", "379", null);
        assertEquals(List.of(), CitedLines.unsupported(
                "https://www.medway.gov.uk/info/200170/children_and_families/600/worried_about_a_child/1", medwayForm));
        assertEquals(List.of("web address https://www.medway.gov.uk/info/200170/other"),
                CitedLines.unsupported("https://www.medway.gov.uk/info/200170/other", medwayForm));
        assertEquals(List.of("004_e31ea2a3d5567f9b.txt:900: 004_e31ea2a3d5567f9b.txt has only 50 lines"),
                CitedLines.badLines(new Source("004_e31ea2a3d5567f9b.txt", "2. Process", "900", null)));
    }

    @Test
    void aFactWithoutASourceOrWithoutLinesIsCaught() {
        List<String> missing = new ArrayList<>();
        walk(Map.of("complaints", Map.of("text", "Not stated.", "source", Map.of("section", "1. Aim"))), "root", false, missing);
        walk(Map.of("notes", List.of(Map.of("text", "A fact."))), "root", false, missing);
        assertEquals(List.of("root.complaints", "root.notes[0]"), missing);
    }

    private static void checkAmount(String where, Integer amount, Source source, List<String> problems) {
        if (amount != null && !CitedLines.printsNumber(CitedLines.of(source), amount)) {
            problems.add(where + ": " + amount + " is not printed at " + source.citation());
        }
    }

    @TestFactory
    Stream<DynamicTest> everySourceNamesARealSeedAndSection() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            var partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            SourceWalker.sources(partnership).forEach(source -> {
                if (source.fromPage()) {
                    return; // a public page, not a seed: its title holds what it states (theCitedLinesPrintWhatTheFactStates)
                }
                Path seed = SeedDocuments.SEEDS.resolve(source.document());
                if (!Files.exists(seed)) {
                    problems.add(source.label() + ": no seed file " + source.document());
                    return;
                }
                problems.addAll(CitedLines.badLines(source));
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
            // a seed's lines, or (a published contact the seed does not print) the public page it was read from
            boolean hasSource = sourced || map.get("source") instanceof Map<?, ?> source
                    && (source.get("lines") != null || source.get("url") != null && source.get("checked") != null)
                    || map.get("currency") instanceof Map<?, ?> currency && currency.get("lines") != null;
            boolean statesAFact = map.entrySet().stream()
                    .anyMatch(e -> FACT_KEYS.contains(e.getKey()) && !(e.getValue() instanceof Map));
            if (!hasSource && statesAFact) {
                missing.add(path);
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!"source".equals(entry.getKey()) && !"currency".equals(entry.getKey())) {
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
