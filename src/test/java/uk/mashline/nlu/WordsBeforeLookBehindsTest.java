package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class WordsBeforeLookBehindsTest {

    /** Every match, start and end, as find gives them. */
    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        found.add(pattern.matcher(text).matches() ? "whole" : "not whole");
        return found;
    }

    @Test
    void asksTheWordsBeforeAFarReachingLookBehind() {
        // the word boundary belongs to the run of tests at the place, so the words are asked without it
        assertEquals("(?=(?:tried|attempted) it\\b)(?<!\\b(?:again|now)\\b.{0,200})\\b(?:tried|attempted) it\\b",
                WordsBeforeLookBehinds.reordered("(?<!\\b(?:again|now)\\b.{0,200})\\b(?:tried|attempted) it\\b"));
        assertEquals("(?=at home)(?<=\\bcut .{0,30})(?!x)at home|(?<!not )there",
                WordsBeforeLookBehinds.reordered("(?<=\\bcut .{0,30})(?!x)at home|(?<!not )there"));
    }

    @Test
    void leavesAloneWhatItCannotShowTheSame() {
        Pattern near = Pattern.compile("(?<!not )\\bthere\\b");
        assertSame(near, WordsBeforeLookBehinds.reordered(near), "a look-behind of fixed reach costs little");
        Pattern grouped = Pattern.compile("(?<!\\bnot.{0,20})\\b(there|here)\\b");
        assertSame(grouped, WordsBeforeLookBehinds.reordered(grouped), "a capturing group would stay set by the look-ahead");
        Pattern flagged = Pattern.compile("(?<!\\bnot.{0,20})\\bthere\\b", Pattern.CASE_INSENSITIVE);
        assertSame(flagged, WordsBeforeLookBehinds.reordered(flagged));
        Pattern inline = Pattern.compile("(?i)(?<!\\bnot.{0,20})\\bthere\\b");
        assertSame(inline, WordsBeforeLookBehinds.reordered(inline));
        Pattern quantified = Pattern.compile("(?<!\\bnot.{0,20})?\\bthere\\b");
        assertSame(quantified, WordsBeforeLookBehinds.reordered(quantified));
        Pattern nothingAfter = Pattern.compile("\\bthere\\b(?<!\\bnot.{0,20})");
        assertSame(nothingAfter, WordsBeforeLookBehinds.reordered(nothingAfter));
    }

    /** The rewritten patterns find what the originals find, where they find it, in texts made to catch them out. */
    @Test
    void findsWhatTheOriginalFinds() {
        List<Pattern> patterns = List.of(
                Pattern.compile("(?<!\\b(?:again|tonight|just)\\b.{0,200})\\b(?:tried to (?:take|end) (?:her|his) life"
                        + "|(?:a |her )?suicide attempt)\\b(?=.{0,60}\\blast year\\b)"),
                Pattern.compile("(?<=\\b(?:said|says)\\b.{0,100})(?<!\\b(?:knife|hit)\\b.{0,50})\\b(?:kill|murder) (?:me|us)\\b"
                        + "|\\bdead\\b"),
                Pattern.compile("(?=.{0,30}\\bback\\b)(?<=\\b(?:school|class)\\b.{0,80})\\b(?:he|she) (?:is|was) (?:\\w+ )?back\\b"),
                Pattern.compile("^(?<!x.{0,9})a+$|(?<!b.{0,3})a{2,}"));
        List<String> texts = List.of("", "a", "aa", "aaaa", "baaa", "xaaa",
                "she had a suicide attempt last year", "again she had a suicide attempt last year",
                "tried to end her life last year and tried to take his life last year", "a suicide attempt last year",
                "he said my mum will kill me", "he said he hit me and mum will kill me", "my mum will kill me he said",
                "said kill us kill us dead", "school said she is back", "in class today he was finally back home",
                "she is back at school", "class he is back back");
        for (Pattern original : patterns) {
            Pattern rewritten = WordsBeforeLookBehinds.reordered(original);
            assertNotSame(original, rewritten, original.pattern());
            for (String text : texts) {
                assertEquals(matches(original, text), matches(rewritten, text), original.pattern() + " on " + text);
            }
        }
    }

    /** The shipped risk rules, ignores and reassuring wording: the same verdict and matches with the rewritten forms. */
    @Test
    void theRiskRulesFindWhatTheyFoundOnTheirOwnWords() {
        List<String> lines = RuleFile.classpathLines(ImmediateRiskDetector.DEFAULT_RULES);
        RuleFile file = new RuleFile("immediate-risk rules");
        List<Pattern> patterns = new ArrayList<>();
        file.read(lines, f -> {
            for (int i = f[0].equals("rule") || f[0].equals("cue") ? 2 : 1; i < f.length; i++) {
                if (!f[0].equals("unsoftened") && !f[0].equals("lasting") && !f[0].equals("define")) {
                    patterns.add(file.compile(f[i]));
                }
            }
        });
        List<String> texts = List.of("my mum will literally kill me lol shes joking", "she tried to kill herself last year "
                + "but shes fine now", "my 4 year old keeps touching his privates is that normal", "he is outside now with a knife",
                "our teacher said my dad would murder me haha", "the social worker is coming back tomorrow",
                "a suicide attempt two years ago she is doing well now", "her mum said she will kill her tonight");
        int rewritten = 0;
        for (Pattern original : patterns) {
            Pattern reordered = WordsBeforeLookBehinds.reordered(original);
            if (reordered != original) {
                rewritten++;
                for (String text : texts) {
                    String padded = " " + text + " ";
                    assertEquals(matches(original, padded), matches(reordered, padded), original.pattern());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(rewritten > 0, "some risk patterns reach far behind");
    }
}
