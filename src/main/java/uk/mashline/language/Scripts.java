package uk.mashline.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The writing system a message is in. A script other than Latin settles most languages at once,
 * whatever the length of the message: Bengali, Gujarati, Gurmukhi (Punjabi) and Tamil script
 * each belong to one language the line serves; Han is Chinese. Arabic script (Arabic, Urdu,
 * Farsi) and Cyrillic (Russian, Ukrainian) need their letters and words.
 */
final class Scripts {

    // Scripts whose language the line can name though it has no file for it: the writer still gets
    // the safety line (in English, 999 first) and staff see which interpreter to book.
    private static final Map<UnicodeScript, String> ONE_LANGUAGE = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.BENGALI, "ben"), Map.entry(UnicodeScript.GUJARATI, "guj"),
            Map.entry(UnicodeScript.GURMUKHI, "pan"), Map.entry(UnicodeScript.TAMIL, "tam"),
            Map.entry(UnicodeScript.HAN, "zho"), Map.entry(UnicodeScript.HIRAGANA, "jpn"),
            Map.entry(UnicodeScript.KATAKANA, "jpn"), Map.entry(UnicodeScript.HANGUL, "kor"),
            Map.entry(UnicodeScript.DEVANAGARI, "hin"), Map.entry(UnicodeScript.THAI, "tha"),
            Map.entry(UnicodeScript.GREEK, "ell"), Map.entry(UnicodeScript.HEBREW, "heb"),
            Map.entry(UnicodeScript.ETHIOPIC, "amh"), Map.entry(UnicodeScript.GEORGIAN, "kat"),
            Map.entry(UnicodeScript.ARMENIAN, "hye"), Map.entry(UnicodeScript.SINHALA, "sin"),
            Map.entry(UnicodeScript.MALAYALAM, "mal"), Map.entry(UnicodeScript.TELUGU, "tel"),
            Map.entry(UnicodeScript.KANNADA, "kan"), Map.entry(UnicodeScript.KHMER, "khm"),
            Map.entry(UnicodeScript.MYANMAR, "mya"), Map.entry(UnicodeScript.LAO, "lao"),
            Map.entry(UnicodeScript.TIBETAN, "bod"), Map.entry(UnicodeScript.ORIYA, "ori")));

    private Scripts() {
    }

    /** The script most of the text's letters are in; empty when it has no letters. */
    static Optional<UnicodeScript> dominant(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            // Japanese mixes Han with kana: any kana makes it Japanese, not Chinese
            counts.merge(script == UnicodeScript.HIRAGANA ? UnicodeScript.KATAKANA : script, 1, Integer::sum);
        });
        if (counts.containsKey(UnicodeScript.KATAKANA) && counts.containsKey(UnicodeScript.HAN)) {
            counts.merge(UnicodeScript.KATAKANA, counts.remove(UnicodeScript.HAN), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The one language a script stands for, if it stands for one. */
    static Optional<Language> languageOf(UnicodeScript script) {
        return Optional.ofNullable(ONE_LANGUAGE.get(script)).map(Language::of);
    }

    static boolean hasAny(String text, String letters) {
        return letters.codePoints().anyMatch(cp -> text.indexOf(cp) >= 0);
    }
}
