package uk.mashline.console.security;

import jakarta.inject.Singleton;
import uk.mashline.console.ConsoleClock;
import uk.mashline.persistence.StaffSessionRepository;
import uk.mashline.persistence.StaffSessionRow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-side console sessions in staff_session, so every instance behind the load balancer
 * shares them. The cookie carries a random 256-bit token; only its SHA-256 is stored.
 */
@Singleton
public class SessionStore {

    /** A new session: the raw token goes into the cookie once and is never stored. */
    public record Created(String token, StaffSession session) {
    }

    /** last_seen_at is written at most this often, so polling does not write on every request. */
    private static final Duration TOUCH_GRANULARITY = Duration.ofSeconds(20);

    private final StaffSessionRepository sessions;
    private final StaffAccounts accounts;
    private final ConsoleClock clock;
    private final ConsoleSecuritySettings settings;
    private final SecureRandom random = new SecureRandom();

    private final SecondFactorSettings secondFactor;

    public SessionStore(StaffSessionRepository sessions, StaffAccounts accounts, ConsoleClock clock,
                        ConsoleSecuritySettings settings, SecondFactorSettings secondFactor) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
        this.settings = settings;
        this.secondFactor = secondFactor;
    }

    /** A signed-in session for an account that has just given its password (and code, where one is needed). */
    public Created create(StaffAccount account) {
        return create(account, SessionStage.FULL);
    }

    /**
     * A new session at this stage, its password (and, for FULL, code) given now. A session still waiting
     * for the second factor lasts only {@code mash.staff.second-factor-wait}.
     */
    public Created create(StaffAccount account, SessionStage stage) {
        String token = randomToken();
        String csrf = HexFormat.of().formatHex(randomBytes());
        Instant now = clock.now();
        Instant expires = now.plus(stage == SessionStage.FULL ? settings.absoluteTimeout() : secondFactor.secondFactorWait());
        String hash = sha256(token);
        sessions.save(new StaffSessionRow(hash, account.id(), csrf, now, now, expires, stage.name(), now));
        return new Created(token, new StaffSession(hash, account.id(), account.username(), account.role(), true,
                csrf, now, now, expires, stage, now));
    }

    /** When the password (and code) were last given in this session. */
    public Optional<Instant> reauthAt(String tokenHash) {
        return sessions.findById(tokenHash).map(StaffSessionRow::reauthAt);
    }

    /** The password and code were given again in this session now (admin changes need a recent one). */
    public void reauthenticated(String tokenHash) {
        sessions.updateReauthAt(tokenHash, clock.now());
    }

    /**
     * The session for a cookie token if it is still valid: not past its absolute end, not idle
     * for longer than the idle timeout, and its account still enabled. Expired rows are deleted.
     *
     * @param activity whether this request counts as staff activity (background polling does not)
     */
    public Optional<StaffSession> find(String token, boolean activity) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Optional<StaffSession> found = sessions.findById(hash).flatMap(s -> accounts.findById(s.userId())
                .map(a -> new StaffSession(s.tokenHash(), s.userId(), a.username(), a.role(), a.enabled(),
                        s.csrfToken(), s.createdAt(), s.lastSeenAt(), s.expiresAt(), stage(s.stage()), s.reauthAt())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = found.get();
        Instant now = clock.now();
        boolean expired = !now.isBefore(session.expiresAt())
                || !now.isBefore(session.lastSeenAt().plus(settings.idleTimeout()));
        if (expired || !session.enabled()) {
            sessions.deleteById(hash);
            return Optional.empty();
        }
        if (activity && session.lastSeenAt().plus(TOUCH_GRANULARITY).isBefore(now)) {
            sessions.update(hash, now);
        }
        return Optional.of(session);
    }

    public void delete(String tokenHash) {
        sessions.deleteById(tokenHash);
    }

    /** Ends every session of an account (disabled, role changed or password reset). */
    public void deleteForUser(long userId) {
        sessions.deleteByUserId(userId);
    }

    /** Deletes sessions past their absolute end or idle for longer than the idle timeout. */
    public int purgeExpired() {
        Instant now = clock.now();
        return sessions.deleteExpired(now, now.minus(settings.idleTimeout()));
    }

    // an unknown stage (a newer version's) is treated as the least trusted
    private static SessionStage stage(String name) {
        try {
            return SessionStage.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SessionStage.PASSWORD;
        }
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }
}
