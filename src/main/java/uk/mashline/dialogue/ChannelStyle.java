package uk.mashline.dialogue;

/**
 * How a channel wants advice written: voice reads phone numbers digit by digit so a
 * text-to-speech engine does not say "one billion"; SMS and voice keep only the essentials.
 */
public record ChannelStyle(Channel channel) {

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
