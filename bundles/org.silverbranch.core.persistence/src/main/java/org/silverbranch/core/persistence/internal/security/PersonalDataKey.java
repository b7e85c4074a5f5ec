package org.silverbranch.core.persistence.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that protects sensitive personal data at rest, kept in a file outside the database (a stolen database
 * or backup alone reveals no ID number). From one random 256-bit master key it derives an AES-256-GCM key for
 * encryption and an HMAC-SHA256 key for the keyed hashes that make exact lookup and uniqueness possible without
 * decrypting. The file holds the master key in Base64 on its only non-comment line; it is created, readable by
 * its owner only, when it does not exist.
 * <p>
 * Stored form of an encrypted value: {@code v1:<Base64 of 12-byte nonce + ciphertext + 16-byte tag>}, the purpose
 * (e.g. {@code idNumber}) bound as associated data so a value cannot be moved into another column.
 */
public final class PersonalDataKey {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final String fingerprint;
    private final SecureRandom random = new SecureRandom();

    private PersonalDataKey(byte[] master) {
        if (master.length != KEY_BYTES) {
            throw new IllegalArgumentException("a 256-bit key is expected, not " + master.length * 8 + " bits");
        }
        SecretKeySpec masterKey = new SecretKeySpec(master, "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "silverbranch encryption v1"), "AES");
        this.hashKey = new SecretKeySpec(derive(masterKey, "silverbranch lookup hash v1"), "HmacSHA256");
        this.fingerprint = HexFormat.of().formatHex(derive(masterKey, "silverbranch key fingerprint v1"), 0, 16);
    }

    /** A key from raw bytes (tests, or a key kept elsewhere). */
    public static PersonalDataKey of(byte[] master) {
        return new PersonalDataKey(master.clone());
    }

    /** A fresh random key. */
    public static PersonalDataKey generate() {
        byte[] master = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(master);
        return new PersonalDataKey(master);
    }

    /**
     * Reads the key file, or creates it with a new random key when it does not exist (owner-only permissions, in an
     * owner-only directory).
     *
     * @return the key and whether the file was created now
     */
    public static Loaded loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] master = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(master);
                if (create(file, master)) {
                    return new Loaded(new PersonalDataKey(master), true);
                }
            }
            return new Loaded(read(file), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the personal data key " + file, e);
        }
    }

    /** A loaded key and whether its file was created by this load. */
    public record Loaded(PersonalDataKey key, boolean created) {
    }

    private static PersonalDataKey read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.size() != 1) {
            throw new IllegalStateException("the key file " + file + " must hold one line of Base64");
        }
        byte[] master = Base64.getDecoder().decode(lines.get(0));
        try {
            return new PersonalDataKey(master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** false when another process created the file first. */
    private static boolean create(Path file, byte[] master) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(dir);
            }
        }
        String text = "# Silverbranch personal data key: encrypts ID numbers in the database and keys their lookup hashes.\n"
                + "# Keep it with every backup of the database, readable by the platform's user only. Without it the\n"
                + "# stored ID numbers cannot be read; with it and the database, they can.\n"
                + Base64.getEncoder().encodeToString(master) + "\n";
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return true;
    }

    /** Encrypts a value for one purpose (the column), e.g. {@code idNumber}; null stays null. */
    public String encrypt(String purpose, String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} made for the same purpose.
     *
     * @throws IllegalStateException when the value was changed, made for another purpose or with another key
     */
    public String decrypt(String purpose, String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("not an encrypted value of this platform");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt: wrong key, or the stored value was changed", e);
        }
    }

    /** The keyed hash (64 hex digits) of a value for one purpose, for exact lookup without decrypting. */
    public String hash(String purpose, String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Identifies the key without revealing it (32 hex digits), so a database can tell it is read with its own key. */
    public String fingerprint() {
        return fingerprint;
    }

    private static byte[] derive(SecretKeySpec master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(master);
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
