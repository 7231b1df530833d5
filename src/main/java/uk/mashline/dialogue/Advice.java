package uk.mashline.dialogue;

import uk.mashline.knowledge.Source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the paragraphs of one reply and the sources of the facts they state. */
public final class Advice {

    private static final Pattern DOUBLED_SPACES = Pattern.compile(" {2,}");

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> last = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final Set<String> documents = new LinkedHashSet<>();
    private int essential = -1;
    private ReplyAction action = ReplyAction.CONTINUE;
    private String transferNumber;

    public Advice add(String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            // templates with an empty optional part ("{texts} {notes}") leave doubled spaces
            paragraphs.add(DOUBLED_SPACES.matcher(paragraph.strip()).replaceAll(" ").replace(" .", "."));
        }
        return this;
    }

    public Advice add(String paragraph, Source source) {
        add(paragraph);
        return cite(source);
    }

    public Advice cite(Source source) {
        if (source != null) {
            sources.add(source.label());
            documents.add(source.document());
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
        if (paragraph != null && !paragraph.isBlank()) {
            last.add(DOUBLED_SPACES.matcher(paragraph.strip()).replaceAll(" ").replace(" .", "."));
        }
        return this;
    }

    /** Adds a paragraph as the last of the essentials (at the end when none were marked). */
    public Advice addToEssentials(String paragraph) {
        int before = paragraphs.size();
        int at = essential();
        add(paragraph);
        if (paragraphs.size() > before && at < before) {
            paragraphs.add(at, paragraphs.remove(paragraphs.size() - 1));
        }
        if (essential >= 0 && paragraphs.size() > before) {
            essential++;
        }
        return this;
    }

    /**
     * Makes {@code paragraph} the first of the reply (and so of its essentials): moved there when the
     * reply already gives it further down, added otherwise. For what answers the very thing the caller
     * raised, which must survive a channel's budget. Returns whether it was added (so the caller cites
     * its source).
     */
    public boolean putFirst(String paragraph) {
        String wanted = DOUBLED_SPACES.matcher(paragraph.strip()).replaceAll(" ").replace(" .", ".");
        int at = paragraphs.indexOf(wanted);
        if (at == 0) {
            return false;
        }
        if (at > 0) {
            paragraphs.remove(at);
            if (essential >= 0 && at < essential) {
                essential--;
            }
        }
        paragraphs.add(0, wanted);
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

    public List<String> paragraphs() {
        if (last.isEmpty()) {
            return List.copyOf(paragraphs);
        }
        List<String> all = new ArrayList<>(paragraphs);
        all.addAll(last);
        return List.copyOf(all);
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
