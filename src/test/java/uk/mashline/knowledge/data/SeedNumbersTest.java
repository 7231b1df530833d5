package uk.mashline.knowledge.data;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Partnerships;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phone numbers are only ever those the seed documents print: every number in the data appears in
 * the seed its fact cites, every number a seed prints appears in the data, and the key numbers
 * sit on the right kind of contact.
 */
class SeedNumbersTest {

    /** UK numbers as the documents print them (spaces optional), plus the short codes they use. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d/.+])(0\\d(?:[ \\u00a0]?\\d){8,9}|999|101)(?![\\d/]|\\.\\d)");

    @TestFactory
    Stream<DynamicTest> everyNumberInTheDataIsInTheCitedSeed() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> root = SeedDocuments.rawYaml(file);
            String defaultSeed = defaultSeed(root);
            List<String> problems = new ArrayList<>();
            root.forEach((key, value) -> {
                if (!key.equals("documents") && !key.equals("inboundNumbers")) {
                    checkNumbers(value, key, defaultSeed, problems);
                }
            });
            assertEquals(List.of(), problems);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyNumberASeedPrintsIsInTheData() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Map<String, Object> root = SeedDocuments.rawYaml(file);
            String seed = defaultSeed(root);
            Set<String> inData = new TreeSet<>();
            numbersIn(String.valueOf(root)).forEach(inData::add);
            Set<String> inSeed = numbersIn(SeedDocuments.text(seed));
            Set<String> missing = new TreeSet<>(inSeed);
            missing.removeAll(inData);
            assertEquals(Set.of(), missing, seed + " prints numbers missing from " + file.getFileName());
        }));
    }

    @Test
    void inboundNumbersAreTheOfcomDramaNumbersFromTheSeedsReadme() {
        String readme = SeedDocuments.squashed(SeedDocuments.text("README.md"));
        Map<String, String> expected = Map.of("west-sussex", "+447700900101", "medway", "+447700900102",
                "sandwell", "+447700900103", "north-tyneside", "+447700900104", "lscb-model", "+447700900105");
        expected.forEach((id, number) -> {
            Partnership partnership = Partnerships.bundled().find(id).orElseThrow();
            assertEquals(List.of(number), partnership.inboundNumbers(), id);
            assertTrue(readme.contains(number), number);
            assertEquals(id, Partnerships.bundled().findByInboundNumber(number).orElseThrow().id());
        });
    }

    @Test
    void westSussexKeyNumbers() {
        Partnership p = Partnerships.bundled().find("west-sussex").orElseThrow();
        assertEquals("01403 229900", p.contact(ContactKind.MASH).orElseThrow().phone());
        assertEquals("MASH@WestSussex.gov.uk", p.contact(ContactKind.MASH).orElseThrow().email());
        assertEquals("01403 229900", p.contact(ContactKind.CONSULTATION).orElseThrow().phone());
        // the document lists the EDT without saying when it answers: a duty team, not "out of hours"
        assertEquals("0330 222 6664", p.contact(ContactKind.DUTY_TEAM).orElseThrow().phone());
        assertTrue(p.contact(ContactKind.OUT_OF_HOURS).isEmpty());
        Contact fallback = p.contact(ContactKind.OUT_OF_HOURS_FALLBACK).orElseThrow();
        assertEquals("07711 769657", fallback.phone());
        assertEquals(Boolean.FALSE, fallback.acceptsTexts());
        assertEquals("0330 222 8077", earlyHelp(p, "South").phone());
        assertEquals("0330 222 8087", earlyHelp(p, "North").phone());
        assertEquals("9am–5pm Monday to Friday", earlyHelp(p, "North").hours().description());
        assertEquals("01243 777807", p.contact(ContactKind.FAMILY_INFORMATION_SERVICE).orElseThrow().phone());
        assertEquals("999", p.contact(ContactKind.POLICE).orElseThrow().phone());
    }

    @Test
    void medwayKeyNumbers() {
        Partnership p = Partnerships.bundled().find("medway").orElseThrow();
        assertEquals("01634 334466", p.contact(ContactKind.MASH).orElseThrow().phone());
        // First Response is the significant-risk line; professionals go to their agency safeguarding lead for advice
        assertEquals(null, p.contact(ContactKind.CONSULTATION).orElseThrow().phone());
        assertTrue(p.contacts().stream().filter(c -> c.url() != null).noneMatch(c -> c.url().contains(" ")),
                "web addresses must be working links, without spaces");
        assertEquals("03000 419191", p.contact(ContactKind.OUT_OF_HOURS).orElseThrow().phone());
        assertTrue(p.contacts(ContactKind.PREVENT).stream().anyMatch(c -> "0800 789 321".equals(c.phone())));
        assertTrue(p.contacts(ContactKind.PREVENT).stream().anyMatch(c -> "101".equals(c.phone())));
        assertEquals("999", p.contact(ContactKind.POLICE).orElseThrow().phone());
        assertTrue(p.contact(ContactKind.ONLINE_REFERRAL).isPresent());
        assertTrue(p.contact(ContactKind.MARAC).isPresent());
        assertTrue(p.contact(ContactKind.MAPPA).isPresent());
        assertEquals(Boolean.TRUE, p.publicMayContact());
    }

    @Test
    void northTynesideKeyNumbers() {
        Partnership p = Partnerships.bundled().find("north-tyneside").orElseThrow();
        // printed only under "Contact details for disagreement with a decision of the MASH" (004:27-32)
        assertEquals("0191 643 7366", p.contact(ContactKind.DISAGREEMENT).orElseThrow().phone());
        assertEquals("MASH@northtyneside.gov.uk", p.contact(ContactKind.DISAGREEMENT).orElseThrow().email());
        // the policy prints no general MASH number: the Front Door's are the council's and the partnership's published ones,
        // cited to their pages, never to a line of the policy
        Contact door = p.contact(ContactKind.MASH).orElseThrow();
        assertEquals("0345 2000 109", door.phone());
        // (cited to the partnership's page since facts-41, which prints the Front Door's hours as well as its number)
        assertTrue(door.source().fromPage() && (door.source().citation().startsWith("https://northtyneside.gov.uk/")
                || door.source().citation().startsWith("https://www.northtynesidescp.org.uk/")));
        assertEquals("8:30am–5pm Monday to Thursday, 8:30am–4:30pm Friday", door.hours().description());
        Contact outOfHours = p.contact(ContactKind.OUT_OF_HOURS).orElseThrow();
        assertEquals("0330 333 7475", outOfHours.phone());
        assertTrue(outOfHours.source().fromPage());
        // the policy prints no consultation line either: the MASH's Safeguarding Professionals Advice Line is the partnership's
        // published one (facts helper, 39th session), cited to its page, with the hours the page gives
        Contact advice = p.contact(ContactKind.CONSULTATION).orElseThrow();
        assertEquals("0191 643 5555", advice.phone());
        assertTrue(advice.source().fromPage()
                && advice.source().citation().startsWith("https://www.northtynesidescp.org.uk/"));
    }

    @Test
    void theLscbModelInventsNoNumbers() {
        Partnership p = Partnerships.bundled().find("lscb-model").orElseThrow();
        assertFalse(p.contacts().stream().anyMatch(Contact::reachable), "the LSCB model policy prints no contact details");
        assertTrue(p.contact(ContactKind.MASH).orElseThrow().notes().startsWith("Not stated"));
    }

    /** Words a seed prints beside a number for each kind of contact ("First Response" is Medway's MASH). */
    private static final Map<ContactKind, Pattern> PRINTED_FOR = Map.of(
            ContactKind.MASH, Pattern.compile("(?i)mash|safeguarding hub|first response"),
            ContactKind.CONSULTATION, Pattern.compile("(?i)consult|discuss|advice"),
            ContactKind.DUTY_TEAM, Pattern.compile("(?i)duty"),
            ContactKind.OUT_OF_HOURS, Pattern.compile("(?i)out of hours"),
            ContactKind.OUT_OF_HOURS_FALLBACK, Pattern.compile("(?i)duty|if you have trouble"),
            ContactKind.EARLY_HELP, Pattern.compile("(?i)early help"),
            ContactKind.FAMILY_INFORMATION_SERVICE, Pattern.compile("(?i)family information"),
            ContactKind.POLICE, Pattern.compile("(?i)police|emergency"),
            ContactKind.PREVENT, Pattern.compile("(?i)prevent|terror"),
            ContactKind.DISAGREEMENT, Pattern.compile("(?i)disagree"));

