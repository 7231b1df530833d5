package uk.mashline.dialogue;

import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourcedText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the paragraphs of one reply and the sources of the facts they state. */
public final class Advice {

    private static final Pattern DOUBLED_SPACES = Pattern.compile(" {2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"(A-Z0-9])");

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> last = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final Set<String> documents = new LinkedHashSet<>();
    private int essential = -1;
    private ReplyAction action = ReplyAction.CONTINUE;
    private String transferNumber;
    // paragraphs() as last worked out, until the next change: advisors and the reply ask for it several
    // times a turn, and each time split every paragraph into sentences (a visible part of a turn's CPU)
    private List<String> said;
    // where an escalation answer sends the caller, as values: the first of each that the answer names
    private StageStep raiseToday;
    private StageStep nextStage;
    private String caseDueBy;
    private boolean casePassed;

    public Advice add(String paragraph) {
        String tidy = tidy(paragraph);
        if (!tidy.isEmpty()) {
            paragraphs.add(tidy);
            said = null;
        }
        return this;
    }

    // Templates with an empty optional part ("{texts} {notes}") leave doubled spaces; a name with
    // brackets inside a bracketed template part leaves nested brackets: "(Duty Social Worker (EDT
    // fallback mobile))" reads "(Duty Social Worker, EDT fallback mobile)".
    private static String tidy(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return "";
        }
        String stripped = paragraph.strip();
        // most paragraphs have no doubled space: the regex is not run on them
        String text = (stripped.contains("  ") ? DOUBLED_SPACES.matcher(stripped).replaceAll(" ") : stripped)
                .replace(" .", ".");
        if (text.indexOf('(') < 0) {
            return text; // nothing nested to flatten
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(' && depth++ > 0) {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append(", ");
            } else if (c == ')' && depth > 0 && --depth > 0) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A document's text with its source; nothing when the document leaves that field out (null). */
    public Advice add(SourcedText text) {
        return text == null ? this : add(text.text(), text.source());
    }

    public Advice add(String paragraph, Source source) {
        add(paragraph);
        return cite(source);
    }

    public Advice cite(Source source) {
        if (source != null) {
            sources.add(source.label());
            // a public page is no seed document: it has no review date for DocumentCurrency to note
            if (!source.fromPage()) {
                documents.add(source.document());
            }
        }
        return this;
    }

    public Advice citeAll(java.util.Collection<String> labels) {
        sources.addAll(labels);
        return this;
    }

    /**
     * Adds a paragraph that goes after everything else: detail a short channel can leave for "more"
     * (a note on how a number answers) without pushing the next number out of the first text.
     */
    public Advice addLast(String paragraph) {
        String tidy = tidy(paragraph);
        if (!tidy.isEmpty()) {
            last.add(tidy);
            said = null;
        }
        return this;
    }

    /** Every paragraph, the last ones too, rewritten in place by {@code edit} (a word said as the writer said it). */
    public Advice rewrite(java.util.function.UnaryOperator<String> edit) {
        paragraphs.replaceAll(edit);
        last.replaceAll(edit);
        said = null;
        return this;
    }

    /** Adds a paragraph as the last of the essentials (at the end when none were marked). */
    public Advice addToEssentials(String paragraph) {
        int before = paragraphs.size();
        int at = essential();
        add(paragraph);
        if (paragraphs.size() > before && at < before) {
            paragraphs.add(at, paragraphs.remove(paragraphs.size() - 1));
            said = null;
        }
        if (essential >= 0 && paragraphs.size() > before) {
            essential++;
        }
        return this;
    }

    /**
     * Makes {@code paragraph} the second of the reply, right after its first (the answer itself), and
     * so one of its essentials: moved there when the reply already gives it further down, added
     * otherwise. For what answers the very thing the caller raised, which must survive a channel's
     * budget without pushing out the answer. Returns whether it was added (so the caller cites its source).
     */
    public boolean putSecond(String paragraph) {
        return putAt(1, paragraph);
    }

    /**
     * Makes {@code paragraph} the first of the reply, and one of its essentials: moved there when the reply gives it
     * further down, added otherwise. For the answer to what the caller asked, before a flow's question (which stays
     * among the essentials). Returns whether it was added (so the caller cites its source).
     */
    public boolean putFirst(String paragraph) {
        return putAt(0, paragraph);
    }

    /** Puts the paragraph at {@code position} (or keeps it where it already is, above that) among the essentials. */
    private boolean putAt(int position, String paragraph) {
        String wanted = DOUBLED_SPACES.matcher(paragraph.strip()).replaceAll(" ").replace(" .", ".");
        int at = paragraphs.indexOf(wanted);
        if (at >= 0 && at <= position) {
            // already in place: make sure it counts among the essentials
            if (essential >= 0 && essential <= at) {
                essential = at + 1;
            }
            return false;
        }
        said = null;
        if (at > position) {
            paragraphs.remove(at);
            if (essential >= 0 && at < essential) {
                essential--;
            }
        }
        paragraphs.add(Math.min(position, paragraphs.size()), wanted);
        if (essential >= 0) {
            essential++;
        }
        return at < 0;
    }

    /** Everything added so far is what SMS and voice must keep. */
    public Advice essentialsEndHere() {
        essential = paragraphs.size();
        return this;
    }

    public Advice transferTo(String number) {
        action = ReplyAction.TRANSFER;
        transferNumber = number;
        return this;
    }

    public Advice hangUp() {
        action = ReplyAction.HANG_UP;
        return this;
    }

    /** The paragraphs in order, no sentence said twice (a later repeat is dropped, and a paragraph left empty with it). */
    public List<String> paragraphs() {
        if (said == null) {
            said = sentencesSaidOnce();
        }
        return said;
    }

    private List<String> sentencesSaidOnce() {
        List<String> all = new ArrayList<>(paragraphs);
        all.addAll(last);
        Set<String> seen = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (String paragraph : all) {
            StringBuilder kept = new StringBuilder();
            for (String sentence : sentences(paragraph)) {
                if (seen.add(sentence.strip().toLowerCase(java.util.Locale.UK))) {
                    kept.append(kept.length() > 0 ? " " : "").append(sentence.strip());
                }
            }
            if (kept.length() > 0) {
                out.add(kept.toString());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The paragraph split where {@link #SENTENCE_END} matches (white space after ".", "!" or "?" and before a
     * capital, a digit, a quote or a bracket), as {@code SENTENCE_END.split(paragraph)} splits it, without the
     * regex: every reply's every paragraph goes through it.
     */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>(4);
        int start = 0;
        int n = paragraph.length();
        for (int i = 1; i < n; i++) {
            char before = paragraph.charAt(i - 1);
            if ((before != '.' && before != '!' && before != '?') || !isRegexSpace(paragraph.charAt(i))) {
                continue;
            }
            int end = i;
            while (end < n && isRegexSpace(paragraph.charAt(end))) {
                end++;
            }
            if (end < n && startsSentence(paragraph.charAt(end))) {
                out.add(paragraph.substring(start, i));
                start = end;
            }
            i = end - 1;
        }
        out.add(paragraph.substring(start));
        return out;
    }

    // \s of java.util.regex without UNICODE_CHARACTER_CLASS
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean startsSentence(char c) {
        return c == '"' || c == '(' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The stage this answer tells the caller to raise today, with its due date if raised today (the first it names). */
    public Advice raiseToday(StageStep step) {
        raiseToday = raiseToday == null ? step : raiseToday;
        return this;
    }

    /** The stage this answer names as the next to go to (the first it names). */
    public Advice nextStage(StageStep step) {
        nextStage = nextStage == null ? step : nextStage;
        return this;
    }

    /** The caller's own stage's due date as this answer's first sentence gives it, and whether that date has passed. */
    public Advice caseDue(String dueBy, boolean passed) {
        if (caseDueBy == null) {
            caseDueBy = dueBy;
            casePassed = passed;
        }
        return this;
    }

    public java.util.Optional<StageStep> raiseToday() {
        return java.util.Optional.ofNullable(raiseToday);
    }

    public java.util.Optional<StageStep> nextStage() {
        return java.util.Optional.ofNullable(nextStage);
    }

    public java.util.Optional<String> caseDueBy() {
        return java.util.Optional.ofNullable(caseDueBy);
    }

    public boolean casePassed() {
        return casePassed;
    }

    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** The seed documents the cited facts come from, in order of first citation. */
    public List<String> documents() {
        return List.copyOf(documents);
    }

    public int essential() {
        return essential < 0 ? paragraphs.size() : essential;
    }

    public ReplyAction action() {
        return action;
    }

    public String transferNumber() {
        return transferNumber;
    }
}
