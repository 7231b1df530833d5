package uk.mashline.console;

/**
 * Masks a sender (phone number or web client id) for lists and exports: enough to tell
 * contacts apart at a glance, never enough to call back. "+447700900101" becomes
 * "+44 77** ***101"; anything else keeps only its last three characters.
 */
public final class SenderMask {

    private SenderMask() {
    }

    public static String mask(String sender) {
        if (sender == null || sender.isBlank()) {
            return null;
        }
        String compact = sender.replaceAll("[\\s()-]", "");
        if (compact.matches("\\+44\\d{9,10}")) {
            String national = compact.substring(3);
            return "+44 " + national.substring(0, 2) + "**" + " " + stars(national.length() - 7) + national.substring(national.length() - 3);
        }
        if (compact.matches("\\+?\\d{7,15}")) {
            int keep = compact.startsWith("+") ? 3 : 2;
            return compact.substring(0, keep) + stars(compact.length() - keep - 3) + compact.substring(compact.length() - 3);
        }
        if (compact.length() <= 4) {
            return "****";
        }
        return stars(Math.min(8, compact.length() - 3)) + compact.substring(compact.length() - 3);
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(1, n));
    }
}
