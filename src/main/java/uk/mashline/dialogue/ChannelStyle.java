package uk.mashline.dialogue;

/**
 * How a channel wants advice written: voice reads phone numbers digit by digit so a
 * text-to-speech engine does not say "one billion"; SMS and voice are brief ({@link ReplyBudget} keeps the budgets).
 */
public record ChannelStyle(Channel channel) {

    public boolean brief() {
        return channel != Channel.WEB;
    }

    public boolean spoken() {
        return channel == Channel.VOICE;
    }

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?<!\\d)(?<!\\d )0\\d{2,4}(?: \\d{3,6}){1,2}(?!\\d)|(?<!\\d)0\\d{9,10}(?!\\d)");

    /**
     * Text as this channel says it: on voice, phone numbers inside data text (a note that says which
     * mobile to ring) read digit by digit like every other number; elsewhere unchanged.
     */
    public String speakable(String text) {
        if (!spoken()) {
            return text;
        }
        java.util.regex.Matcher m = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(phone(m.group())));
        }
        return m.appendTail(out).toString();
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
