package uk.mashline.language;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector's faster ways of doing the same: folding plain ASCII by lower-casing it, and finding the
 * language files' danger cues through an index. Each held to the way it replaced, on every text the
 * language tests know and on every ASCII character.
 */
class CueIndexTest {

    @Test
    void foldingPlainAsciiIsWhatTheNormalisingGives() {
        List<String> texts = new ArrayList<>(LanguageTestSupport.allTexts());
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            ascii.append(c);
        }
        texts.add(ascii.toString());
        List<String> differ = new ArrayList<>();
        for (String text : texts) {
            if (!Folding.fold(text).equals(Folding.foldNormalised(text))
                    || !Folding.lower(text).equals(Folding.lowerNormalised(text))) {
                differ.add(text);
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theIndexFindsTheCuesAWordStartHasAndTheWordsOfEachFile() {
        CueIndex index = new CueIndex(LanguageTestSupport.PACKS);
        List<String> texts = new ArrayList<>(LanguageTestSupport.allTexts());
        int found = 0;
        List<String> differ = new ArrayList<>();
        for (String text : texts) {
            String spaced = " " + DangerCues.spaced(text) + " ";
            var cues = index.atWordStarts(spaced);
            java.util.Set<String> words = new java.util.HashSet<>(Folding.words(text));
            int[] fileWords = index.fileWords(words);
            for (int i = 0; i < index.others().size(); i++) {
                CueIndex.PackCues pack = index.others().get(i);
                long inFile = words.stream().filter(pack.pack().words()::contains).count();
                if (inFile != fileWords[i]) {
                    differ.add(pack.pack().language().code() + " words " + inFile + " != " + fileWords[i] + " | " + text);
                }
            }
            for (CueIndex.PackCues pack : index.others()) {
                // the way it was: every cue of the file looked for on its own, at a word's start
                int expected = (int) pack.pack().dangerCues().values().stream().flatMap(List::stream)
                        .filter(cue -> DangerCues.matches(spaced, cue, false)).limit(2).count();
                int indexed = pack.found(cues);
                found += indexed;
                if (expected != indexed) {
                    differ.add(pack.pack().language().code() + " " + expected + " != " + indexed + " | " + text);
                }
            }
        }
        assertTrue(found > 100, "cues found " + found);
        assertEquals(List.of(), differ);
    }
}
