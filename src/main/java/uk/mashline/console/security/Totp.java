package uk.mashline.console.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based one-time codes as every authenticator app makes them (SHA-1, six digits,
 * 30-second steps), through dev.samstevens.totp. A code is accepted for its own step and the one before
 * and after (a phone's clock a little off); the caller makes sure a step is used only once.
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;
    /** Steps either side of now that are still accepted. */
    private static final int DRIFT_STEPS = 1;

    private final DefaultCodeGenerator codes = new DefaultCodeGenerator();
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();

    /** A new random secret (160 bits, Base32). */
    String newSecret() {
        return secrets.generate();
    }

    /** The time step a code matches at {@code now}, if any: constant-time comparison, latest step first. */
    OptionalLong matchingStep(String secret, String code, Instant now) {
        String given = code == null ? "" : code.replaceAll("\\s", "");
        if (!given.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
        for (long step = current + DRIFT_STEPS; step >= current - DRIFT_STEPS; step--) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code generation failed", e);
        }
    }

    /** The otpauth:// URI an authenticator app reads from the QR code. */
    String uri(String issuer, String username, String secret) {
        return data(issuer, username, secret).getUri();
    }

    /** The QR code of {@link #uri} as a data: URI (PNG), for an img the page's CSP allows. */
    String qrDataUri(String issuer, String username, String secret) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data(issuer, username, secret)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    private static QrData data(String issuer, String username, String secret) {
        return new QrData.Builder().label(username).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
