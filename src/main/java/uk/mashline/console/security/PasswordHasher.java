package uk.mashline.console.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt hashes for staff passwords. */
@Singleton
public class PasswordHasher {

    private final int cost;
    /** Verified against when the username is unknown, so timing does not reveal which names exist. */
    private final String dummyHash;

    public PasswordHasher(PasswordHashSettings settings) {
        this.cost = settings.bcryptCost();
        this.dummyHash = dummyHash(this.cost);
    }

    // A hash of a random secret nobody knows, labelled with the configured cost: verifying against
    // it does the full work of that cost (and always fails). It is made at the lowest cost and
    // relabelled, so start-up does not spend a full-cost hash (about a second on two cores, before
    // the JIT has warmed up) ahead of the first answer.
    private static String dummyHash(int cost) {
        String cheap = BCrypt.withDefaults().hashToString(4, java.util.UUID.randomUUID().toString().toCharArray());
        return cheap.replaceFirst("^\\$2a\\$04\\$", String.format("\\$2a\\$%02d\\$", cost));
    }

    /** For tests: the hash an unknown username is verified against. */
    String dummyHash() {
        return dummyHash;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > PasswordPolicy.MAX_BYTES) {
            // no stored password is longer (the policy refuses them): spend the same time, then fail,
            // rather than let bcrypt's refusal of the input become a 500
            BCrypt.verifyer().verify(java.util.Arrays.copyOf(bytes, PasswordPolicy.MAX_BYTES), hash.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time of one verification without a real account. */
    public void burnTime(String password) {
        matches(password == null ? "" : password, dummyHash);
    }
}
