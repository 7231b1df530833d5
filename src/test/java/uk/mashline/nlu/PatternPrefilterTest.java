package uk.mashline.nlu;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternPrefilterTest {

    /** The binary search finds what a look at every literal finds, with literals given in any order and overlapping. */
    @Test
    void aTextBeginsWithAStartLiteralExactlyWhenOneOfThemBeginsIt() {
        String[] given = {"wha", "so ", "ok ", "who", "what d", "s", "whe", "ok", "i ", "im", "how lo", "how"};
        PatternPrefilter.Starts starts = new PatternPrefilter.Starts(true, new String[0], given, null);
        for (String text : List.of("what do i say", "whatever", "so what", "s", "", "ok", "o", "okay then", "i ring",
                "im 12", "i", "hi", "how long", "ho", "when", "whe", "wh", "zebra", "a", "who do i ring")) {
            boolean any = java.util.Arrays.stream(given).anyMatch(text::startsWith);
            assertEquals(any, PatternPrefilter.startsWithAny(starts.startLiterals(), text), text);
        }
    }

    @Test
    void readsTheWordPrefixesOfEveryAlternative() {
        assertEquals(Set.of("knife", "gun"), RegexLiterals.prefixes("\\b(?:knife|gun)\\b", false));
        assertEquals(Set.of("he is here", "she is here", "coming back tonight"),
                RegexLiterals.prefixes("\\b(?:he|she) is here\\b|\\bcoming back tonight\\b", false));
        assertEquals(Set.of("paramedic", "urgent", "last ", "this ", "monday"),
                RegexLiterals.prefixes("\\b(?:paramedics?|urgent(?:ly)?|(?:(last|this) )?(monday))\\b", false));
    }

    @Test
    void aLookbehindBeforeTheWordsTakesNoCharacters() {
        // phrases.tsv's "police on their way", which ran over every position of every message
        assertEquals(Set.of("police on their ", "police on way", "police coming", "an ambulance on their ", "an ambulance on way",
                "an ambulance coming"), RegexLiterals.prefixes(
                "(?<!(?:are|is) the )(?<!(?:are|is) )\\b(?:police|an ambulance) (?:on (?:their )?way|coming)\\b", false));
        assertEquals(Set.of("police"), RegexLiterals.prefixes("(?<=called )\\bpolice", false));
        assertNull(RegexLiterals.prefixes("(?<!the )?\\bpolice", false), "a lookbehind with a quantifier: unknown");
        assertNull(RegexLiterals.prefixes("(?<!the police", false));
        // and the candidates still see the text before the word: no match after "is the", one elsewhere
        java.util.regex.Pattern onTheWay = java.util.regex.Pattern.compile(
                "(?<!(?:are|is) the )\\b(?:police|an ambulance) on the way\\b");
        PatternPrefilter filter = new PatternPrefilter(java.util.List.of(onTheWay));
        String asked = "is the police on the way";
        String told = "the police on the way now";
        assertFalse(filter.candidates(asked).finds(0, onTheWay, asked, 0));
        assertTrue(filter.candidates(told).finds(0, onTheWay, told, 0));
    }

    @Test
    void aLookaheadBeforeTheWordsTakesNoCharactersEither() {
        // the risk rules' pet ignore (routing, eighth session), which searched every position of every message: two thirds
        // of the classifier's time
        assertEquals(Set.of("dog", "cat"), RegexLiterals.prefixes(
                "(?<!\\bchild\\b.{0,200})(?!.*\\bchild\\b)\\b(?:dog|cat)\\b.{0,40}?\\bmissing\\b", false));
        assertEquals(Set.of("police"), RegexLiterals.prefixes("(?=.*now)\\bpolice", false));
        assertNull(RegexLiterals.prefixes("(?!x)?\\bpolice", false), "a lookahead with a quantifier: unknown");
        // and the candidates still see the whole text after the word, and before it
        Pattern pet = Pattern.compile("(?<!\\bchild\\b.{0,200})(?!.*\\bchild\\b)\\b(?:dog|cat)\\b.{0,40}?\\bmissing\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(pet));
        for (String text : List.of("my dog is missing", "my dog is missing and so is my child", "the child s cat is missing",
                "a dog went missing", "hotdog missing", "cat missing")) {
            assertEquals(pet.matcher(text).find(), filter.candidates(text).finds(0, pet, text, 0), text);
        }
    }

    @Test
    void aPatternWhoseLiteralsMayStartInsideAWordIsTriedWhereTheyOccur() {
        // the risk rules' long-past self-harm ignore: "(?<=used to )self harm", read from no word start
        Pattern past = Pattern.compile("\\bself harm\\b(?= last year)|(?<=\\bused to )self harm(?:ing)?\\b|(?<=ago.{0,40})self harm");
        assertNull(RegexLiterals.prefixes(past.pattern(), false));
        PatternPrefilter filter = new PatternPrefilter(List.of(past));
        for (String text : List.of("she used to self harm", "self harm last year", "years ago myself harm", "no harm done",
                "self harm now", "used to self harming and self harm last year", "ago self harm self harm")) {
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = past.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> found = new java.util.ArrayList<>();
            filter.candidates(text).eachMatch(0, past, text, 0, (start, end) -> found.add(start + "-" + end));
            assertEquals(expected, found, text);
            assertEquals(!expected.isEmpty(), filter.candidates(text).finds(0, past, text, 0), text);
        }
        assertFalse(filter.candidates("no harm done").possible(0));
    }

    @Test
    void aDigitClassStartsWithAnyDigit() {
        assertEquals(Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "thirty"),
                RegexLiterals.prefixes("\\b(?:\\d{2}|thirty) year old man\\b", false));
        assertNull(RegexLiterals.prefixes("\\b\\d?year", false), "an optional digit may not start the match");
        Pattern age = Pattern.compile("\\b(?:\\d{2}|thirty) year old man\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(age));
        String text = "she met a 25 year old man";
        assertTrue(filter.candidates(text).finds(0, age, text, 0));
        assertFalse(filter.candidates("she met a man online").possible(0));
    }

    @Test
    void givesUpWhereItCannotTell() {
        assertNull(RegexLiterals.prefixes("^ (?:help|sos) $", false));
        assertNull(RegexLiterals.prefixes("\\b(?:knife|\\w+ing)\\b", false));
        assertNull(RegexLiterals.prefixes("\\bknife\\b|[a-z|]+", false));
        assertNull(RegexLiterals.prefixes("\\b(?:a|b){2}", false));
    }

    @Test
    void runsAPatternOnlyWhereItCouldStart() {
        List<Pattern> patterns = List.of(Pattern.compile("\\b(?:knife|gun)\\b"), Pattern.compile("\\bi am a \\w+"),
                Pattern.compile("^help$"));
        PatternPrefilter filter = new PatternPrefilter(patterns);
        String text = "he has a gun and i am a teacher";
        Candidates candidates = filter.candidates(text);
        assertTrue(candidates.finds(0, patterns.get(0), text, 0));
        assertTrue(candidates.finds(1, patterns.get(1), text, 0));
        assertTrue(candidates.possible(2), "a pattern without known prefixes is always run");
        assertFalse(candidates.finds(2, patterns.get(2), text, 0));
        assertFalse(filter.candidates("gunner").finds(0, patterns.get(0), "gunner", 0));
        assertFalse(filter.candidates("no weapon here").possible(0));
    }

    /**
     * nlu-50: a pattern placed at common first words ("i am") that needs rarer ones after them is turned away where the
     * text lacks those, with the same answer as the regex: in a text as written and in one whose phrases were blanked.
     */
    @Test
    void aPatternIsNotRunWhereTheWordsEveryMatchNeedsAreMissing() {
        List<Pattern> patterns = List.of(Pattern.compile("\\bi am (?:a |the )?(?:health visitor|midwife)\\b"),
                Pattern.compile("\\b(?:knife|gun)s?\\b"), Pattern.compile("(?<!not )\\bkill (?:time|it)\\b|^bye$"));
        PatternPrefilter filter = new PatternPrefilter(patterns);
        assertTrue(filter.requiredOf(0).length > 0 && java.util.Arrays.stream(filter.requiredOf(0))
                .allMatch(l -> l.contains("midwife") || l.contains("health visitor")), String.join("|", filter.requiredOf(0)));
        assertNull(filter.requiredOf(1), "the words it is placed at are the words it needs: no second look");
        assertEquals(List.of("bye", "kill it", "kill time"), List.of(filter.requiredOf(2)), "the start's alternative needs its words too");
        for (String text : List.of("i am a teacher", "i am a midwife", "i am the health visitor here", "i am a knife",
                "guns and i am", "i am health visitors", "kill time", "bye", "i am not a midwife")) {
            Candidates candidates = filter.candidates(text);
            PatternPrefilter oracle = new PatternPrefilter(patterns);
            for (int i = 0; i < patterns.size(); i++) {
                assertEquals(patterns.get(i).matcher(text).find(), candidates.finds(i, patterns.get(i), text, 0),
                        text + " / " + patterns.get(i));
                assertEquals(patterns.get(i).matcher(text).find(),
                        oracle.everywhere().finds(i, patterns.get(i), text, 0), text);
            }
        }
        // the words blanked after the places were found: looked for in the text as it is now
        String written = "i am a midwife";
        Candidates placed = filter.candidates(written);
        StringBuilder blanked = new StringBuilder("i am a       ");
        List<String> found = new java.util.ArrayList<>();
        placed.eachMatch(0, patterns.get(0), blanked, 0, (start, end) -> found.add(blanked.substring(start, end)));
        assertEquals(List.of(), found);
        placed.eachMatch(0, patterns.get(0), new StringBuilder(written), 0, (start, end) -> found.add(written.substring(start, end)));
        assertEquals(List.of("i am a midwife"), found);
    }

    /** The walk the risk rules take visits exactly the patterns that may match, in order, and no other. */
    @Test
    void nextPossibleWalksThePatternsThatMayMatchInOrder() {
        List<Pattern> patterns = List.of(Pattern.compile("\\b(?:knife|gun)\\b"), Pattern.compile("\\bteacher\\b"),
                Pattern.compile("^help$"), Pattern.compile("\\bgun\\b"), Pattern.compile("\\bnurse\\b"));
        PatternPrefilter filter = new PatternPrefilter(patterns);
        for (String text : List.of("he has a gun", "i am a nurse", "nothing at all", "gun teacher nurse")) {
            Candidates candidates = filter.candidates(text);
            List<Integer> possible = java.util.stream.IntStream.range(0, patterns.size()).filter(candidates::possible)
                    .boxed().toList();
            assertEquals(possible, walk(candidates), text);
        }
        assertEquals(List.of(0, 2, 3), walk(filter.candidates("he has a gun")));
        assertEquals(List.of(2), walk(filter.candidates("nothing at all")));
    }

    private static List<Integer> walk(Candidates candidates) {
        List<Integer> walked = new java.util.ArrayList<>();
        for (int i = candidates.nextPossible(0); i >= 0; i = candidates.nextPossible(i + 1)) {
            walked.add(i);
        }
        return walked;
    }

    @Test
    void aPatternAnchoredAtTheStartIsTriedThereAlone() {
        assertTrue(RegexLiterals.matchesOnlyAtStart(Pattern.compile("^(?:hi |hello )?police officer\\b")));
        assertTrue(RegexLiterals.matchesOnlyAtStart(Pattern.compile("^yes$|^no$")));
        assertFalse(RegexLiterals.matchesOnlyAtStart(Pattern.compile("^(?!.*\\byesterday\\b)|\\bnow\\b")));
        assertFalse(RegexLiterals.matchesOnlyAtStart(Pattern.compile("^help", Pattern.MULTILINE)));
        assertFalse(RegexLiterals.matchesOnlyAtStart(Pattern.compile("^(?im)help")));
        List<Pattern> patterns = List.of(Pattern.compile("^ (?:help|sos)\\b"), Pattern.compile("^(?:yes|no)$|\\bok$"));
        PatternPrefilter filter = new PatternPrefilter(patterns);
        for (String text : List.of(" help me ", " sos ", " i need help ", "yes", "no", "ok", "i said ok", "no way")) {
            Candidates fast = filter.candidates(text);
            Candidates oracle = filter.everywhere();
            for (int i = 0; i < patterns.size(); i++) {
                assertEquals(oracle.finds(i, patterns.get(i), text, 0), fast.finds(i, patterns.get(i), text, 0), text);
            }
        }
    }

    @Test
    void aPlainClassStartsWithAnyOfItsCharacters() {
        // the risk rules' "(?:[2-6]\\d) ?year old" and "(?:[1-9]|10|11) year old", which ran at every position
        assertEquals(Set.of("2", "3", "4", "5", "6", "older"), RegexLiterals.prefixes("\\b(?:[2-6]\\d ?year old|older)\\b", false));
        assertEquals(Set.of("a", "b", "c", "x"), RegexLiterals.prefixes("\\b[a-cx]+ man", false));
        assertNull(RegexLiterals.prefixes("\\b[^a-c] man", false), "a negated class: unknown");
        assertNull(RegexLiterals.prefixes("\\b[2-6]?\\d year", false), "an optional class may not start the match");
        assertNull(RegexLiterals.prefixes("\\b[2-6]{0,1}\\d year", false));
        assertNull(RegexLiterals.prefixes("\\b[\\w.] man", false));
        Pattern age = Pattern.compile("\\b(?:[2-6]\\d) ?(?:year old|yo) (?:man|guy)\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(age));
        for (String text : List.of("she met a 25 year old man", "a 25yo guy", "a 75 year old man", "125 year old man", "man")) {
            assertEquals(age.matcher(text).find(), filter.candidates(text).finds(0, age, text, 0), text);
        }
    }

    @Test
    void aWordBoundaryBeforeALookbehindIsReadAsOne() {
        // phrases.tsv's discussion had: "\\b(?<!not )(?:spoke|talked)...", a quarter of the slot phrases' time
        assertEquals(Set.of("spoke to", "talked to"), RegexLiterals.prefixes("\\b(?<!not )(?<!never )(?:spoke|talked) to\\b", false));
        Pattern spoke = Pattern.compile("\\b(?<!not )(?:spoke|talked) to\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(spoke));
        for (String text : List.of("i spoke to her", "i have not spoke to her", "bespoke to", "talked to", "not talked to")) {
            assertEquals(spoke.matcher(text).find(), filter.candidates(text).finds(0, spoke, text, 0), text);
        }
    }

    @Test
    void anAlternativeAtTheTextsStartIsTriedThereBesideTheWords() {
        // the risk rules' present wording: "^(?!.*\\byesterday\\b)|\\bnow\\b", once run at every position of every message
        Pattern present = Pattern.compile("(?:^(?!.*\\b(?:yesterday|last week)\\b)|\\b(?:now|tonight)\\b)|\\bstill bleeding\\b");
        assertEquals(Set.of(RegexLiterals.TEXT_START, "now", "tonight", "still bleeding"), RegexLiterals.prefixesOrStart(present));
        assertNull(RegexLiterals.prefixes(present.pattern(), false), "without the start, unknown as before");
        assertNull(RegexLiterals.prefixesOrStart(Pattern.compile("^a|\\bb", Pattern.MULTILINE)), "^ may start a line");
        assertNull(RegexLiterals.prefixesOrStart(Pattern.compile("(?m)^a|\\bb")));
        Pattern ignore = Pattern.compile("^ (?:hi|hello)\\b|\\bkill time\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(present, ignore));
        for (String text : List.of(" it happened yesterday ", " it happened yesterday and hes back now ", " last week ",
                " hes here ", " hi kill time ", " hello ", "hello", " it was last week and still bleeding ", " ")) {
            Candidates fast = filter.candidates(text.strip());
            Candidates oracle = filter.everywhere();
            assertEquals(oracle.finds(0, present, text, 1), fast.finds(0, present, text, 1), text);
            List<String> expected = new java.util.ArrayList<>();
            oracle.eachMatch(1, ignore, text, 1, (start, end) -> expected.add(start + "-" + end));
            List<String> found = new java.util.ArrayList<>();
            fast.eachMatch(1, ignore, text, 1, (start, end) -> found.add(start + "-" + end));
            assertEquals(expected, found, text);
        }
    }

    @Test
    void aMatcherKeptForTheNextTextFindsWhatANewOneWould() {
        Pattern p = Pattern.compile("(?<!not )\\b(?:knife|gun)\\b|^help$");
        PatternPrefilter filter = new PatternPrefilter(List.of(p));
        Candidates first = filter.candidates("he has a gun");
        Candidates second = filter.candidates("help");
        // the same thread's matcher serves both, each call starting from its own text and the whole of it
        assertTrue(first.finds(0, p, "he has a gun", 0));
        assertTrue(second.finds(0, p, "help", 0));
        assertFalse(filter.candidates("not gun").finds(0, p, "not gun", 0));
        assertTrue(first.finds(0, p, "he has a gun", 0));
    }

    @Test
    void aGroupOfLookaroundsAloneTakesNoCharacters() {
        // route cues' {HOW}: "(?:(?<!\\bhow )(?<!\\bwhere ))\\b(?:do|should) i ...", once run at every position of every message
        assertEquals(Set.of("do i refer", "do we refer", "should i refer", "should we refer"),
                RegexLiterals.prefixes("(?:(?<!\\bhow )(?<!\\bwhere ))\\b(?:do|should) (?:i|we) refer\\b", false));
        assertNull(RegexLiterals.prefixes("(?:(?<!how ))?\\bdo i", false), "a quantifier after the group: unknown");
        assertNull(RegexLiterals.prefixes("(?:(?<!how )x)\\bdo i", false), "a group that takes characters: unknown");
        // the risk rules' adult survivor: an age told before or after, a group of look-arounds as alternatives
        assertEquals(Set.of("raped me"), RegexLiterals.prefixes("(?:(?<=\\bi am 30\\b.{0,200})|(?=.{0,200}\\bi am 30\\b))\\braped me\\b",
                false));
        assertNull(RegexLiterals.prefixes("(?:(?<=\\bi am 30 )|x)\\braped me", false), "an alternative that takes characters: unknown");
        Pattern refer = Pattern.compile("(?:(?<!\\bhow )(?<!\\bwhere ))\\b(?:do|should) (?:i|we) (?:need to )?refer\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(refer));
        for (String text : List.of("do i refer", "how do i refer", "where should we refer", "so should we need to refer then",
                "i do refer", "undo i refer", "")) {
            assertEquals(refer.matcher(text).find(), filter.candidates(text).finds(0, refer, text, 0), text);
        }
    }

    @Test
    void anOptionalCharacterMayBeginAMatchOrNot() {
        // a dialogue cue, "\\b(?:she|he)?(?: (?:says|said))? ?(?:that )?(?:he|she) hits": searched at every position before
        assertEquals(Set.of(" hits", "hits", "he", "she"), RegexLiterals.prefixes("\\b(?:she|he)? ?hits", false));
        assertNull(RegexLiterals.prefixes("\\ba?", false), "may match the empty text: unknown");
        assertNull(RegexLiterals.prefixes("\\b ?\\w+", false), "what follows cannot be read: unknown");
        Pattern says = Pattern.compile("\\b(?:she|he)?(?: (?:says|said))? ?(?:that )?(?:he|she) hits\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(says));
        assertEquals(0, filter.searchedEverywhere());
        for (String text : List.of("she says he hits", "mum said that she hits", "he hits", "said that he hits me", "she hits",
                "the hits", "shehits", "x he hits", "")) {
            assertEquals(says.matcher(text).find(), filter.candidates(text).finds(0, says, text, 0), text);
        }
    }

    @Test
    void anAlternativeAtTheStartThatNeedsWordsIsTriedOnlyWhereTheyOccur() {
        // route cues' adult-only and practitioner-advice: "^(?!.*{ANY_CHILD}).*{ADULT}", "^(?=.*{PRACTITIONER})(?=.*\\badvice\\b)"
        Pattern adult = Pattern.compile("^(?!.*\\b(?:child|kid)\\b).*\\b(?:elderly|old lady|(?:is|aged) [5-9]\\d)\\b");
        Pattern advice = Pattern.compile("^(?=.*\\b(?:teacher|nurse)\\b)(?=.*\\b(?:advice|advise)\\b)|\\bconsult\\b");
        Set<String> marks = RegexLiterals.prefixesOrStartNeeds(adult);
        assertEquals(1, marks.size());
        assertEquals(List.of(Set.of("elderly", "old lady", "is 5", "is 6", "is 7", "is 8", "is 9", "aged 5", "aged 6", "aged 7",
                "aged 8", "aged 9")), RegexLiterals.startNeeds(marks.iterator().next()));
        List<Set<String>> both = RegexLiterals.prefixesOrStartNeeds(advice).stream()
                .filter(m -> m.startsWith(RegexLiterals.TEXT_START)).map(RegexLiterals::startNeeds).findFirst().orElseThrow();
        assertEquals(List.of(Set.of("teacher", "nurse"), Set.of("advice", "advise")), both);
        assertEquals(Set.of(RegexLiterals.TEXT_START), RegexLiterals.prefixesOrStartNeeds(Pattern.compile("^(?!.*\\bchild\\b)")),
                "nothing needed: tried at every start as before");
        // lazy or greedy, the lookahead needs the word somewhere
        assertEquals(List.of(Set.of("child")), RegexLiterals.startNeeds(RegexLiterals.prefixesOrStartNeeds(
                Pattern.compile("^(?=.*?\\bchild\\b)")).iterator().next()));
        // criminal-exploitation.tsv's shape: a group of lookarounds as alternatives needs nothing; what follows ".*?" does
        Pattern runs = Pattern.compile("^(?:(?=.*\\b(?:parcels?|drugs?)\\b)|(?!.*\\bolder men\\b))(?:.*?)(?:\\b(?:county lines|running for them))");
        assertEquals(List.of(Set.of("county lines", "running for them")), RegexLiterals.startNeeds(
                RegexLiterals.prefixesOrStartNeeds(runs).iterator().next()));
        PatternPrefilter lines = new PatternPrefilter(List.of(runs));
        for (String text : List.of("hes running for them with parcels", "older men and county lines", "county lines",
                "older men, running for them", "nothing here", "")) {
            assertEquals(runs.matcher(text).find(), lines.candidates(text).finds(0, runs, text, 0), text);
        }
        PatternPrefilter filter = new PatternPrefilter(List.of(adult, advice));
        for (String text : List.of("my elderly neighbour", "my elderly neighbour and her child", "she is 84", "he is 8",
                "teacher wanting advice", "teacher here", "some advice please teacher", "nurse to consult", "advise the nurse",
                "old lady", "an old", "")) {
            Candidates fast = filter.candidates(text);
            assertEquals(adult.matcher(text).find(), fast.finds(0, adult, text, 0), text);
            assertEquals(advice.matcher(text).find(), fast.finds(1, advice, text, 0), text);
            String padded = " " + text + " ";
            assertEquals(adult.matcher(padded).find(), fast.finds(0, adult, padded, 1), padded);
        }
        assertFalse(filter.candidates("teacher here").possible(1), "one set of the needs is missing: not run at all");
    }

    @Test
    void aGroupFollowedByWordsIsReadOnIntoThem() {
        // "\\b(?:he|she|they) (?:is|are) outside": "he" and "she" begin most messages' words; "he is outside" few
        assertEquals(Set.of("he is outside", "he are outside", "she is outside", "she are outside"),
                RegexLiterals.prefixes("\\b(?:he|she) (?:is|are) outside\\b", false));
        assertEquals(Set.of("one of my pupil", "one of our pupil", "a pupil"),
                RegexLiterals.prefixes("\\b(?:one of (?:my|our)|a) pupils?\\b", false));
        assertEquals(Set.of("step it ", "step up"), RegexLiterals.prefixes("\\bstep (?:it )?up\\b", false));
        assertEquals(Set.of("he is "), RegexLiterals.prefixes("\\bhe is (?:\\w+ )?hitting", false), "the words read so far");
        assertEquals(Set.of("he", "she"), RegexLiterals.prefixes("\\b(?:he|she)\\w+", false));
        assertEquals(Set.of("pupil", "pupils"), RegexLiterals.wholeTexts("pupils?"));
        assertNull(RegexLiterals.wholeTexts("(?:pupils)?"), "may match nothing");
        assertNull(RegexLiterals.wholeTexts("pupil\\w"));
        Pattern outside = Pattern.compile("\\b(?:he|she) (?:is|are)(?! not) outside\\b|\\b(?:my|our) (?:dad|mum)s? (?:is )?here\\b");
        PatternPrefilter filter = new PatternPrefilter(List.of(outside));
        for (String text : List.of("he is outside", "she are outside now", "he is not outside", "my dads here", "our mum is here",
                "the he is outside", "he s outside", "my dad", "")) {
            assertEquals(outside.matcher(text).find(), filter.candidates(text).finds(0, outside, text, 0), text);
        }
    }

    /** The binary search over sorted literals, at any place in a text, agrees with looking at every literal there. */
    @Test
    void aTextBeginsWithOneOfTheLiteralsAtAPlaceWhereALookAtEachSaysSo() {
        String[] literals = {"i am", "i have", "im", "is it", "what do i say", "who"};
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"i", " ", "am", "have", "m", "s it", "what do i ", "say", "who", "w", "x", "is"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            for (int at = 0; at <= t.length(); at++) {
                int place = at;
                boolean expected = java.util.Arrays.stream(literals).anyMatch(l -> t.startsWith(l, place));
                org.junit.jupiter.api.Assertions.assertEquals(expected, PatternPrefilter.startsWithAnyAt(literals, t, at),
                        t + " @" + at);
            }
        }
        org.junit.jupiter.api.Assertions.assertFalse(PatternPrefilter.startsWithAnyAt(literals, "it is", 0));
        org.junit.jupiter.api.Assertions.assertTrue(PatternPrefilter.startsWithAnyAt(literals, "so is it ok", 3));
    }
}
