package uk.mashline.language;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The language a message was written in, as an ISO 639-3 code ({@code eng}, {@code pol},
 * {@code urd}). The line answers in English; for any other language it gives the safety line in
 * that language (999 first) and asks the writer to ring the MASH for an interpreter, because a
 * frightened writer may not understand an English reply, and family members must not interpret.
 *
 * @param code ISO 639-3, lower case; {@code und} when the text is in a language the line cannot name
 */
public record Language(String code) {

    private static final Pattern ISO_639_3 = Pattern.compile("[a-z]{3}");

    public static final Language ENGLISH = new Language("eng");
    /** Not English, but not a language the line can name (ISO 639-3 "undetermined"). */
    public static final Language UNDETERMINED = new Language("und");

    public Language {
        Objects.requireNonNull(code, "code");
        if (!ISO_639_3.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ISO 639-3 code: " + code);
        }
    }

    public static Language of(String code) {
        return new Language(code);
    }

    public boolean isEnglish() {
        return this.equals(ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
