package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.knowledge.SourcedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code documents:}: each seed file with its title and, where it prints them, its version,
 * date, review and expiry dates (as printed), the lines that print them ({@code currency}) and
 * where to look for the current version ({@code whereCurrent}, required with a review or expiry date).
 */
final class DocumentsReader {

    List<SourceDocument> read(Node root) {
        List<Node> nodes = root.children("documents");
        if (nodes.isEmpty()) {
            throw root.error("documents", "is required: list the seed file(s) this partnership's facts come from");
        }
        // titles first: a document's currency may cite lines of another listed document
        List<SourceDocument> titled = nodes.stream()
                .map(node -> new SourceDocument(node.text("file"), node.text("title"))).toList();
        SourceReader sources = new SourceReader(titled);
        List<SourceDocument> documents = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            documents.add(document(nodes.get(i), titled.get(i), sources));
            nodes.get(i).finish();
        }
        return documents;
    }

    private SourceDocument document(Node node, SourceDocument titled, SourceReader sources) {
        String version = node.optionalText("version");
        String issued = node.optionalText("issued");
        String review = node.optionalText("reviewDate");
        String expiry = node.optionalText("expiryDate");
        Node currencyNode = node.optionalChild("currency");
        Source currency = null;
        if (currencyNode != null) {
            String lines = currencyNode.text("lines");
            String section = currencyNode.optionalText("section");
            currencyNode.finish();
            try {
                currency = new Source(titled.file(), section == null ? "document control" : section, lines, titled.title());
            } catch (IllegalArgumentException e) {
                throw currencyNode.error("lines", e.getMessage());
            }
        }
        SourcedText whereCurrent = sources.optionalSourcedText(node, "whereCurrent");
        try {
            return new SourceDocument(titled.file(), titled.title(), version, issued, review, expiry, currency, whereCurrent);
        } catch (IllegalArgumentException e) {
            String field = currency == null && (version != null || issued != null || review != null || expiry != null)
                    ? "currency" : whereCurrent == null && (review != null || expiry != null) ? "whereCurrent"
                    : review != null && !parses(review) ? "reviewDate" : "expiryDate";
            throw node.error(field, e.getMessage());
        }
    }

    private static boolean parses(String printed) {
        try {
            SourceDocument.lastDay(printed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
