package uk.mashline.web;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keyed one-way pseudonyms (HMAC-SHA-256): the same value always gives the same pseudonym, so staff can
 * count repeat contacts, but without the secret nobody can test guesses against it (an IPv4 address has
 * only 2^32 values, so a plain hash of one is reversed in minutes). See {@link PseudonymSettings}.
 */
@Singleton
public class Pseudonyms {

    private static final Logger LOG = LoggerFactory.getLogger(Pseudonyms.class);
    private static final int MIN_SECRET = 32;

    private final byte[] secret;

    public Pseudonyms(PseudonymSettings settings) {
        this.secret = settings.secret() != null && !settings.secret().isBlank()
                ? fromEnvironment(settings.secret())
                : fromFile(Path.of(settings.keyFile()));
    }

    /** A 16-byte pseudonym in hex for this value, separate per purpose (a sender and a username never share one). */
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fromEnvironment(String value) {
        if (value.length() < MIN_SECRET) {
            throw new IllegalStateException("MASH_PSEUDONYM_SECRET must be at least " + MIN_SECRET
                    + " characters (for example: openssl rand -base64 32)");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The generated secret, made on first start; two instances starting together on one folder share it. */
    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(fresh));
                    LOG.info("generated the pseudonym secret in {} (set MASH_PSEUDONYM_SECRET to share one between instances)",
                            file);
                    return fresh;
                } catch (FileAlreadyExistsException raced) {
                    // another instance wrote it first: read theirs
                }
            }
            OwnerOnlyFiles.tighten(file);
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym secret " + file
                    + " (set MASH_PSEUDONYM_SECRET, or MASH_PSEUDONYM_KEY_FILE to a writable place)", e);
        }
    }
}
