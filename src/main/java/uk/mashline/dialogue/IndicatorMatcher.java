package uk.mashline.dialogue;

import uk.mashline.knowledge.Indicator;
import uk.mashline.knowledge.LevelOfNeed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the level-of-need indicators that share the most words with what a practitioner
 * described, so the consultation reply can point at the closest ones rather than the whole table.
 */
public final class IndicatorMatcher {

    /** A level's indicator and how many meaningful words it shares with the message. */
    public record Match(LevelOfNeed level, Indicator indicator, int score) {
    }

    private static final int MIN_WORD = 4;
    /**
     * Two shared words make a match; one alone only when it is long and names the need itself ("hungry", "neglect"):
     * "year" matched "A 16 or 17 year old presenting as homeless" to a year 2 pupil's burn, and "unexplained" an injury
     * indicator to "unexplained weight loss ... no marks" (flows 9, A14, A07).
     */
    private static final int MIN_SCORE = 2;
    private static final int SPECIFIC_WORD = 6;
    /** Words long enough to pass that say how a need is described, not which need it is. */
    private static final Set<String> VAGUE = Set.of("unexplain", "unexplained", "suspicious", "significant", "persistent",
            "concern", "concerns", "regular", "regularly", "frequent", "frequently", "serious", "issue", "issues",
            "impact", "affect", "present", "evidence", "chronic", "severe", "possibly", "includ", "appropriate", "attend",
            "health", "welfare", "physical", "develop", "development", "behaviour", "support", "service");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    // an indicator's words, worked out once: the indicators come from partnership data and are few
    private final Map<Indicator, Set<String>> indicatorWords = new ConcurrentHashMap<>();

    /**
     * A harm or a worry the writer rules out ("no self harm", "no current concerns", "no marks seen") is no word of the case:
     * "no self harm" matched "Severe and complex mental health issues, including significant self-harm" to a girl's low mood
     * (lead-41 probe; blind q41 start kind 13); and so "no immediate risk" (risk-47: a DSL's "no immediate risk, neglect worries
     * building up" was told its case was closest to a level 4 indicator of "a child at immediate risk"). A need said with "no" ("no food in the house", "no heating") is the need
     * itself, and stays.
     */
    private static final Pattern RULED_OUT = Pattern.compile("\\b(?:no|nil|denies|denied|without any|not any|never any)\\s+"
            + "(?:(?:current|recent|known|obvious|visible|other|further|ongoing|new|physical|safeguarding|immediate|imminent|significant|serious)\\s+"
            + "|signs?\\s+of\\s+|evidence\\s+of\\s+|history\\s+of\\s+)*"
            + "(?:self[- ]?harm\\w*|harm\\w*|marks?|injur\\w*|bruis\\w*|concerns?|worries|issues?|problems?|disclosures?"
            + "|violence|drugs?|alcohol|risks?|convictions?|offences?|incidents?)\\b", Pattern.CASE_INSENSITIVE);

    public List<Match> closest(List<LevelOfNeed> levels, String text, int limit) {
        Set<String> words = words(RULED_OUT.matcher(text).replaceAll(" "));
        List<Match> matches = new ArrayList<>();
        for (LevelOfNeed level : levels) {
            for (Indicator indicator : level.indicators()) {
                int score = (int) indicatorWords.computeIfAbsent(indicator, i -> words(i.text())).stream()
                        .filter(words::contains).count();
                if (score >= MIN_SCORE || (score == 1 && specific(indicatorWords.get(indicator), words))) {
                    matches.add(new Match(level, indicator, score));
                }
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(m -> -m.level().number()))
                .limit(limit)
                .toList();
    }

    /** The one word shared is specific enough to point at this indicator. */
    private static boolean specific(Set<String> indicator, Set<String> message) {
        return indicator.stream().filter(message::contains)
                .allMatch(w -> w.length() >= SPECIFIC_WORD && !VAGUE.contains(w));
    }

    // words every indicator and every question shares, which say nothing about the need itself
    private static final Set<String> COMMON = Set.of("child", "children", "young", "people", "person", "parent",
            "parents", "family", "families", "their", "with", "have", "this", "that", "about", "what", "does",
            "would", "whether", "meet", "meets", "threshold", "level", "need", "needs", "there", "they", "from",
            "where", "when", "which", "some", "more", "been", "being", "into", "advice", "talk", "through", "year", "years",
            "month", "months", "week", "weeks");

    private static Set<String> words(String text) {
        return Arrays.stream(NON_LETTERS.split(text.toLowerCase(Locale.UK)))
                .filter(w -> w.length() >= MIN_WORD && !COMMON.contains(w))
                .map(IndicatorMatcher::stem)
                .collect(Collectors.toSet());
    }

    // a crude stem so "drinking" meets "drinks" and "neglected" meets "neglect"
    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
