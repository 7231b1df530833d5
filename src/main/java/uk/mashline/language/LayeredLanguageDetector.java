package uk.mashline.language;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Detects a language in three layers, each trusted only where it is reliable: the script (one
 * letter of Gurmukhi is Punjabi); the words and letters of each language file (a message of one
 * or two words, "Pomocy", "Hola"); the statistical model, only for a message of several words and
 * never against English words in it. When the layers do not agree, the answer is English.
 */
public final class LayeredLanguageDetector implements LanguageDetector {

    /** The model's favourite must beat its runner-up by this factor to count on its own. */
    static final double MODEL_MARGIN = 1.2;
    /** Words a message needs before the model is asked at all. */
    static final int MODEL_MIN_WORDS = 3;
    /** Words a message in a language with no file needs before the line says it is not English. */
    static final int UNKNOWN_MIN_WORDS = 4;

    // Urdu's own letters (ٹ ڈ ڑ ں ے ھ ہ ۓ), Arabic's spellings (ي ك ة), letters Arabic lacks (پ چ ژ گ)
    private static final String URDU_LETTERS = "\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1\u06D3";
    private static final String ARABIC_LETTERS = "\u064A\u0643\u0629";
    private static final String PERSIAN_URDU_LETTERS = "\u067E\u0686\u0698\u06AF";
    private static final String UKRAINIAN_LETTERS = "іїєґ";
    private static final String RUSSIAN_LETTERS = "ыэъё";

    // Nobody's first language: the model's guess for "lorem ipsum" and keyboard noise
    private static final Set<String> NOBODYS_FIRST = Set.of("lat", "epo", "vol", "ido", "ina", "ile");

    private final LanguagePacks packs;
    private final LanguageModel model;
    private final Set<String> english;

    private final boolean askModelAlways;
    private final CueIndex cueIndex;
    /** Whether every pack's own letters lie beyond ASCII, so that an ASCII text holds none of them. */
    private final boolean lettersBeyondAscii;

    public LayeredLanguageDetector(LanguagePacks packs, LanguageModel model) {
        this(packs, model, false);
    }

    /**
     * @param askModelAlways ask the model about every message of enough words, even when its answer cannot
     *                       change the outcome: the reference the tests hold the faster detector to
     */
    LayeredLanguageDetector(LanguagePacks packs, LanguageModel model, boolean askModelAlways) {
        this.packs = packs;
        this.model = model;
        this.english = packs.english().words();
        this.askModelAlways = askModelAlways;
        this.cueIndex = new CueIndex(packs);
        this.lettersBeyondAscii = cueIndex.others().stream()
                .allMatch(other -> java.util.Arrays.stream(other.letters()).allMatch(cp -> cp >= 0x80));
    }

    @Override
    public Language detect(String text) {
        if (text == null || text.isBlank()) {
            return Language.ENGLISH;
        }
        Optional<UnicodeScript> script = Scripts.dominant(text);
        if (script.isEmpty() || script.get() == UnicodeScript.LATIN || script.get() == UnicodeScript.COMMON) {
            return latin(text);
        }
        return switch (script.get()) {
            case ARABIC -> arabicScript(text);
            case CYRILLIC -> cyrillic(text);
            default -> Scripts.languageOf(script.get()).orElse(Language.UNDETERMINED);
        };
    }

    private Language arabicScript(String text) {
        List<String> words = Folding.words(text);
        int urdu = score("urd", words) + (Scripts.hasAny(text, URDU_LETTERS) ? 2 : 0);
        int arabic = score("ara", words) + (Scripts.hasAny(text, ARABIC_LETTERS) ? 1 : 0);
        int farsi = score("fas", words) + (Scripts.hasAny(text, PERSIAN_URDU_LETTERS) && urdu == 0 ? 1 : 0);
        if (urdu >= arabic && urdu >= farsi && urdu > 0) {
            return Language.of("urd");
        }
        if (farsi > arabic) {
            return Language.of("fas");
        }
        return Language.of("ara");
    }

    private Language cyrillic(String text) {
        String lower = Folding.lower(text);
        List<String> words = Folding.words(text);
        int ukrainian = score("ukr", words) + (Scripts.hasAny(lower, UKRAINIAN_LETTERS) ? 2 : 0);
        int russian = score("rus", words) + (Scripts.hasAny(lower, RUSSIAN_LETTERS) ? 2 : 0);
        return ukrainian > russian ? Language.of("ukr") : Language.of("rus");
    }

