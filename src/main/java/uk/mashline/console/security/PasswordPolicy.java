package uk.mashline.console.security;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleWording;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a staff password must be (NIST SP 800-63B §5.1.1.2): at least the configured length, at most
 * what bcrypt hashes (72 bytes of UTF-8: bcrypt ignores the rest, and the library refuses it), not a
 * common or breached password or one with digits added, not the username, no run of five repeated
 * characters (twelve spaces) and no run of five in sequence (12345, abcde, qwert). No composition rules.
 * A refusal is a {@link BadRequest} naming every rule broken, in the console's wording.
 */
@Singleton
public class PasswordPolicy {

    /** bcrypt's input limit: longer passwords would be cut silently, so they are refused. */
    public static final int MAX_BYTES = 72;

    private final PasswordValidator validator;
    private final MessageSource messages;
    private final int minLength;

    public PasswordPolicy(ConsoleSecuritySettings settings, MessageSource messages) {
        this.messages = messages;
        this.minLength = settings.minPasswordLength();
        this.validator = new PasswordValidator(
                new LengthRule(minLength, Integer.MAX_VALUE),
                new UsernameRule(true, true),
                new RepeatCharacterRegexRule(5),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
                CommonPasswordRule.fromClasspath());
    }

    /** Refuses the password with every reason that applies; {@code username} may be null. */
    public void check(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new BadRequest(ConsoleWording.text(messages, "password.TOO_SHORT", minLength));
        }
        Set<String> reasons = new LinkedHashSet<>();
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            reasons.add(ConsoleWording.text(messages, "password.TOO_LONG", MAX_BYTES));
        }
        RuleResult result = validator.validate(username == null ? new PasswordData(password)
                : new PasswordData(username, password));
        for (RuleResultDetail detail : result.getDetails()) {
            reasons.add(ConsoleWording.text(messages, "password." + detail.getErrorCode(), minLength));
        }
        if (!reasons.isEmpty()) {
            throw new BadRequest(String.join(" ", reasons));
        }
    }
}
