package uk.mashline.console.security;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.mashline.console.BadRequest;

import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff password rules, each refusal with the sentence that says why. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(
            new ConsoleSecuritySettings(Duration.ofMinutes(15), Duration.ofMinutes(480), 12),
            new ResourceBundleMessageSource("console.messages", Locale.UK));

    private String refusal(String password) {
        return assertThrows(BadRequest.class, () -> policy.check(password, "alice.smith")).getMessage();
    }

    @Test
    void theShippedListIsLoaded() {
        assertTrue(CommonPasswordRule.fromClasspath().size() > 19_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "passwordpassword", "iloveyou2024!!", "1234qwertyuiop", "!!!monkey!!!!!", "p a s s w o r d 1"})
    void commonPasswordsAndThemWithDigitsAddedAreRefused(String password) {
        assertTrue(refusal(password).contains("most common or breached"), password);
    }

    @Test
    void twelveSpacesAreRefused() {
        assertTrue(refusal("            ").contains("five times in a row"));
    }

    @Test
    void tooShortSaysTheMinimum() {
        assertTrue(refusal("short").contains("at least 12 characters"));
    }

    @Test
    void overBcryptsLimitIsRefusedWithAMessageNotAnError() {
        String message = refusal("x7Q!".repeat(25));
        assertTrue(message.contains("at most 72 bytes"), message);
        // 40 characters of two bytes each are 80 bytes
        assertTrue(refusal("éèàçùéèàçùéèàçùéèàçùéèàçùéèàçùéèàçùéèàçù").contains("72 bytes"));
        assertDoesNotThrow(() -> policy.check("Tq8" + "a b c d e f g h ".repeat(4) + "zz", null), "69 bytes is fine");
    }

    @Test
    void theUsernameSequencesAndRepeatsAreRefused() {
        assertTrue(refusal("my name is alice.smith ok").contains("username"));
        assertTrue(refusal("green 12345 tractor").contains("five digits in sequence"));
        assertTrue(refusal("green qwert tractor").contains("keyboard"));
    }

    @Test
    void aPassphraseIsAccepted() {
        assertDoesNotThrow(() -> policy.check("correct horse battery staple", "alice.smith"));
        assertDoesNotThrow(() -> policy.check("kettle lantern orbit 42", null));
    }
}