    private Language latin(String text) {
        List<String> words = Folding.words(text);
        if (words.isEmpty()) {
            return Language.ENGLISH;
        }
        Set<String> distinct = new HashSet<>(words);
        String lower = Folding.lower(text);
        // most messages are plain ASCII, and hold none of the packs' letters (all beyond ASCII, checked at load): the
        // text is then not searched for each of them, once a pack (2% of a turn's thread, JFR under TurnCpuBench)
        boolean ascii = lettersBeyondAscii && isAscii(lower);
        String spaced = " " + DangerCues.spaced(text) + " ";
        int englishWords = count(distinct, english);
        Set<String> cuesFound = cueIndex.atWordStarts(spaced);
        int[] fileWords = cueIndex.fileWords(distinct);
        Map<Language, Integer> scores = new HashMap<>();
        List<CueIndex.PackCues> others = cueIndex.others();
        for (int i = 0; i < others.size(); i++) {
            CueIndex.PackCues other = others.get(i);
            LanguagePack pack = other.pack();
            int score = fileWords[i] + (ascii ? 0 : letters(other.letters(), lower)) + other.found(cuesFound);
            if (score > 0) {
                scores.put(pack.language(), score);
            }
        }
        int top = scores.values().stream().max(Integer::compare).orElse(0);
        List<LanguageModel.LanguageScore> ranked = words.size() >= MODEL_MIN_WORDS
                && (askModelAlways || modelCanDecide(scores.isEmpty(), top, englishWords, words.size()))
                ? model.rank(text) : List.of();
        Optional<Language> modelPick = confident(ranked);
        List<Language> leaders = scores.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey)
                .toList();
        // the words and the model agree, and the words are at least as many as the English ones
        if (modelPick.isPresent() && leaders.contains(modelPick.get()) && top >= englishWords) {
            return modelPick.get();
        }
        // the words are clear on their own: more than the English ones, and two, or all of a short message
        if (leaders.size() == 1 && top > englishWords && (top >= 2 || words.size() <= 2)) {
            return leaders.get(0);
        }
        // a language the line has no file for, in a message of several words with next to no English
        if (modelPick.isPresent() && !modelPick.get().isEnglish() && packs.find(modelPick.get()).isEmpty()
                && words.size() >= UNKNOWN_MIN_WORDS && englishWords * 5 <= words.size() && scores.isEmpty()
                && !NOBODYS_FIRST.contains(modelPick.get().code())) {
            return modelPick.get();
        }
        return Language.ENGLISH;
    }

    /**
     * Whether the model's pick can change the answer below: only when the words of a language file lead at
     * least as strongly as the English ones, or when no file's words are there and next to none of English's.
     * An ordinary English message meets neither, and the model (about a quarter of a turn's CPU) is not asked.
     */
    private static boolean modelCanDecide(boolean noFileWords, int top, int englishWords, int words) {
        if (!noFileWords) {
            return top >= englishWords;
        }
        return words >= UNKNOWN_MIN_WORDS && englishWords * 5 <= words;
    }

    // Letters of the pack's alphabet in the text, up to two.
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int letters(int[] alphabet, String lower) {
        int found = 0;
        for (int cp : alphabet) {
            if (lower.indexOf(cp) >= 0 && ++found == 2) {
                break;
            }
        }
        return found;
    }

    private static int count(Set<String> words, Set<String> of) {
        int n = 0;
        for (String word : words) {
            if (of.contains(word)) {
                n++;
            }
        }
        return n;
    }

    private Optional<Language> confident(List<LanguageModel.LanguageScore> ranked) {
        if (ranked.size() < 2 || ranked.get(0).confidence() < MODEL_MARGIN * ranked.get(1).confidence()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.of(ranked.get(0).code()));
        } catch (IllegalArgumentException notIso) {
            return Optional.empty();
        }
    }

    private int score(String code, List<String> words) {
        return packs.find(Language.of(code)).map(p -> score(p, words)).orElse(0);
    }

    private static int score(LanguagePack pack, java.util.Collection<String> words) {
        return (int) words.stream().filter(pack.words()::contains).count();
    }
}
