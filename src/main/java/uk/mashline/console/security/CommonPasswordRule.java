package uk.mashline.console.security;

import org.passay.PasswordData;
import org.passay.Rule;
import org.passay.RuleResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses a password found in a breach corpus's most common passwords (console/common-passwords.txt,
 * source in console/common-passwords.source.md), also when digits or symbols are only added before or
 * after one of them ({@code password1234}, {@code !!monkey!!}), or it is one of them repeated or with spaces in it:
 * the variants guessing tools try first.
 */
final class CommonPasswordRule implements Rule {

    static final String ERROR_CODE = "COMMON_PASSWORD";
    static final String LIST = "console/common-passwords.txt";

    private static final Pattern LEADING = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern TRAILING = Pattern.compile("[^\\p{L}]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REPEATED = Pattern.compile("^(.+?)\\1+$");

    private final Set<String> common;

    private CommonPasswordRule(Set<String> common) {
        this.common = common;
    }

    static CommonPasswordRule fromClasspath() {
        InputStream in = CommonPasswordRule.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("missing " + LIST);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isEmpty()).forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(LIST, e);
        }
        return new CommonPasswordRule(Set.copyOf(words));
    }

    int size() {
        return common.size();
    }

    @Override
    public RuleResult validate(PasswordData data) {
        String lower = data.getPassword().toLowerCase(Locale.ROOT);
        String core = TRAILING.matcher(LEADING.matcher(lower).replaceFirst("")).replaceFirst("");
        String unit = REPEATED.matcher(core).replaceFirst("$1");
        for (String variant : List.of(lower, SPACES.matcher(lower).replaceAll(""), core, SPACES.matcher(core).replaceAll(""), unit)) {
            if (!variant.isEmpty() && common.contains(variant)) {
                RuleResult result = new RuleResult(false);
                result.addError(ERROR_CODE, java.util.Map.of());
                return result;
            }
        }
        return new RuleResult(true);
    }
}
