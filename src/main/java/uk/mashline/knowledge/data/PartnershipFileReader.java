package uk.mashline.knowledge.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.mashline.knowledge.ConsentRules;
import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.InformationSharing;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PublicReporting;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.knowledge.Timescale;
import uk.mashline.knowledge.TimeUnitKind;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one partnership YAML file into a {@link Partnership}, checking it as it goes: a missing
 * field, a fact without a source, an unknown key or a malformed value fails with a
 * {@link PartnershipDataException} naming the file and the field.
 */
public final class PartnershipFileReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ]*[0-9]");

    private final OpeningHoursReader hoursReader = new OpeningHoursReader();

    public Partnership read(String fileName, Reader yaml) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new PartnershipDataException(fileName, "", "is not valid YAML: " + e.getMessage(), e);
        }
        Node root = Node.root(fileName, parsed);
        Partnership partnership = partnership(root);
        root.finish();
        return partnership;
    }

    private Partnership partnership(Node root) {
        String id = root.text("id");
        if (!ID.matcher(id).matches()) {
            throw root.error("id", "'" + id + "' must be lower-case words joined by hyphens");
        }
        List<SourceDocument> documents = new DocumentsReader().read(root);
        SourceReader sources = new SourceReader(documents);
        List<String> inbound = root.texts("inboundNumbers");
        for (int i = 0; i < inbound.size(); i++) {
            if (!E164.matcher(inbound.get(i)).matches()) {
                throw root.error("inboundNumbers[" + i + "]", "'" + inbound.get(i) + "' is not an E.164 number like +447700900101");
            }
        }
        if (inbound.isEmpty()) {
            throw root.error("inboundNumbers", "is required");
        }
        List<uk.mashline.knowledge.SourcedText> questions = sources.sourcedTexts(root, "mashQuestions");
        var questionsNotStated = sources.optionalSourcedText(root, "mashQuestionsNotStated");
        if (questions.isEmpty() && questionsNotStated == null) {
            throw root.error("mashQuestionsNotStated", "is required when no mashQuestions are given");
        }
        var levels = new LevelsOfNeedReader(sources).read(root);
        var levelsNotStated = sources.optionalSourcedText(root, "levelsOfNeedNotStated");
        if (levels.isEmpty() && levelsNotStated == null) {
            throw root.error("levelsOfNeedNotStated", "is required when no levelsOfNeed are given");
        }
        return new Partnership(
                id,
                root.text("name"),
                documents,
                inbound,
                root.map(root.children("contacts"), node -> contact(node, sources)),
                questions,
                questionsNotStated,
                root.map(root.children("timescales"), node -> timescale(node, sources)),
                publicReporting(root.child("publicReporting"), sources),
                levels,
                levelsNotStated,
                consent(root.child("consent"), sources),
                informationSharing(root.child("informationSharing"), sources),
                new EscalationPolicyReader(sources).read(id, root.child("escalation")),
                sources.requiredSourcedText(root, "complaints"),
                new GuidanceReader(sources).read(root),
                sources.sourcedTexts(root, "notes"));
    }

    private Contact contact(Node node, SourceReader sources) {
        String phone = node.optionalText("phone");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw node.error("phone", "'" + phone + "' must be digits and spaces as the document writes it");
        }
        Contact contact = new Contact(
                node.enumValue("kind", ContactKind.class),
                node.text("name"),
                phone,
                node.optionalText("email"),
                node.optionalText("url"),
                node.optionalText("area"),
                node.optionalBoolean("acceptsTexts"),
                node.optionalText("notes"),
                hoursReader.read(node.child("hours")),
                sources.contactSource(node),
                node.texts("covers").stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList(),
                node.optionalText("address"));
        node.finish();
        if (!contact.reachable() && contact.notes() == null) {
            throw node.error("notes", "is required when no phone, email or url is given: say what to use instead");
        }
        return contact;
    }

    private Timescale timescale(Node node, SourceReader sources) {
        Integer amount = node.optionalInteger("amount");
        TimeUnitKind unit = amount == null ? null : node.enumValue("unit", TimeUnitKind.class);
        if (amount == null) {
            node.optionalText("unit");
        }
        return new Timescale(node.text("key"), node.text("description"), amount, unit, sources.source(node));
    }

    private PublicReporting publicReporting(Node node, SourceReader sources) {
        PublicReporting reporting = new PublicReporting(
                node.optionalBoolean("publicMayContact"),
                sources.requiredSourcedText(node, "publicContact"),
                node.optionalBoolean("anonymousReports"),
                sources.requiredSourcedText(node, "anonymity"));
        node.finish();
        return reporting;
    }

    private ConsentRules consent(Node node, SourceReader sources) {
        ConsentRules consent = new ConsentRules(
                sources.sourcedTexts(node, "rules"),
                sources.sourcedTexts(node, "exceptions"),
                sources.optionalSourcedText(node, "gillickCompetence"),
                sources.optionalSourcedText(node, "notStated"));
        node.finish();
        if (!consent.stated() && consent.notStated() == null) {
            throw node.error("notStated", "is required when no rules or exceptions are given");
        }
        return consent;
    }

    private InformationSharing informationSharing(Node node, SourceReader sources) {
        InformationSharing sharing = new InformationSharing(
                sources.sourcedTexts(node, "rules"),
                sources.optionalSourcedText(node, "notStated"));
        node.finish();
        if (!sharing.stated() && sharing.notStated() == null) {
            throw node.error("notStated", "is required when no rules are given");
        }
        return sharing;
    }
}
