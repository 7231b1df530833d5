package uk.mashline.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudonymsTest {

    @TempDir
    Path tmp;

    @Test
    void withoutASecretOneIsGeneratedOwnerOnlyAndKeptAcrossRestarts() throws Exception {
        Path key = tmp.resolve("data/pseudonym.key");
        String first = new Pseudonyms(new PseudonymSettings(null, key.toString())).of("web-sender", "203.0.113.5");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
        String afterRestart = new Pseudonyms(new PseudonymSettings("", key.toString())).of("web-sender", "203.0.113.5");
        assertEquals(first, afterRestart);
    }

    @Test
    void anAttackerWithoutTheSecretCannotRecomputeTheAddress() throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms(new PseudonymSettings("x".repeat(40), tmp.resolve("unused").toString()));
        String pseudonym = pseudonyms.of("web-sender", "203.0.113.5");
        // the old scheme: an unsalted SHA-256 of the address, which anyone can compute for all 2^32 addresses
        byte[] plain = MessageDigest.getInstance("SHA-256").digest("203.0.113.5".getBytes(StandardCharsets.UTF_8));
        assertFalse(pseudonym.startsWith(HexFormat.of().formatHex(plain, 0, 8)));
        Pseudonyms otherSecret = new Pseudonyms(new PseudonymSettings("y".repeat(40), tmp.resolve("unused").toString()));
        assertNotEquals(pseudonym, otherSecret.of("web-sender", "203.0.113.5"));
        assertEquals(pseudonym, pseudonyms.of("web-sender", "203.0.113.5"));
        assertNotEquals(pseudonym, pseudonyms.of("sign-in-username", "203.0.113.5"), "purposes never share a pseudonym");
    }

    @Test
    void aShortSecretIsAStartUpErrorThatSaysWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Pseudonyms(new PseudonymSettings("short", tmp.resolve("k").toString())));
        assertTrue(e.getMessage().contains("MASH_PSEUDONYM_SECRET"), e.getMessage());
    }

    @Test
    void aKeyFileLeftReadableByOthersIsTightened() throws Exception {
        Path key = tmp.resolve("loose.key");
        Files.writeString(key, java.util.Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        new Pseudonyms(new PseudonymSettings(null, key.toString()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }
}
