package uk.mashline.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Partnerships;

/**
 * The stage's people by the last word of their name, now built once for each policy (esc helper's brief, 37th session):
 * the same answers as the way it was worked out before, on every turn of every chat CI and the trial sets replay, for
 * every partnership.
 */
class LastWordHoldersTest {

    @Test
    void answersAsBeforeOnEveryChatsMessageForEveryPartnership() throws IOException {
        LastWordHolders holders = new LastWordHolders();
        List<String> messages = messages();
        List<String> extra = List.of("what about the panel?", "the panel", "we want to take it to the panel",
                "our panel met", "my panel", "what about the directors", "the scsp chair?", "what about the mscp",
                "the partnership", "service managers", "the chair", "assistant directors then?");
        int named = 0;
        for (Partnership partnership : Partnerships.bundled().all()) {
            EscalationPolicy policy = partnership.escalationPolicy();
            for (String message : Stream.concat(messages.stream(), extra.stream()).toList()) {
                String t = PatternFile.cueText(message).strip();
                Optional<Integer> before = asBefore(t, policy);
                assertEquals(before, holders.stage(t, policy), partnership.id() + ": \"" + message + "\"");
                named += before.isPresent() ? 1 : 0;
            }
        }
        assertTrue(messages.size() > 1000, "the chats were read: " + messages.size());
        assertTrue(named > 10, "some messages name a stage's people by a last word: " + named);
    }

    @Test
    void theLscbPanelIsStageFour() {
        EscalationPolicy lscb = Partnerships.bundled().find("lscb-model").orElseThrow().escalationPolicy();
        LastWordHolders holders = new LastWordHolders();
        assertEquals(Optional.of(4), holders.stage("what about the panel?", lscb));
        // asked twice: the kept words answer the same
        assertEquals(Optional.of(4), holders.stage("the panel", lscb));
        assertEquals(Optional.empty(), holders.stage("our panel", lscb));
    }

    /** DirectQuestions.heldByLastWord as it was before the words were kept (3f0051ae), word for word. */
    private static Optional<Integer> asBefore(String t, EscalationPolicy policy) {
        Map<String, Set<Integer>> stagesByWord = new java.util.HashMap<>();
        for (EscalationStage s : policy.stages()) {
            for (String holder : s.heldBy()) {
                String[] words = holder.toLowerCase(Locale.UK).split(" ");
                stagesByWord.computeIfAbsent(words[words.length - 1], w -> new TreeSet<>()).add(s.number());
            }
        }
        return stagesByWord.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .filter(e -> Pattern.compile("(?<!my )(?<!our )\\b" + Pattern.quote(e.getKey()) + "s?\\b").matcher(t).find())
                .map(e -> e.getValue().iterator().next()).max(Integer::compare);
    }

    @SuppressWarnings("unchecked")
    private static List<String> messages() throws IOException {
        List<String> said = new ArrayList<>();
        for (String folder : List.of("src/test/resources/conversations", "src/test/resources/trials")) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    Object doc = new Yaml().load(in);
                    if (!(doc instanceof Map<?, ?> map) || !(map.get("conversations") instanceof List<?> chats)) {
                        continue;
                    }
                    for (Object chat : chats) {
                        Object turns = ((Map<String, Object>) chat).get("turns");
                        if (turns instanceof List<?> list) {
                            list.stream().map(turn -> ((Map<String, Object>) turn).get("say"))
                                    .filter(String.class::isInstance).map(String.class::cast).forEach(said::add);
                        }
                    }
                }
            }
        }
        return said;
    }
}
