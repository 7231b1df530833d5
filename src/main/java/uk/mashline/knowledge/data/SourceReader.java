package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.knowledge.SourcedText;

import java.util.List;

/** Reads {@code source:} fields; every fact in a partnership file must have one. */
final class SourceReader {

    private final List<SourceDocument> documents;

    SourceReader(List<SourceDocument> documents) {
        this.documents = documents;
    }

    /**
     * {@code source: "7. The Escalation Process"} cites the file's first document;
     * {@code source: {document: 001_....txt, section: "..."}} cites another of its documents.
     */
    Source source(Node node) {
        Object raw = node.raw("source");
        if (raw == null) {
            throw node.error("source", "is required: every fact needs the seed file and section it comes from");
        }
        if (!(raw instanceof java.util.Map)) {
            String section = node.optionalText("source");
            return new Source(documents.get(0).file(), section, documents.get(0).title());
        }
        Node source = node.child("source");
        String file = source.optionalText("document");
        String section = source.text("section");
        source.finish();
        SourceDocument document = file == null ? documents.get(0) : documents.stream()
                .filter(d -> d.file().equals(file))
                .findFirst()
                .orElseThrow(() -> source.error("document", "'" + file + "' is not listed under documents"));
        return new Source(document.file(), section, document.title());
    }

    SourcedText sourcedText(Node node) {
        SourcedText text = new SourcedText(node.text("text"), source(node));
        node.finish();
        return text;
    }

    SourcedText optionalSourcedText(Node parent, String key) {
        Node node = parent.optionalChild(key);
        return node == null ? null : sourcedText(node);
    }

    SourcedText requiredSourcedText(Node parent, String key) {
        return sourcedText(parent.child(key));
    }

    List<SourcedText> sourcedTexts(Node parent, String key) {
        return parent.map(parent.children(key), this::sourcedTextUnfinished);
    }

    private SourcedText sourcedTextUnfinished(Node node) {
        return new SourcedText(node.text("text"), source(node));
    }
}