    /**
     * A number is given for what the seed prints it for: every contact's phone number is printed on a line of its
     * seed that, with the three lines above it (a heading and its list), names that kind of contact. The audit of
     * 1 Dec 2026 read this by eye for every contact; this keeps it true when a number is moved to another contact.
     */
    @TestFactory
    Stream<DynamicTest> everyNumberIsPrintedForTheContactThatGivesIt() {
        return SeedDocuments.partnershipFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Partnership partnership = new PartnershipLoader().readFile(file);
            List<String> problems = new ArrayList<>();
            for (Contact contact : partnership.contacts()) {
                // a contact read from a public page: SourceCoverageTest holds its number to the page's recorded title
                if (contact.phone() != null && !contact.source().fromPage() && !printedFor(contact.kind(), contact.phone(), contact.source().document())) {
                    problems.add(contact.kind() + " " + contact.name() + ": " + contact.phone() + " is not printed beside "
                            + PRINTED_FOR.get(contact.kind()) + " in " + contact.source().document());
                }
            }
            assertEquals(List.of(), problems);
        }));
    }

    @Test
    void aNumberGivenForSomethingElseIsCaught() {
        assertTrue(printedFor(ContactKind.OUT_OF_HOURS, "03000 419191", "002_d64fa94150e611a4.txt"));
        assertFalse(printedFor(ContactKind.OUT_OF_HOURS, "01634 334466", "002_d64fa94150e611a4.txt"));
        assertTrue(printedFor(ContactKind.EARLY_HELP, "0330 222 8087", "000_5ce69ac0e9b28778.txt"));
        assertFalse(printedFor(ContactKind.EARLY_HELP, "0330 222 6664", "000_5ce69ac0e9b28778.txt"));
        assertTrue(printedFor(ContactKind.OUT_OF_HOURS_FALLBACK, "07711 769657", "000_5ce69ac0e9b28778.txt"));
        assertFalse(printedFor(ContactKind.MASH, "07711 769657", "000_5ce69ac0e9b28778.txt"));
        assertFalse(printedFor(ContactKind.MASH, "0330 222 6664", "000_5ce69ac0e9b28778.txt"));
        assertTrue(printedFor(ContactKind.DISAGREEMENT, "0191 643 7366", "004_e31ea2a3d5567f9b.txt"));
    }

    /**
     * Whether {@code seed} prints {@code phone} beside words for {@code kind}: the words are in the stretch of its
     * line between the numbers either side of it, or in the three lines above that print no number themselves (a
     * heading over a list of numbers; the list's other items are skipped).
     */
    private static boolean printedFor(ContactKind kind, String phone, String seed) {
        Pattern words = PRINTED_FOR.get(kind);
        if (words == null) {
            return true;
        }
        String digits = phone.replaceAll("[ \\u00a0]", "");
        List<String> lines = SeedDocuments.text(seed).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher number = PHONE.matcher(line);
            int from = 0;
            while (number.find()) {
                if (!number.group(1).replaceAll("[ \\u00a0]", "").equals(digits)) {
                    from = number.end();
                    continue;
                }
                Matcher next = PHONE.matcher(line);
                int to = next.find(number.end()) ? next.start() : line.length();
                StringBuilder window = new StringBuilder(line.substring(from, to));
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    if (numbersIn(lines.get(k)).isEmpty()) {
                        window.append('\n').append(lines.get(k));
                    }
                }
                if (words.matcher(window).find()) {
                    return true;
                }
                from = number.end();
            }
        }
        return false;
    }

    @Test
    void thePatternFindsNumbersAsPrinted() {
        assertEquals(Set.of("01403229900", "03000419191", "999"),
                numbersIn("ring 01403 229900 or 03000419191, police 999; not 22/05/2019 or 2.5.10"));
    }

    private static Contact earlyHelp(Partnership p, String area) {
        return p.contacts(ContactKind.EARLY_HELP).stream().filter(c -> area.equals(c.area())).findFirst().orElseThrow();
    }

    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group(1).replaceAll("[ \\u00a0]", ""));
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static String defaultSeed(Map<String, Object> root) {
        return String.valueOf(((List<Map<String, Object>>) root.get("documents")).get(0).get("file"));
    }

    private static void checkNumbers(Object node, String path, String seed, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            String cited = seed;
            if (map.get("source") instanceof Map<?, ?> source && source.get("document") != null) {
                cited = String.valueOf(source.get("document"));
            }
            // a contact the seed does not print, read from a public page: its numbers are held to the page's title
            // (SourceCoverageTest), not to a seed
            if (map.get("source") instanceof Map<?, ?> source && source.get("url") != null) {
                return;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                checkNumbers(entry.getValue(), path + "." + entry.getKey(), cited, problems);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkNumbers(list.get(i), path + "[" + i + "]", seed, problems);
            }
        } else if (node != null) {
            Set<String> printed = numbersIn(SeedDocuments.text(seed));
            String value = String.valueOf(node);
            for (String number : numbersIn(value)) {
                if (!printed.contains(number)) {
                    problems.add(path + ": " + number + " is not printed in " + seed);
                }
            }
            if (path.endsWith(".phone") && !numbersIn(value).equals(Set.of(value.replaceAll("[ \\u00a0]", "")))) {
                problems.add(path + ": '" + value + "' is not a phone number as " + seed + " prints it");
            }
        }
    }
}
