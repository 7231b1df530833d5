package uk.mashline.console.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt hashes for staff passwords. */
@Singleton
public class PasswordHasher {

    private final int cost;
    /** Verified against when the username is unknown, so timing does not reveal which names exist. */
    private final String dummyHash;

    public PasswordHasher(@Value("${mash-console.password.bcrypt-cost:12}") int cost) {
        this.cost = cost;
        this.dummyHash = hash(java.util.UUID.randomUUID().toString());
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time of one verification without a real account. */
    public void burnTime(String password) {
        matches(password == null ? "" : password, dummyHash);
    }
}
