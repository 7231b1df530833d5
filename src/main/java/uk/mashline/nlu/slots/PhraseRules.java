package uk.mashline.nlu.slots;

import uk.mashline.nlu.Candidates;
import uk.mashline.nlu.PatternPrefilter;
import uk.mashline.nlu.RuleFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Slot values found by wording, from a data file ({@code nlu/slots/phrases.tsv}) that safeguarding
 * staff can extend without a code change: "i am a health visitor" sets role and profession, "police
 * are on their way" sets called_999. File order is priority: for each slot the first matching line
 * wins, so surer wording is listed first. Patterns are compiled once, when the file is read.
 */
public final class PhraseRules {

    public static final String DEFAULT_FILE = "nlu/slots/phrases.tsv";

    /** One line: when the pattern is found, each slot not yet set takes its value. */
    record Rule(String[] slots, String[] values, Pattern pattern) {
    }

    private final List<Rule> rules;
    /** Which lines' patterns could match a message at all: most lines name words the message does not have. */
    private final PatternPrefilter prefilter;

    PhraseRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.prefilter = new PatternPrefilter(this.rules.stream().map(Rule::pattern).toList());
    }

    public static PhraseRules fromClasspath(String resource) {
        return parse(RuleFile.classpathLines(resource), resource);
    }

    static PhraseRules parse(List<String> lines, String source) {
        List<Rule> rules = new ArrayList<>();
        RuleFile file = new RuleFile(source);
        file.read(lines, f -> {
            if (f.length != 2) {
                throw new IllegalArgumentException("expected slot=value[ slot=value]<TAB>regex");
            }
            String[] settings = f[0].trim().split(" +");
            String[] slots = new String[settings.length];
            String[] values = new String[settings.length];
            for (int i = 0; i < settings.length; i++) {
                int eq = settings[i].indexOf('=');
                if (eq <= 0 || eq == settings[i].length() - 1) {
                    throw new IllegalArgumentException("not slot=value: " + settings[i]);
                }
                slots[i] = settings[i].substring(0, eq);
                values[i] = settings[i].substring(eq + 1);
            }
            rules.add(new Rule(slots, values, file.compile(f[1])));
        });
        return new PhraseRules(rules);
    }

    /** Adds to {@code found} every slot a line sets that is not already there. */
    public void apply(String normalisedText, Map<String, String> found) {
        apply(normalisedText, found, prefilter.candidates(normalisedText));
    }

    /** The same, every pattern searched everywhere: the oracle the prefilter is tested against. */
    void applyWithoutPrefilter(String normalisedText, Map<String, String> found) {
        apply(normalisedText, found, prefilter.everywhere());
    }

    private void apply(String normalisedText, Map<String, String> found, Candidates candidates) {
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (allSet(rule, found) || !candidates.finds(r, rule.pattern(), normalisedText, 0)) {
                continue;
            }
            for (int i = 0; i < rule.slots().length; i++) {
                found.putIfAbsent(rule.slots()[i], rule.values()[i]);
            }
        }
    }

    private static boolean allSet(Rule rule, Map<String, String> found) {
        for (String slot : rule.slots()) {
            if (!found.containsKey(slot)) {
                return false;
            }
        }
        return true;
    }

    List<Rule> rules() {
        return rules;
    }
}
