package uk.mashline.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a child tells of where a word for that very thing helps more than the plain child answer - being made to marry,
 * bullied, an adult coming in while they wash, parents splitting up - with the national services that go with it
 * (dialogue/child-topics.tsv; lead's child sweep, 22nd session: each of these got "telling an adult you trust is a good
 * thing to do" and nothing about what they said).
 */
public final class ChildTopics {

    public static final String DEFAULT_FILE = "dialogue/child-topics.tsv";

    /** @param services national.yml ids given after Childline, in order */
    public record Topic(String kind, List<String> services) {
        /** The wording key of what the child is told. */
        public String wordingKey() {
            return "child.topic." + kind;
        }

        /** The topic's national services, after Childline. */
        void addServices(Advice advice, NationalHelp national, ChannelStyle style) {
            services.forEach(id -> national.addService(advice, id, "national." + id, style));
        }
    }

    private record Cue(Topic topic, PatternFile.Labelled pattern) {
    }

    private final List<Cue> cues;

    private ChildTopics(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static ChildTopics fromClasspath(String resource) {
        return new ChildTopics(PatternFile.labelledFromClasspath(resource).stream().map(l -> {
            String[] parts = l.label().split(":", 2);
            List<String> services = parts.length < 2 ? List.of() : Arrays.stream(parts[1].split(",")).map(String::strip).toList();
            return new Cue(new Topic(parts[0], services), l);
        }).toList());
    }

    /** The first of these kinds the message tells of, where another topic may come first in the file. */
    public Optional<Topic> in(String text, java.util.Set<String> kinds) {
        String t = PatternFile.cueText(text);
        return cues.stream().filter(c -> kinds.contains(c.topic().kind()) && c.pattern().foundIn(t)).map(Cue::topic)
                .findFirst();
    }

    public Optional<Topic> in(String text) {
        String t = PatternFile.cueText(text);
        return cues.stream().filter(c -> c.pattern().foundIn(t)).map(Cue::topic).findFirst();
    }
}
