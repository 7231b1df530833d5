package uk.mashline.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phrases of {@code dialogue/follow-ups.tsv}: which kind of follow-up a message is ("link", "what_else",
 * "acknowledge"...), whether it plainly says goodbye, and the {@code @} lines that pick paragraphs out of an answer
 * ("@refusal"). The file is checked when it is read, so a kind that needs paragraphs never finds none at a caller's turn.
 */
final class FollowUpCues {

    /** "ok", "thanks", "cheers": the message only acknowledges the last answer. */
    static final String ACKNOWLEDGE = "acknowledge";
    /** A line of the file that selects paragraphs of an answer, not a kind of message ("@refusal"). */
    private static final String PARAGRAPH = "@";
    /** The {@code @opening} line: thanks or an "ok" that opens a message with a follow-up after it. */
    private static final String OPENING = "opening";

    private record Cue(String kind, GatedPattern pattern) {
    }

    private final List<Cue> cues;
    /** The cues' patterns, asked of a text in order: only those whose words it holds are tried. */
    private final GatedCues index;
    // a turn asks its own message for its kind several times (Conversation's guards, then the follow-up's answer)
    private final LastAsked<Optional<String>> kinds = new LastAsked<>(this::findKind);

    private final Optional<Pattern> opening;

    private FollowUpCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.index = new GatedCues(this.cues.stream().map(Cue::pattern).toList());
        // found once: the messages with no follow-up kind, most of them, are tried against it
        this.opening = cues.stream().filter(c -> c.kind().equals(PARAGRAPH + OPENING)).findFirst()
                .map(c -> c.pattern().pattern());
    }

    static FollowUpCues fromClasspath(String resource) {
        try (InputStream in = FollowUpCues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("follow-up phrases not found on the classpath: " + resource);
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    if (parts.length != 2) {
                        throw new IllegalStateException(resource + ": expected KIND<TAB>regex, got: " + line);
                    }
                    cues.add(new Cue(parts[0].trim(), GatedPattern.of(Pattern.compile(parts[1].trim()))));
                }
            }
            for (String[] needs : new String[][] {{"refused", "refusal"}, {"unsafe", "unsafe"}, {"send", "send"}}) {
                if (cues.stream().anyMatch(c -> c.kind().equals(needs[0]))
                        && cues.stream().noneMatch(c -> c.kind().equals(PARAGRAPH + needs[1]))) {
                    throw new IllegalStateException(resource + ": a '" + needs[0] + "' line needs an '@" + needs[1]
                            + "' line");
                }
            }
            return new FollowUpCues(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of follow-up the message is, the first line of the file that finds it. */
    Optional<String> kind(String text) {
        return kinds.of(text);
    }

    /** "ok", "ok thanks", "cheers": a message that only acknowledges the last answer. */
    boolean acknowledges(String text) {
        return kind(text).filter(ACKNOWLEDGE::equals).isPresent();
    }

    /**
     * Whether the message is plainly a goodbye ("cheers bye", "thats all thanks"): short, and ending on a goodbye
     * (the {@code @goodbye} line).
     */
    boolean saysGoodbye(String text) {
        return plainly("goodbye", text);
    }

    /**
     * Whether the message only signs off without a bye-word ("thats all i needed, cheers pet", "ok ill leave it there for
     * now"): the {@code @signoff} line.
     */
    boolean signsOff(String text) {
        return plainly("signoff", text);
    }

    /**
     * Whether an acknowledgement thanks ("ok will do, thanks again", "cheers"): the {@code @thanks} line. Such a message
     * closes the exchange; a bare "ok" does not.
     */
    boolean thanks(String text) {
        return plainly("thanks", text);
    }

    /** Whether the message is plainly a greeting ("hi", "hello is anyone there"): the {@code @greeting} line. */
    boolean saysHello(String text) {
        return plainly("greeting", text);
    }

    // whether the message is what the file's @label line says, plainly (a goodbye, a greeting)
    private boolean plainly(String label, String text) {
        // kisses at the end ("ok ta bye x", "thanks so much xx") are how a sign-off is signed, not more words (blind tester's
        // kinds for the care helper, 37th session: "ok ta bye x" as a first message got the menu)
        String t = KISSES.matcher(PatternFile.cueText(text).strip()).replaceFirst("").strip();
        return cues.stream().filter(c -> c.kind().equals(PARAGRAPH + label)).anyMatch(c -> c.pattern().foundIn(t));
    }

    private static final Pattern KISSES = Pattern.compile("(?<=\\S)[ ,.!]+x+[ .!]*$");

    /** What a paragraph of an answer on {@code paragraphKind} says ({@code @refusal}, {@code @unsafe}, {@code @send}). */
    Pattern paragraphsAbout(String paragraphKind) {
        return cues.stream().filter(c -> c.kind().equals(PARAGRAPH + paragraphKind))
                .map(c -> c.pattern().pattern()).findFirst().orElseThrow();
    }

    private Optional<String> findKind(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'').strip();
        Optional<String> kind = kindOf(t);
        if (kind.isPresent()) {
            return kind;
        }
        // "ok thanks, whats the number if i want to talk it through" asks what the rest asks: the thanks before it
        // is manners, not a goodbye (lead's sealed q6: the goodbye, at 0.95)
        return afterManners(t).flatMap(this::kindOf).filter(k -> !k.equals(ACKNOWLEDGE));
    }

    /** The rest of a lower-cased message after the thanks or "ok" it opens with, when that rest asks something. */
    Optional<String> afterManners(String t) {
        return opening.map(p -> p.matcher(t))
                .filter(java.util.regex.Matcher::lookingAt)
                .map(m -> t.substring(m.end()).strip())
                .filter(rest -> rest.indexOf(' ') > 0);
    }

    private Optional<String> kindOf(String t) {
        int cue = index.first(t, i -> !cues.get(i).kind().startsWith(PARAGRAPH));
        return cue < 0 ? Optional.empty() : Optional.of(cues.get(cue).kind());
    }
}
