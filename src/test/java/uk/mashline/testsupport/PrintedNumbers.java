package uk.mashline.testsupport;

import uk.mashline.knowledge.Partnerships;
import uk.mashline.knowledge.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone numbers a reply may give in a partnership: those its own seed documents print, those of its contacts read
 * from the council's public pages where the documents print none, and the national helplines of partnerships/national.yml. A wrong number is the second-worst failure after a missed danger message,
 * so every scripted reply is checked against this (facts helper, 1 Dec 2026: 8,216 numbers in the reply samples and
 * every conversation transcript held, but nothing kept it so).
 */
public final class PrintedNumbers {

    /** UK numbers as the documents print them (spaces optional), and the short codes they use (as SeedNumbersTest). */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d/.+])(0\\d(?:[ \\u00a0]?\\d){8,9}|999|101)(?![\\d/]|\\.\\d)");
    private static final Pattern NATIONAL = Pattern.compile("(?m)^\\s*phone:\\s*\"([^\"]+)\"");
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path NATIONAL_FILE = Path.of("src/main/resources/partnerships/national.yml");
    private static final Map<String, Set<String>> BY_PARTNERSHIP = new ConcurrentHashMap<>();

    private PrintedNumbers() {
    }

    /** The numbers in {@code reply} that neither the partnership's documents nor national.yml print (digits only). */
    public static Set<String> notPrinted(String partnershipId, String reply) {
        Set<String> allowed = BY_PARTNERSHIP.computeIfAbsent(partnershipId, PrintedNumbers::allowed);
        Set<String> wrong = new TreeSet<>(numbersIn(reply));
        wrong.removeAll(allowed);
        return wrong;
    }

    static Set<String> numbersIn(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            numbers.add(digits(matcher.group(1)));
        }
        return numbers;
    }

    private static Set<String> allowed(String partnershipId) {
        Set<String> numbers = new TreeSet<>();
        var partnership = Partnerships.bundled().find(partnershipId).orElseThrow();
        for (SourceDocument document : partnership.documents()) {
            numbers.addAll(numbersIn(read(SEEDS.resolve(document.file()))));
        }
        // a contact its documents do not print, published by the council (North Tyneside's Front Door): cited to its page
        partnership.contacts().stream().filter(c -> c.phone() != null && c.source().fromPage())
                .forEach(c -> numbers.add(digits(c.phone())));
        Matcher national = NATIONAL.matcher(read(NATIONAL_FILE));
        while (national.find()) {
            numbers.add(digits(national.group(1)));
        }
        return numbers;
    }

    private static String digits(String number) {
        return number.replaceAll("[ \\u00a0]", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
