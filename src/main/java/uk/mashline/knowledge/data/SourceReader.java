package uk.mashline.knowledge.data;

import uk.mashline.knowledge.PublicSource;
import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.knowledge.SourcedText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads {@code source:} fields; every fact in a partnership file must have one, with its lines. */
final class SourceReader {

    private final List<SourceDocument> documents;

    SourceReader(List<SourceDocument> documents) {
        this.documents = documents;
    }

    /**
     * {@code source: {section: "7. The Escalation Process", lines: "146-152"}} cites the file's first
     * document; {@code source: {document: 001_....txt, section: "...", lines: "60"}} cites another
     * of its documents. Lines are those of the seed file, so an auditor can open it at the fact.
     */
    Source source(Node node) {
        Object raw = node.raw("source");
        if (raw == null) {
            throw node.error("source", "is required: every fact needs the seed file, section and lines it comes from");
        }
        if (!(raw instanceof Map)) {
            node.optionalText("source");
            throw node.error("source", "must be {section: ..., lines: ...}: the lines of the seed file that state the fact");
        }
        Node source = node.child("source");
        String file = source.optionalText("document");
        String section = source.text("section");
        String lines = source.text("lines");
        if (!Source.LINES.matcher(lines).matches()) {
            throw source.error("lines", "'" + lines + "' must be line numbers or ranges such as 27-32, 44");
        }
        source.finish();
        SourceDocument document = file == null ? documents.get(0) : documents.stream()
                .filter(d -> d.file().equals(file))
                .findFirst()
                .orElseThrow(() -> source.error("document", "'" + file + "' is not listed under documents"));
        try {
            return new Source(document.file(), section, lines, document.title());
        } catch (IllegalArgumentException e) {
            throw source.error("lines", e.getMessage());
        }
    }

    /**
     * A published contact's source: the seed's lines as {@link #source}, or, where the seed prints no such contact and the
     * council publishes one, {@code source: {url, title, checked}} - the public page it was read from and the day, as
     * national.yml cites its helplines (North Tyneside's Front Door: its policy prints no number, the council's page does).
     */
    Source contactSource(Node node) {
        if (node.raw("source") instanceof Map<?, ?> raw && raw.containsKey("url")) {
            Node source = node.child("source");
            PublicSource page = publicSource(source);
            source.finish();
            return Source.of(page);
        }
        return source(node);
    }

    /** {@code {url, title, checked: "YYYY-MM-DD"}}: a public page and the day it was read (the caller finishes the node). */
    static PublicSource publicSource(Node source) {
        try {
            return new PublicSource(source.text("url"), source.text("title"), LocalDate.parse(source.text("checked")));
        } catch (DateTimeParseException e) {
            throw source.error("checked", "must be a date written as \"YYYY-MM-DD\" (in quotes)");
        } catch (IllegalArgumentException e) {
            throw source.error("url", e.getMessage());
        }
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
