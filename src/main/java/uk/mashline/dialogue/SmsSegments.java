package uk.mashline.dialogue;

import java.util.BitSet;

/**
 * How many SMS segments a text costs, counted as Twilio counts them. A text all in the GSM-7
 * alphabet fits 160 characters in one segment, or 153 in each part of a longer one (the rest of
 * each part carries the header that joins them); a character of the extension table ({@code € [ ] { } ~ | \ ^})
 * takes two of those places. One character outside GSM-7 makes the whole text UCS-2: 70 alone,
 * 67 a part, each character outside the Basic Multilingual Plane (an emoji) taking two.
 * Every segment is paid for, and a frightened reader gets each one as a screenful.
 */
public record SmsSegments(boolean gsm7, int units, int segments) {

    public static final int GSM7_SINGLE = 160;
    public static final int GSM7_PART = 153;
    public static final int UCS2_SINGLE = 70;
    public static final int UCS2_PART = 67;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    // the two alphabets as look-up tables: a reply is counted many times while it is fitted (ReplyBudget),
    // and a scan of the alphabet's 128 characters for each character of it was a visible part of a turn
    private static final BitSet IN_BASIC = bits(BASIC);
    private static final BitSet IN_EXTENSION = bits(EXTENSION);

    private static BitSet bits(String alphabet) {
        BitSet bits = new BitSet();
        alphabet.chars().forEach(bits::set);
        return bits;
    }

    /** The cost of {@code text} sent as one message. */
    public static SmsSegments of(String text) {
        boolean gsm = isGsm7(text);
        int units = gsm ? gsmUnits(text) : text.length(); // UTF-16 code units: a surrogate pair is two
        int single = gsm ? GSM7_SINGLE : UCS2_SINGLE;
        int part = gsm ? GSM7_PART : UCS2_PART;
        int segments = units == 0 ? 1 : units <= single ? 1 : (units + part - 1) / part;
        return new SmsSegments(gsm, units, segments);
    }

    /** Segments of {@code text}: the number Twilio bills and a phone shows as separate parts. */
    public static int count(String text) {
        return of(text).segments();
    }

    /** True when every character of {@code text} is in the GSM-7 alphabet or its extension table. */
    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!IN_BASIC.get(c) && !IN_EXTENSION.get(c)) {
                return false;
            }
        }
        return true;
    }

    /** The most characters of {@code gsm7}'s alphabet a text of {@code segments} segments holds. */
    public static int capacity(boolean gsm7, int segments) {
        if (segments <= 1) {
            return gsm7 ? GSM7_SINGLE : UCS2_SINGLE;
        }
        return segments * (gsm7 ? GSM7_PART : UCS2_PART);
    }

    /**
     * Typographic punctuation replaced by its GSM-7 look-alike (as Twilio's Smart Encoding would),
     * so that one curly quote does not turn a whole English reply into UCS-2.
     */
    public static String toGsm(String text) {
        return text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace("\u2026", "...").replace('\u00A0', ' ');
    }

    private static int gsmUnits(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += IN_EXTENSION.get(text.charAt(i)) ? 2 : 1;
        }
        return units;
    }
}
