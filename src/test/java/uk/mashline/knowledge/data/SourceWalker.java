package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.Indicator;
import uk.mashline.knowledge.LevelOfNeed;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.Timescale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Collects every fact a partnership states with the source it cites, and splits a section reference into its headings. */
final class SourceWalker {

    /** One stated fact: where it sits in the data, what it says, and the source it cites. */
    record Fact(String where, String text, Source source) {
    }

    private SourceWalker() {
    }

    static List<Source> sources(Partnership p) {
        return facts(p).stream().map(Fact::source).distinct().toList();
    }

    /** Every fact the partnership states, each with its own source. */
    static List<Fact> facts(Partnership p) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "mashQuestions", p.mashQuestions());
        add(facts, "consent.rules", p.consent().rules());
        add(facts, "consent.exceptions", p.consent().exceptions());
        add(facts, "informationSharing.rules", p.informationSharing().rules());
        add(facts, "notes", p.notes());
        EscalationPolicy e = p.escalationPolicy();
        add(facts, "escalation.recording", e.recording());
        add(facts, "escalation.specialCases", e.specialCases());
        add(facts, "escalation.notes", e.notes());
        add(facts, "guidance", p.guidance().stream().map(Guidance::text).toList());
        add(facts, "single", Stream.of(p.mashQuestionsNotStated(), p.levelsOfNeedNotStated(),
                        p.consent().gillickCompetence(), p.consent().notStated(), p.informationSharing().notStated(),
                        p.complaints(), p.publicReporting().publicContact(), p.publicReporting().anonymity(),
                        e.initialDiscussion(), e.stagesNotStated(), e.doNotDelayRule(), e.pointOfContact())
                .filter(Objects::nonNull).toList());
        for (SourceDocument d : p.documents()) {
            if (d.whereCurrent() != null) {
                facts.add(new Fact("documents." + d.file() + ".whereCurrent", d.whereCurrent().text(), d.whereCurrent().source()));
            }
            if (d.currency() != null) {
                String printed = String.join(" ", Stream.of(d.version(), d.issued(), d.reviewDate(), d.expiryDate())
                        .filter(Objects::nonNull).toList());
                facts.add(new Fact("documents." + d.file() + ".currency", printed, d.currency()));
            }
        }
        for (Contact c : p.contacts()) {
            String text = String.join(" ", Stream.of(c.phone(), c.email(), c.url(), c.notes(),
                    c.hours().notStated() ? null : c.hours().description()).filter(Objects::nonNull).toList());
            facts.add(new Fact("contact " + c.name(), text, c.source()));
        }
        for (Timescale t : p.timescales()) {
            facts.add(new Fact("timescale " + t.key(), t.description(), t.source()));
        }
        for (LevelOfNeed l : p.levelsOfNeed()) {
            facts.add(new Fact("level " + l.number(), l.description() + " "
                    + String.join(" ", l.indicators().stream().map(Indicator::text).toList()), l.source()));
        }
        for (EscalationStage s : e.stages()) {
            String text = String.join(" ", Stream.of(s.parties(), s.timescaleMeans(), s.notStated())
                    .filter(Objects::nonNull).toList()) + " " + String.join(" ", s.mustRecord());
            facts.add(new Fact("stage " + s.number(), text, s.source()));
        }
        facts.add(new Fact("whoMayEscalate", e.whoMayEscalate().text(), e.whoMayEscalate().source()));
        return facts;
    }

    private static void add(List<Fact> facts, String where, List<SourcedText> texts) {
        for (int i = 0; i < texts.size(); i++) {
            facts.add(new Fact(where + "[" + i + "]", texts.get(i).text(), texts.get(i).source()));
        }
    }

    /**
     * "Appendix 1 Stage Process, stage 4; 7. Key Principles (note)" names the headings
     * ["Appendix 1 Stage Process", "7. Key Principles"]: parenthesised detail and a trailing
     * ", stage N" are pointers within the heading, not part of it.
     */
    static List<String> headings(String section) {
        List<String> headings = new ArrayList<>();
        for (String part : section.replaceAll("\\([^()]*\\)", "").split(";")) {
            String heading = part.replaceAll(",\\s*stage \\d+$", "").strip();
            if (!heading.isEmpty()) {
                headings.add(heading);
            }
        }
        return headings;
    }
}
