package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.LevelOfNeed;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Source;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.Timescale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Collects every source a partnership cites, and splits a section reference into its headings. */
final class SourceWalker {

    private SourceWalker() {
    }

    static List<Source> sources(Partnership p) {
        List<SourcedText> texts = new ArrayList<>();
        texts.addAll(p.mashQuestions());
        texts.addAll(p.consent().rules());
        texts.addAll(p.consent().exceptions());
        texts.addAll(p.informationSharing().rules());
        texts.addAll(p.notes());
        EscalationPolicy e = p.escalationPolicy();
        texts.addAll(e.recording());
        texts.addAll(e.specialCases());
        texts.addAll(e.notes());
        Stream.of(p.mashQuestionsNotStated(), p.levelsOfNeedNotStated(), p.consent().gillickCompetence(),
                        p.consent().notStated(), p.informationSharing().notStated(), p.complaints(),
                        p.publicReporting().publicContact(), p.publicReporting().anonymity(),
                        e.initialDiscussion(), e.stagesNotStated(), e.doNotDelayRule(), e.pointOfContact())
                .filter(Objects::nonNull).forEach(texts::add);
        List<Source> sources = new ArrayList<>(texts.stream().map(SourcedText::source).toList());
        p.contacts().stream().map(Contact::source).forEach(sources::add);
        p.timescales().stream().map(Timescale::source).forEach(sources::add);
        p.levelsOfNeed().stream().map(LevelOfNeed::source).forEach(sources::add);
        e.stages().stream().map(EscalationStage::source).forEach(sources::add);
        sources.add(e.whoMayEscalate().source());
        return sources;
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
