package uk.mashline.console.security;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import io.micronaut.context.MessageSource;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.mashline.console.AuditAction;
import uk.mashline.console.AuditLog;
import uk.mashline.console.BadRequest;
import uk.mashline.console.ConsoleClock;
import uk.mashline.console.ConsoleWording;
import uk.mashline.persistence.StaffRecoveryCodeRepository;
import uk.mashline.persistence.StaffRecoveryCodeRow;
import uk.mashline.persistence.StaffTotpRepository;
import uk.mashline.persistence.StaffTotpRow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The console's second factor: who needs one ({@code MASH_STAFF_MFA}), setting up an authenticator
 * app from a QR code, checking a code (each time step once) or a one-time recovery code (stored as
 * SHA-256, each usable once), and an administrator's reset for a lost phone. Every change is audited.
 */
@Singleton
public class SecondFactors {

    /** How many recovery codes an account gets. */
    static final int RECOVERY_CODES = 10;

    /** What the set-up page shows: the QR code, and the secret for typing in by hand. */
    @Serdeable
    public record Enrolment(String secret, String qr, String uri) {
    }

    private final StaffTotpRepository totps;
    private final StaffRecoveryCodeRepository recoveryCodes;
    private final SecondFactorSettings settings;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;
    private final Totp totp = new Totp();
    private final RecoveryCodeGenerator recoveryCodeGenerator = new RecoveryCodeGenerator();

    public SecondFactors(StaffTotpRepository totps, StaffRecoveryCodeRepository recoveryCodes, SecondFactorSettings settings,
                         AuditLog audit, ConsoleClock clock, MessageSource messages) {
        this.totps = totps;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    public boolean off() {
        return settings.mode() == SecondFactorSettings.Mode.OFF;
    }

    public boolean enrolled(long userId) {
        return totps.findById(userId).map(t -> t.secret() != null).orElse(false);
    }

    /**
     * Whether this account must give a code at sign-in (and so may not use HTTP Basic): never when the
     * setting is off; always when it is all; for ADMIN accounts, and anyone who set one up, when admin.
     */
    public boolean required(StaffAccount account) {
        return switch (settings.mode()) {
            case OFF -> false;
            case ALL -> true;
            case ADMIN -> account.role() == StaffRole.ADMIN || enrolled(account.id());
        };
    }

    /** The session stage after the right password. */
    public SessionStage stageAfterPassword(StaffAccount account) {
        if (!required(account)) {
            return SessionStage.FULL;
        }
        return enrolled(account.id()) ? SessionStage.PASSWORD : SessionStage.ENROL;
    }

    /** Starts (or starts again) setting up an authenticator: a new pending secret, its QR code. */
    public Enrolment startEnrolment(StaffAccount account) {
        String secret = totp.newSecret();
        StaffTotpRow current = totps.findById(account.id()).orElse(null);
        if (current == null) {
            totps.save(new StaffTotpRow(account.id(), null, secret, null, null));
        } else {
            totps.update(new StaffTotpRow(account.id(), current.secret(), secret, current.enabledAt(), current.lastStep()));
        }
        String issuer = ConsoleWording.text(messages, "totp.issuer");
        return new Enrolment(secret, totp.qrDataUri(issuer, account.username(), secret), totp.uri(issuer, account.username(), secret));
    }

    /**
     * Confirms the pending secret with a code from the app: it becomes the account's second factor
     * (replacing any earlier one) and new recovery codes are made and returned, the only time they are shown.
     */
    public List<String> confirmEnrolment(StaffAccount account, String code) {
        StaffTotpRow row = totps.findById(account.id()).filter(t -> t.pendingSecret() != null)
                .orElseThrow(() -> new BadRequest(ConsoleWording.text(messages, "totp.no.enrolment")));
        OptionalLong step = totp.matchingStep(row.pendingSecret(), code, clock.now());
        if (step.isEmpty()) {
            audit.record(account.username(), AuditAction.SECOND_FACTOR_FAILURE, "staff_user", String.valueOf(account.id()), "stage=enrol");
            throw new BadRequest(ConsoleWording.text(messages, "totp.wrong"));
        }
        totps.update(new StaffTotpRow(account.id(), row.pendingSecret(), null, clock.now(), step.getAsLong()));
        audit.record(account.username(), AuditAction.SECOND_FACTOR_ENROL, "staff_user", String.valueOf(account.id()), null);
        return newRecoveryCodes(account);
    }

    /** Replaces the account's recovery codes; the new ones are returned, the only time they are shown. */
    public List<String> newRecoveryCodes(StaffAccount account) {
        recoveryCodes.deleteByUserId(account.id());
        Instant now = clock.now();
        List<String> codes = Arrays.asList(recoveryCodeGenerator.generateCodes(RECOVERY_CODES));
        for (String code : codes) {
            recoveryCodes.save(new StaffRecoveryCodeRow(null, account.id(), SessionStore.sha256(normalise(code)), now, null));
        }
        audit.record(account.username(), AuditAction.RECOVERY_CODES_NEW, "staff_user", String.valueOf(account.id()), "count=" + codes.size());
        return codes;
    }

    public long unusedRecoveryCodes(long userId) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
    }

    /**
     * Checks a code from the app (each time step accepted once) or, failing that, a recovery code (each
     * used once). A failure is audited here; throttling is the caller's (it knows the client address).
     */
    public boolean verify(StaffAccount account, String code) {
        Optional<StaffTotpRow> row = totps.findById(account.id()).filter(t -> t.secret() != null);
        if (row.isPresent() && code != null) {
            OptionalLong step = totp.matchingStep(row.get().secret(), code, clock.now());
            if (step.isPresent() && totps.useStep(account.id(), step.getAsLong()) == 1) {
                return true;
            }
            String normalised = normalise(code);
            if (normalised.length() > 6 && normalised.length() <= 64
                    && recoveryCodes.use(account.id(), SessionStore.sha256(normalised), clock.now()) == 1) {
                audit.record(account.username(), AuditAction.RECOVERY_CODE_USED, "staff_user", String.valueOf(account.id()),
                        "left=" + unusedRecoveryCodes(account.id()));
                return true;
            }
        }
        audit.record(account.username(), AuditAction.SECOND_FACTOR_FAILURE, "staff_user", String.valueOf(account.id()), null);
        return false;
    }

    /** An administrator removes an account's second factor and recovery codes (a lost phone); it sets one up again at its next sign-in. */
    public void reset(String actor, StaffAccount account) {
        totps.deleteById(account.id());
        recoveryCodes.deleteByUserId(account.id());
        audit.record(actor, AuditAction.SECOND_FACTOR_RESET, "staff_user", String.valueOf(account.id()), "username=" + account.username());
    }

    // recovery codes are shown as xxxx-xxxx-xxxx-xxxx; typed with or without dashes, spaces, in any case
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
