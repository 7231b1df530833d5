package uk.mashline.console.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unknown username costs a full verification at the configured cost, as a real account does. */
class PasswordHasherTest {

    @Test
    void theDummyHashHasTheConfiguredCostAndMatchesNothing() {
        PasswordHasher hasher = new PasswordHasher(new PasswordHashSettings(10));
        String dummy = hasher.dummyHash();
        assertTrue(dummy.startsWith("$2a$10$"), dummy);
        BCrypt.Result result = BCrypt.verifyer().verify("anything".getBytes(StandardCharsets.UTF_8),
                dummy.getBytes(StandardCharsets.UTF_8));
        assertTrue(result.validFormat, "a well-formed bcrypt hash");
        assertEquals(10, result.details.cost);
        assertFalse(result.verified);
    }

    @Test
    void realHashesStillVerify() {
        PasswordHasher hasher = new PasswordHasher(new PasswordHashSettings(4));
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hasher.matches("correct horse battery staple", hash));
        assertFalse(hasher.matches("wrong", hash));
    }
}
