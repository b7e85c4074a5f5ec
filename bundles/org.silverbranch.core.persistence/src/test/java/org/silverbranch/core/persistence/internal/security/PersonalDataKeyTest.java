package org.silverbranch.core.persistence.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PersonalDataKeyTest {

    private static final String ID = "23010919480315123X";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void encryptedValuesDecryptAndNeverRepeat() {
        PersonalDataKey key = PersonalDataKey.generate();
        String a = key.encrypt("idNumber", ID);
        String b = key.encrypt("idNumber", ID);
        assertTrue(a, a.startsWith("v1:"));
        assertFalse("the clear value is not in the stored form", a.contains(ID));
        assertNotEquals("a fresh nonce each time", a, b);
        assertEquals(ID, key.decrypt("idNumber", a));
        assertEquals(ID, key.decrypt("idNumber", b));
    }

    @Test
    public void aChangedValueAnotherPurposeOrAnotherKeyIsRefused() {
        PersonalDataKey key = PersonalDataKey.generate();
        String sealed = key.encrypt("idNumber", ID);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        for (Runnable attempt : new Runnable[] {
            () -> key.decrypt("idNumber", tampered),
            () -> key.decrypt("phone", sealed),
            () -> PersonalDataKey.generate().decrypt("idNumber", sealed),
            () -> key.decrypt("idNumber", ID)}) {
            try {
                attempt.run();
                fail("decrypted what it must refuse");
            } catch (IllegalStateException expected) {
                // refused
            }
        }
    }

    @Test
    public void hashesAreStablePerKeyAndPurposeAndDifferAcrossKeys() {
        byte[] master = new byte[32];
        master[0] = 7;
        PersonalDataKey key = PersonalDataKey.of(master);
        assertEquals(key.hash("idNumber", ID), PersonalDataKey.of(master).hash("idNumber", ID));
        assertEquals(64, key.hash("idNumber", ID).length());
        assertNotEquals(key.hash("idNumber", ID), key.hash("phone", ID));
        assertNotEquals(key.hash("idNumber", ID), PersonalDataKey.generate().hash("idNumber", ID));
        assertEquals(key.fingerprint(), PersonalDataKey.of(master).fingerprint());
        assertNotEquals(key.fingerprint(), PersonalDataKey.generate().fingerprint());
    }

    @Test
    public void theKeyFileIsCreatedOwnerOnlyAndReadBack() throws Exception {
        Path file = folder.getRoot().toPath().resolve("keys/personal-data.key");
        PersonalDataKey.Loaded created = PersonalDataKey.loadOrCreate(file);
        assertTrue(created.created());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        PersonalDataKey.Loaded again = PersonalDataKey.loadOrCreate(file);
        assertFalse(again.created());
        assertEquals(created.key().fingerprint(), again.key().fingerprint());
        assertEquals(ID, again.key().decrypt("idNumber", created.key().encrypt("idNumber", ID)));
    }

    @Test
    public void protectionKeepsOnlyTheMaskInTheClear() {
        PersonalDataProtection protection = new PersonalDataProtection(PersonalDataKey.generate());
        PersonalDataProtection.ProtectedIdNumber p = protection.protectIdNumber(" 23010919480315123x ");
        assertEquals("2301**********123X", p.masked());
        assertEquals(ID, protection.revealIdNumber(p.encrypted()));
        assertEquals(p.hash(), protection.idNumberHash("23010919480315123x"));
    }
}
