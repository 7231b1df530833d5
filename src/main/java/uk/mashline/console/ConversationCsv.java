package uk.mashline.console;

import java.util.List;

/**
 * The CSV export of the review queue: summaries only (masked senders, no message text,
 * no notes). Cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a
 * leading apostrophe.
 */
final class ConversationCsv {

    static final String HEADER = "id,partnership,channel,startedAt,lastMessageAt,highestRoute,reviewStatus,"
            + "messageCount,sender,previousContacts,reviewedBy,firstReviewedAt,language";

    private ConversationCsv() {
    }

    static String render(List<ConversationSummary> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (ConversationSummary r : rows) {
            out.append(String.join(",", cell(r.id()), cell(r.partnership()), cell(r.channel()), cell(r.startedAt()),
                    cell(r.lastMessageAt()), cell(r.highestRoute()), cell(r.reviewStatus()), cell(r.messageCount()),
                    cell(r.sender()), cell(r.previousContacts()), cell(r.reviewedBy()), cell(r.firstReviewedAt()),
                    cell(r.language())))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String v = value.toString();
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
