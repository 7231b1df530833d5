package uk.mashline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A local safeguarding children partnership as its published document describes it: how to reach
 * its front door, what the MASH asks, the timescales it promises, its levels of need, its consent,
 * information-sharing and escalation rules. Every fact carries its {@link Source}.
 *
 * @param mashQuestionsNotStated  says so (with source) when the document lists no MASH questions
 * @param levelsOfNeedNotStated   says so (with source) when the document describes no levels of need
 * @param complaints the separate route for complaints about practice (a "not stated" text when silent)
 * @param guidance   what the document tells callers that answers their usual questions, by topic
 */
public record Partnership(String id,
                          String name,
                          List<SourceDocument> documents,
                          List<String> inboundNumbers,
                          List<Contact> contacts,
                          List<SourcedText> mashQuestions,
                          SourcedText mashQuestionsNotStated,
                          List<Timescale> timescales,
                          PublicReporting publicReporting,
                          List<LevelOfNeed> levelsOfNeed,
                          SourcedText levelsOfNeedNotStated,
                          ConsentRules consent,
                          InformationSharing informationSharing,
                          EscalationPolicy escalationPolicy,
                          SourcedText complaints,
                          List<Guidance> guidance,
                          List<SourcedText> notes) {

    public Partnership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicReporting, "publicReporting");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(informationSharing, "informationSharing");
        Objects.requireNonNull(escalationPolicy, "escalationPolicy");
        Objects.requireNonNull(complaints, "complaints");
        documents = List.copyOf(documents == null ? List.of() : documents);
        inboundNumbers = List.copyOf(inboundNumbers == null ? List.of() : inboundNumbers);
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        mashQuestions = List.copyOf(mashQuestions == null ? List.of() : mashQuestions);
        timescales = List.copyOf(timescales == null ? List.of() : timescales);
        levelsOfNeed = List.copyOf(levelsOfNeed == null ? List.of() : levelsOfNeed);
        notes = List.copyOf(notes == null ? List.of() : notes);
        guidance = List.copyOf(guidance == null ? List.of() : guidance);
        if (mashQuestions.isEmpty() && mashQuestionsNotStated == null) {
            throw new IllegalArgumentException(id + ": mashQuestions or mashQuestionsNotStated is required");
        }
        if (levelsOfNeed.isEmpty() && levelsOfNeedNotStated == null) {
            throw new IllegalArgumentException(id + ": levelsOfNeed or levelsOfNeedNotStated is required");
        }
    }

    /** The first contact of a kind, in document order. */
    public Optional<Contact> contact(ContactKind kind) {
        return contacts.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public List<Contact> contacts(ContactKind kind) {
        return contacts.stream().filter(c -> c.kind() == kind).toList();
    }

    public Optional<Timescale> timescale(String key) {
        return timescales.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public Optional<LevelOfNeed> levelOfNeed(int number) {
        return levelsOfNeed.stream().filter(l -> l.number() == number).findFirst();
    }

    /** The guidance to show on {@code topic}; {@code professional} is null when the caller's role is unknown. */
    public List<Guidance> guidance(GuidanceTopic topic, Boolean professional, String message) {
        return guidance.stream().filter(g -> g.appliesTo(topic, professional, message)).toList();
    }

    /** As above, also matching the facts the conversation has gathered (slot name to value). */
    public List<Guidance> guidance(GuidanceTopic topic, Boolean professional, String message, Map<String, String> known) {
        return guidance.stream().filter(g -> g.appliesTo(topic, professional, message, known)).toList();
    }

    /** The source document a fact cites, when it is one of this partnership's documents. */
    public Optional<SourceDocument> document(String file) {
        return documents.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    /** Whether members of the public may contact the front door; null when the document does not say. */
    public Boolean publicMayContact() {
        return publicReporting.publicMayContact();
    }

    /** Whether anonymous reports are accepted; null when the document does not say. */
    public Boolean anonymousReports() {
        return publicReporting.anonymousReports();
    }
}
