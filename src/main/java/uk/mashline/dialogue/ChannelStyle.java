package uk.mashline.dialogue;

/**
 * How a channel wants advice written: voice reads phone numbers digit by digit so a
 * text-to-speech engine does not say "one billion"; SMS and voice keep only the essentials.
 */
public record ChannelStyle(Channel channel) {

    /** Characters of advice an SMS exchange carries: two texts of three GSM-7 segments each. */
    public static final int SMS_BUDGET = 918;

    /**
     * The paragraphs this channel sends: all on the web; on SMS the essentials and then whatever
     * else fits the budget; on voice only the essentials, since a caller cannot re-read.
     */
    public java.util.List<String> fit(java.util.List<String> paragraphs, int essential) {
        int keep = Math.min(essential, paragraphs.size());
        if (channel == Channel.WEB) {
            return paragraphs;
        }
        if (channel == Channel.VOICE) {
            return paragraphs.subList(0, keep);
        }
        int used = paragraphs.subList(0, keep).stream().mapToInt(p -> p.length() + 2).sum();
        while (keep < paragraphs.size() && used + paragraphs.get(keep).length() + 2 <= SMS_BUDGET) {
            used += paragraphs.get(keep).length() + 2;
            keep++;
        }
        return paragraphs.subList(0, keep);
    }

    public boolean brief() {
        return channel != Channel.WEB;
    }

    public boolean spoken() {
        return channel == Channel.VOICE;
    }

    /** A phone number as this channel should present it. */
    public String phone(String number) {
        if (number == null || !spoken()) {
            return number;
        }
        StringBuilder out = new StringBuilder();
        for (String group : number.trim().split("\\s+")) {
            StringBuilder spoken = new StringBuilder();
            for (char c : group.toCharArray()) {
                if (Character.isDigit(c) || c == '+') {
                    spoken.append(spoken.length() > 0 ? " " : "").append(c == '+' ? "plus" : String.valueOf(c));
                }
            }
            if (spoken.length() > 0) {
                out.append(out.length() > 0 ? ", " : "").append(spoken);
            }
        }
        return out.toString();
    }
}
