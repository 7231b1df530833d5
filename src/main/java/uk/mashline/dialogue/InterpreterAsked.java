package uk.mashline.dialogue;

import uk.mashline.language.LanguagePack;
import uk.mashline.language.LanguagePacks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message written in English asks for another language ("do you have arabic speaker", "need interpreter",
 * "my english not good"), and which of the line's languages it names. The cues are data
 * ({@value #FILE}): {@code any} asks whatever the language, {@code named} only when its group 1 names one of the line's
 * languages, so "my son broke his bluetooth speaker" asks for nothing.
 */
final class InterpreterAsked {

    static final String FILE = "dialogue/asks-interpreter.txt";

    /** What a message asked: an interpreter, in the language named if one was. */
    record Asked(Optional<LanguagePack> language) {
    }

    private final List<Pattern> any;
    private final List<Pattern> named;
    private final LanguagePacks packs;

    InterpreterAsked(List<PatternFile.Labelled> cues, LanguagePacks packs) {
        this.any = cues.stream().filter(c -> c.label().equals("any")).map(PatternFile.Labelled::pattern).toList();
        this.named = cues.stream().filter(c -> c.label().equals("named")).map(PatternFile.Labelled::pattern).toList();
        this.packs = packs;
    }

    static InterpreterAsked fromClasspath(LanguagePacks packs) {
        return new InterpreterAsked(PatternFile.labelledFromClasspath(FILE), packs);
    }

    Optional<Asked> in(String message) {
        String text = PatternFile.cueText(message);
        Optional<LanguagePack> language = Optional.empty();
        for (Pattern p : named) {
            Matcher m = p.matcher(text);
            while (m.find() && language.isEmpty()) {
                language = packs.named(m.group(1));
            }
        }
        if (language.isPresent() || PatternFile.anyFound(any, text)) {
            return Optional.of(new Asked(language.isPresent() ? language : namedAnywhere(text)));
        }
        return Optional.empty();
    }

    // "need interpreter for urdu please": the interpreter asked for, and the language named elsewhere in the message
    private Optional<LanguagePack> namedAnywhere(String text) {
        for (String word : text.split("[^\\p{L}]+")) {
            Optional<LanguagePack> pack = word.length() < 3 ? Optional.empty() : packs.named(word);
            if (pack.isPresent()) {
                return pack;
            }
        }
        return Optional.empty();
    }
}
