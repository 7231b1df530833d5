package uk.mashline.console.security;

import io.micronaut.context.MessageSource;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleClock;
import uk.mashline.console.ConsoleWording;
import uk.mashline.console.NotFound;
import uk.mashline.persistence.StaffApiTokenRepository;
import uk.mashline.persistence.StaffApiTokenRow;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: a script reaches /api/staff as the member of staff who made the token
 * ({@code Authorization: Bearer mash_...}), with their role, for as long as the token is not revoked
 * and the account is enabled. The token is random (256 bits), shown once when made; only its SHA-256
 * is stored. Making and revoking are audited; each use updates {@code last_used_at}.
 */
@Singleton
public class ApiTokens {

    /** What a token looks like: the prefix lets a leaked one be recognised (and a secret scanner find it). */
    static final String PREFIX = "mash_";

    /** Never shown again after it is made. */
    @Serdeable
    public record Created(long id, String name, String token, Instant createdAt) {
    }

    @Serdeable
    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(StaffApiTokenRow row) {
            return new TokenView(row.id(), row.name(), row.createdAt(), row.lastUsedAt(), row.revokedAt());
        }
    }

    /** last_used_at is written at most this often, so a busy script does not write on every call. */
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final StaffApiTokenRepository tokens;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(StaffApiTokenRepository tokens, StaffAccounts accounts, AuditLog audit, ConsoleClock clock,
                     MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    public Created create(long userId, String username, String name) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            throw new BadRequest(ConsoleWording.text(messages, "token.invalid.name"));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.now();
        long id = tokens.save(new StaffApiTokenRow(null, userId, label, SessionStore.sha256(token), now, null, null)).id();
        audit.record(username, AuditAction.TOKEN_CREATE, "staff_api_token", String.valueOf(id), "user_id=" + userId);
        return new Created(id, label, token, now);
    }

    public List<TokenView> list(long userId) {
        return tokens.findByUserIdOrderByIdDesc(userId).stream().map(TokenView::of).toList();
    }

    /** Revokes one of the caller's own tokens; an administrator may revoke anyone's. */
    public TokenView revoke(long callerId, String callerName, boolean admin, long tokenId) {
        StaffApiTokenRow row = tokens.findById(tokenId).filter(t -> admin || t.userId() == callerId)
                .orElseThrow(() -> new NotFound(ConsoleWording.text(messages, "token.not.found")));
        if (row.revokedAt() == null) {
            tokens.updateRevokedAt(tokenId, clock.now());
            audit.record(callerName, AuditAction.TOKEN_REVOKE, "staff_api_token", String.valueOf(tokenId), "user_id=" + row.userId());
        }
        return TokenView.of(tokens.findById(tokenId).orElseThrow());
    }

    /** The enabled account a presented token belongs to, if the token is known and not revoked. */
    public Optional<StaffAccount> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Optional<StaffApiTokenRow> row = tokens.findByTokenHash(SessionStore.sha256(token)).filter(t -> t.revokedAt() == null);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<StaffAccount> account = accounts.findById(row.get().userId()).filter(StaffAccount::enabled);
        Instant now = clock.now();
        if (account.isPresent() && (row.get().lastUsedAt() == null || row.get().lastUsedAt().plus(TOUCH_GRANULARITY).isBefore(now))) {
            tokens.updateLastUsedAt(row.get().id(), now);
        }
        return account;
    }
}
