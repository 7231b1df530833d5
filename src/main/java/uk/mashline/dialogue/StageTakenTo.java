package uk.mashline.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;

/**
 * "I raised it with the team manager on Monday the 23rd": the stage of the partnership's own policy whose holders the
 * caller names, so that the escalation flow does not ask which stage was reached (lead's trial, 30 Nov: a Medway
 * health visitor was asked after saying it). Who holds each stage is partnership data ({@code stages[].heldBy});
 * the words that say a disagreement was taken to someone are {@value #DEFAULT_FILE}, templates with {@code {holder}}.
 * "My line manager" is not a stage: the templates name the other side ("the", "their"), never "my" or "our".
 */
public final class StageTakenTo {

    public static final String DEFAULT_FILE = "dialogue/stage-taken-to.txt";
    private static final String HOLDER = "{holder}";
    /** The people holding a stage above the first: a caller's own senior manager is brought in only by escalating. */
    private static final String SENIOR = "{senior}";
    /** "spoke to the duty TM": practitioners' shorthand for the team manager a policy names (flows 9, second set B14). */
    private static final Pattern TEAM_MANAGER = Pattern.compile("\\btms?\\b");

    private record Compiled(EscalationPolicy policy, List<Held> stages) {
    }

    private record Held(int stage, Pattern pattern) {
    }

    private final List<String> templates;
    /** By partnership, kept while the partnership's policy is the same object (partnerships load at start-up). */
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    public StageTakenTo(List<String> templates) {
        if (templates.isEmpty() || templates.stream().anyMatch(t -> !t.contains(HOLDER) && !t.contains(SENIOR))) {
            throw new IllegalArgumentException("every template needs " + HOLDER + " or " + SENIOR);
        }
        this.templates = List.copyOf(templates);
    }

    public static StageTakenTo fromClasspath(String resource) {
        return new StageTakenTo(PatternFile.templatesFromClasspath(resource));
    }

    /** The highest stage whose holder {@code text} says the disagreement was taken to, if any. */
    public Optional<Integer> reached(String text, EscalationPolicy policy) {
        if (text == null || text.isBlank() || policy.stages().isEmpty()) {
            return Optional.empty();
        }
        String t = TEAM_MANAGER.matcher(PatternFile.cueText(text)).replaceAll("team manager");
        return compiledFor(policy).stream().filter(h -> h.pattern().matcher(t).find()).map(Held::stage)
                .max(Integer::compare);
    }

    private List<Held> compiledFor(EscalationPolicy policy) {
        Compiled known = compiled.get(policy.partnershipId());
        if (known == null || known.policy() != policy) {
            known = new Compiled(policy, compile(policy));
            compiled.put(policy.partnershipId(), known);
        }
        return known.stages();
    }

    private List<Held> compile(EscalationPolicy policy) {
        return policy.stages().stream().filter(s -> !s.heldBy().isEmpty()).map(this::compile).toList();
    }

    private Held compile(EscalationStage stage) {
        // "team manager" also as "team managers" and "team manager's"
        String holders = stage.heldBy().stream().map(h -> Pattern.quote(h.toLowerCase(Locale.UK)))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        String held = "(?:" + holders + ")(?:s|'s|s')?";
        String alternatives = templates.stream().filter(t -> stage.number() > 1 || !t.contains(SENIOR))
                .map(t -> t.replace(HOLDER, held).replace(SENIOR, held))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        return new Held(stage.number(), Pattern.compile("(?:" + alternatives + ")\\b"));
    }
}
