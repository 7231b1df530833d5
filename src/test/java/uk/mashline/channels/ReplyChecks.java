package uk.mashline.channels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reply must say, and must not, for who is writing (issue 14), checked on what one channel sent in
 * one turn. The cases and who writes them are in budgets/first-messages.tsv and budgets/follow-ups.tsv.
 */
final class ReplyChecks {

    /** One line of a case file: who writes, the flags that add checks, an optional first message, the message checked. */
    record Case(String who, Set<String> flags, String before, String text) {

        boolean is(String flag) {
            return flags.contains(flag);
        }

        boolean publicOrChild() {
            return !who.equals("professional");
        }

        @Override
        public String toString() {
            return who + (flags.isEmpty() ? "" : " " + flags) + ": " + (before == null ? "" : before + " => ") + text;
        }
    }

    /**
     * What one channel sent for a turn.
     *
     * @param first      what is read or heard first: every text of an SMS turn, the spoken prompt up to the caller's
     *                   next choice, the web reply before "more"
     * @param all        everything the turn carries (on the web, "more" too)
     * @param putThrough the call is put through to a person
     */
    record Heard(String channel, List<String> first, String all, boolean putThrough) {

        String firstText() {
            return String.join("\n", first);
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"(A-Z0-9])");
    private static final Pattern DIGIT_GAPS = Pattern.compile("(?<=\\d)[ ,]+(?=\\d)");
    /** A number to ring, written or spoken digit by digit (gaps between digits removed first): not 999 or 55. */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(0\\d{7,10}|116123|101)(?!\\d)");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^Source: .*$");
    private static final Pattern SILENT = Pattern.compile("(?<!\\d)55(?!\\d)");

    /** Procedure, templates and addresses meant for practitioners: never to the public or a child. */
    static final List<String> PROFESSIONAL_ONLY = List.of("template", "business unit", "business@", "appendix",
            "log of", "summary log", "liquidlogic", "marf", "be ready to tell them", "referring professional",
            "professionals must", "professionals can make", "if you are a professional",
            "safeguarding lead", "line manager", "policy is for professionals", "case record", "level 3",
            "levels of need", "threshold", "stage 1", "stage 2", "section 47", "strategy discussion",
            "seek their consent", "seek consent", "before referring", "contact and referral form", "gillick");
    /** What the data says about a document's silences: a professional's to weigh, never the public's. */
    static final List<String> NOT_STATED = List.of("not stated", "does not list", "does not set out",
            "does not make clear", "does not say", "does not state", "does not print", "gives no",
            "not published", "cannot give you", "no number given");

    private ReplyChecks() {
    }

    static List<String> check(Case c, Heard h) {
        List<String> problems = new ArrayList<>();
        if (c.who().equals("language") && h.channel().equals("voice")) {
            // a call is transcribed as British English: another language is heard as English words, or none
            return problems;
        }
        String first = h.firstText();
        String firstLower = first.toLowerCase(Locale.UK);
        // a text names its source document ("Source: ...Threshold Document"): a title, not advice
        String allLower = SOURCE_LINE.matcher(h.all()).replaceAll("").toLowerCase(Locale.UK);
        String firstDigits = DIGIT_GAPS.matcher(first).replaceAll("");
        boolean number = PHONE.matcher(firstDigits).find() || h.putThrough()
                || ((c.is("risk") || c.is("after999")) && firstDigits.contains("999"));
        if ((c.is("risk") || c.who().equals("language")) && !firstSentence(h).contains("999")) {
            problems.add("999 is not first: " + firstSentence(h));
        }
        if (c.who().equals("child") && !(firstLower.contains("childline") && firstDigits.contains("08001111"))) {
            problems.add("no Childline and its number for a child");
        }
        if (c.is("silent") && !(SILENT.matcher(firstDigits).find() && first.contains("999"))) {
            problems.add("no 999-then-55 for someone who cannot speak");
        }
        if (c.who().equals("bot") && !firstLower.contains("automated")) {
            problems.add("not told it is automated");
        }
        // a flow's question to a parent ("have you talked it through with the person who decided?") is one step
        // of the answer, not an answer without a number
        boolean asks = List.of("public", "parent", "professional").contains(c.who()) && SENTENCE_END.splitAsStream(first)
                .anyMatch(sentence -> sentence.strip().endsWith("?"));
        if (List.of("child", "public", "parent", "person", "bot", "language").contains(c.who()) && !number && !asks) {
            problems.add("no number to ring in what is sent first");
        }
        // a practitioner's flow asks its questions one a turn: the number is checked where the whole reply is
        if (c.who().equals("professional") && h.channel().equals("web") && !asks
                && !(PHONE.matcher(DIGIT_GAPS.matcher(h.all()).replaceAll("")).find() || h.putThrough())) {
            problems.add("no number to ring anywhere in the reply");
        }
        // a web address is read, not heard: checked where the whole reply is on one screen
        if (h.channel().equals("web") && c.is("ceop") && !allLower.contains("ceop.police.uk")) {
            problems.add("no CEOP for online abuse");
        }
        if (h.channel().equals("web") && c.is("remove") && !allLower.contains("childline.org.uk/remove")) {
            problems.add("no Report Remove for a shared image");
        }
        if (c.is("after999") && (!allLower.contains("stay") || firstLower.startsWith("call 999 now"))) {
            problems.add("not told what to do while help comes");
        }
        if (c.publicOrChild()) {
            PROFESSIONAL_ONLY.stream().filter(allLower::contains)
                    .forEach(m -> problems.add("professional content \"" + m + "\""));
            NOT_STATED.stream().filter(allLower::contains).forEach(m -> problems.add("tells the public \"" + m + "\""));
        }
        repeated(h.all()).forEach(s -> problems.add("said twice: " + s));
        if (nested(h.all())) {
            problems.add("nested brackets");
        }
        return problems;
    }

    private static String firstSentence(Heard h) {
        String first = h.first().isEmpty() ? "" : h.first().get(0).strip();
        return SENTENCE_END.split(first.split("\n")[0])[0];
    }

    /** Sentences that occur twice (case and spacing aside). */
    static List<String> repeated(String text) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String sentence : SENTENCE_END.split(line.strip())) {
                String s = sentence.strip().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
                if (!s.isEmpty() && !seen.add(s)) {
                    twice.add(sentence.strip());
                }
            }
        }
        return twice;
    }

    static boolean nested(String text) {
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '(' && ++depth > 1) {
                return true;
            }
            if (ch == ')' && depth > 0) {
                depth--;
            }
        }
        return false;
    }
}
