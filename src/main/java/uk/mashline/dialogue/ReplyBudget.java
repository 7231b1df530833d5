package uk.mashline.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How much of a reply each channel carries in one turn: the one place the budgets are kept.
 * A frightened reader gets the first things to do, not a wall of text; the rest waits, in order of
 * need, for "more".
 * <ul>
 *   <li>SMS: each text at most {@value #SMS_SEGMENTS_PER_TEXT} segments and a turn at most
 *       {@value #SMS_SEGMENTS_PER_TURN} over all its texts, counted as Twilio counts them
 *       ({@link SmsSegments}).</li>
 *   <li>Voice: at most {@value #VOICE_WORDS} words (about 20 seconds) spoken per prompt, the
 *       closing question included.</li>
 *   <li>Web chat: the answer first in at most {@value #WEB_SENTENCES} sentences; the rest behind
 *       "more".</li>
 * </ul>
 * Paragraphs arrive in order of need (999 first where there is risk), so a cut keeps the start.
 */
public final class ReplyBudget {

    public static final int SMS_SEGMENTS_PER_TEXT = 2;
    public static final int SMS_SEGMENTS_PER_TURN = 3;
    public static final int VOICE_WORDS = 50;
    public static final int WEB_SENTENCES = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"(A-Z0-9])");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** A digit of a number read out on a call ("0", "8,"). */
    private static final Pattern DIGITS = Pattern.compile("\\(?\\d+[,.)]*");

    /**
     * A reply cut to its channel.
     *
     * @param now   what goes out in this turn (on SMS, pieces that {@link #texts} packs into texts)
     * @param later what waits for "more", in order of need
     */
    public record Page(List<String> now, List<String> later) {

        public Page {
            now = List.copyOf(now);
            later = List.copyOf(later);
        }

        public boolean hasMore() {
            return !later.isEmpty();
        }
    }

    private ReplyBudget() {
    }

    /**
     * The part of {@code paragraphs} that fits {@code channel}'s budget. {@code moreLine} (on SMS "Reply
     * MORE", on voice "say more or press 9") is added, within the budget, when something is left over;
     * {@code closing} is what a voice prompt always ends with, counted in its words.
     */
    public static Page fit(Channel channel, List<String> paragraphs, String moreLine, String closing) {
        return FITTED.computeIfAbsent(new Fitting(channel, List.copyOf(paragraphs), moreLine, closing),
                f -> fitted(f.channel(), f.paragraphs(), f.moreLine(), f.closing()));
    }

    // A reply is mostly the output of a few templates per route, partnership and channel, so the same
    // paragraphs come back turn after turn; fitting them again (segments counted for every way of
    // packing them) was about a twentieth of a turn's CPU. The fitting is a pure function of its
    // arguments: a bounded memo of it changes no reply. Emptied when full, so it can never grow.
    private static final int REMEMBERED = 512;
    private static final Memo<Fitting, Page> FITTED = new Memo<>(REMEMBERED);
    private static final Memo<List<String>, List<String>> SMS_TEXTS = new Memo<>(REMEMBERED);

    private record Fitting(Channel channel, List<String> paragraphs, String moreLine, String closing) {
    }

    private static Page fitted(Channel channel, List<String> paragraphs, String moreLine, String closing) {
        List<String> whole = leadInsJoined(paragraphs);
        return switch (channel) {
            case SMS -> fitSms(whole, moreLine);
            case VOICE -> fitVoice(whole, moreLine, closing);
            case WEB -> fitWeb(whole);
        };
    }

    /**
     * A paragraph that ends with a colon ("you can talk to:") leads into the next, which says who: the two go
     * together, so no cut leaves a reader or a caller with "talk to:" and nothing after it.
     */
    static List<String> leadInsJoined(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).strip().endsWith(":")) {
                out.set(last, out.get(last).strip() + " " + paragraph.strip());
            } else {
                out.add(paragraph);
            }
        }
        return out;
    }

    // --- SMS ---

    private static Page fitSms(List<String> paragraphs, String moreLine) {
        List<String> pieces = smsPieces(paragraphs);
        int fits = fittingSms(pieces, pieces.size());
        if (fits == pieces.size()) {
            return new Page(pieces, List.of());
        }
        String more = SmsSegments.toGsm(moreLine);
        int keep = fits;
        while (keep > 1 && !fitsSms(withLast(pieces.subList(0, keep), more))) {
            keep--;
        }
        List<String> now = new ArrayList<>(pieces.subList(0, keep));
        List<String> later = new ArrayList<>(pieces.subList(keep, pieces.size()));
        // the leading sentences of the paragraph that did not fit, if they do: the room is used in order
        String[] sentences = SENTENCE_END.split(later.get(0));
        for (int k = sentences.length - 1; k > 0; k--) {
            String head = String.join(" ", List.of(sentences).subList(0, k));
            List<String> tried = new ArrayList<>(now);
            tried.add(head);
            if (fitsSms(withLast(tried, more))) {
                now = tried;
                later.set(0, String.join(" ", List.of(sentences).subList(k, sentences.length)));
                break;
            }
        }
        return new Page(withLast(now, more), later);
    }

    /** The texts one SMS turn sends: pieces packed in order, within both budgets; anything past them is dropped. */
    public static List<String> texts(List<String> pieces) {
        List<String> gsm = pieces.stream().map(SmsSegments::toGsm).toList();
        List<String> texts = new ArrayList<>();
        String current = null;
        int used = 0;
        for (String piece : gsm) {
            String joined = current == null ? piece : current + "\n" + piece;
            int room = Math.min(SMS_SEGMENTS_PER_TEXT, SMS_SEGMENTS_PER_TURN - used);
            if (SmsSegments.count(joined) <= room) {
                current = joined;
                continue;
            }
            if (current != null) {
                texts.add(current);
                used += SmsSegments.count(current);
            }
            room = Math.min(SMS_SEGMENTS_PER_TEXT, SMS_SEGMENTS_PER_TURN - used);
            if (room <= 0 || SmsSegments.count(piece) > room) {
                return texts;
            }
            current = piece;
        }
        if (current != null) {
            texts.add(current);
        }
        return texts;
    }

    /** The texts an SMS turn sends for {@code paragraphs}, whether or not they were fitted before. */
    public static List<String> smsTexts(List<String> paragraphs) {
        return SMS_TEXTS.computeIfAbsent(List.copyOf(paragraphs), p -> List.copyOf(texts(fitSms(p, "").now())));
    }

    /** Segments a turn of these pieces costs, over all its texts. */
    public static int smsSegments(List<String> pieces) {
        return texts(pieces).stream().mapToInt(SmsSegments::count).sum();
    }

    private static boolean fitsSms(List<String> pieces) {
        return fittingSms(pieces, pieces.size()) == pieces.size();
    }

    // How many leading pieces the packing carries (it stops at the first that does not fit).
    private static int fittingSms(List<String> pieces, int max) {
        List<String> texts = texts(pieces.subList(0, max));
        int carried = 0;
        for (String text : texts) {
            carried += text.split("\n", -1).length;
        }
        // a piece never contains a newline (smsPieces), so lines count pieces
        return carried;
    }

    // Paragraphs as pieces no longer than one text may be: long ones cut at sentences, then words.
    private static List<String> smsPieces(List<String> paragraphs) {
        int max = SmsSegments.capacity(true, SMS_SEGMENTS_PER_TEXT);
        List<String> pieces = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String p = SmsSegments.toGsm(paragraph).replace('\n', ' ').strip();
            if (p.isEmpty()) {
                continue;
            }
            if (SmsSegments.count(p) <= SMS_SEGMENTS_PER_TEXT) {
                pieces.add(p);
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String sentence : SENTENCE_END.split(p)) {
                String joined = current.length() == 0 ? sentence : current + " " + sentence;
                if (SmsSegments.count(joined) <= SMS_SEGMENTS_PER_TEXT) {
                    current.setLength(0);
                    current.append(joined);
                    continue;
                }
                if (current.length() > 0) {
                    pieces.add(current.toString());
                    current.setLength(0);
                }
                String rest = sentence;
                while (SmsSegments.count(rest) > SMS_SEGMENTS_PER_TEXT) {
                    int cut = rest.lastIndexOf(' ', SmsSegments.isGsm7(rest) ? max : SmsSegments.capacity(false, 2));
                    cut = cut <= 0 ? Math.min(rest.length(), SmsSegments.capacity(false, 2)) : cut;
                    pieces.add(rest.substring(0, cut).strip());
                    rest = rest.substring(cut).strip();
                }
                current.append(rest);
            }
            if (current.length() > 0) {
                pieces.add(current.toString());
            }
        }
        return pieces;
    }

    // --- voice ---

    private static Page fitVoice(List<String> paragraphs, String moreLine, String closing) {
        List<String> pieces = new ArrayList<>();
        ChannelStyle voice = new ChannelStyle(Channel.VOICE);
        for (String p : paragraphs) {
            // counted as spoken: a number in data text is read digit by digit, a word each
            pieces.addAll(List.of(SENTENCE_END.split(voice.speakable(p.strip()))));
        }
        int budget = VOICE_WORDS - words(closing);
        int used = 0;
        int keep = 0;
        while (keep < pieces.size() && used + words(pieces.get(keep)) <= budget) {
            used += words(pieces.get(keep));
            keep++;
        }
        if (keep == pieces.size()) {
            return new Page(joinVoice(pieces), List.of());
        }
        pieces = new ArrayList<>(pieces);
        // a prompt with more to come ends with "say more" instead of the closing question, never with both
        int room = VOICE_WORDS - words(moreLine);
        if (keep == 0 || words(pieces.get(0)) > room) {
            // one sentence longer than a prompt: cut it at its last comma that fits, or at a word
            String[] w = WORDS.split(pieces.get(0).strip());
            int cut = Math.max(1, Math.min(room, w.length - 1));
            for (int i = cut; i > room / 2; i--) {
                if ((w[i - 1].endsWith(",") || w[i - 1].endsWith(";")) && !DIGITS.matcher(w[i - 1]).matches()) {
                    cut = i;
                    break;
                }
            }
            // never inside a number read digit by digit: the whole number goes to the next prompt
            while (cut > 1 && cut < w.length && DIGITS.matcher(w[cut]).matches() && DIGITS.matcher(w[cut - 1]).matches()) {
                cut--;
            }
            pieces.set(0, String.join(" ", List.of(w).subList(cut, w.length)));
            pieces.add(0, String.join(" ", List.of(w).subList(0, cut)));
            keep = 1;
        }
        while (keep > 1 && words(String.join(" ", pieces.subList(0, keep))) > room) {
            keep--;
        }
        return new Page(withLast(joinVoice(pieces.subList(0, keep)), moreLine), pieces.subList(keep, pieces.size()));
    }

    private static List<String> joinVoice(List<String> sentences) {
        return sentences.isEmpty() ? List.of() : List.of(String.join(" ", sentences));
    }

    /** Words a text-to-speech engine says for {@code text}, as written (numbers already spelt digit by digit). */
    public static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : WORDS.split(t).length;
    }

    // --- web chat ---

    private static Page fitWeb(List<String> paragraphs) {
        List<String> now = new ArrayList<>();
        List<String> later = new ArrayList<>();
        int used = 0;
        for (String paragraph : paragraphs) {
            if (!later.isEmpty()) {
                later.add(paragraph);
                continue;
            }
            String[] sentences = SENTENCE_END.split(paragraph.strip());
            if (used + sentences.length <= WEB_SENTENCES) {
                now.add(paragraph);
                used += sentences.length;
                continue;
            }
            int take = now.isEmpty() ? WEB_SENTENCES : 0;
            if (take > 0) {
                now.add(String.join(" ", List.of(sentences).subList(0, take)));
                later.add(String.join(" ", List.of(sentences).subList(take, sentences.length)));
            } else {
                later.add(paragraph);
            }
        }
        return new Page(now, later);
    }

    /** Sentences in {@code text}, as the web chat budget counts them. */
    public static int sentences(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : SENTENCE_END.split(t).length;
    }

    private static List<String> withLast(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        if (last != null && !last.isBlank()) {
            out.add(last);
        }
        return out;
    }
}
