package org.silverbranch.core.persistence.internal.security;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects resident ID numbers at rest: the full number only encrypted (AES-GCM), a keyed hash (HMAC-SHA256) for
 * exact search and for the uniqueness of active members, and the masked form in the clear for lists. The key comes
 * from a file outside the database ({@link PersonalDataKey}).
 */
@Component(service = PersonalDataProtection.class, configurationPid = "org.silverbranch.core.crypto")
@Designate(ocd = PersonalDataConfiguration.class)
public class PersonalDataProtection {

    /** The key file below {@code karaf.etc} when none is configured. */
    public static final String DEFAULT_KEY_FILE = "silverbranch-keys/personal-data.key";

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataProtection.class);
    private static final String ID_NUMBER = "idNumber";

    /** How an ID number is kept: masked in the clear, encrypted, and hashed for lookup. */
    public record ProtectedIdNumber(String masked, String encrypted, String hash) {
    }

    private final PersonalDataKey key;

    @Activate
    public PersonalDataProtection(PersonalDataConfiguration config) {
        this(load(config.keyFile()));
    }

    /** With a given key (tests). */
    public PersonalDataProtection(PersonalDataKey key) {
        this.key = key;
    }

    private static PersonalDataKey load(String configured) {
        Path file = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), DEFAULT_KEY_FILE)
                : Path.of(configured);
        PersonalDataKey.Loaded loaded = PersonalDataKey.loadOrCreate(file);
        if (loaded.created()) {
            LOG.warn("Created a new personal data key in {}: back it up with the database; without it the stored ID"
                    + " numbers cannot be read", file.toAbsolutePath());
        }
        return loaded.key();
    }

    /** The stored forms of a (normalized) ID number. */
    public ProtectedIdNumber protectIdNumber(String idNumber) {
        String normalized = ResidentIdNumber.normalize(idNumber);
        return new ProtectedIdNumber(Masks.idNumber(normalized), key.encrypt(ID_NUMBER, normalized),
                idNumberHash(normalized));
    }

    /** The full ID number from its stored encrypted form. */
    public String revealIdNumber(String encrypted) {
        return key.decrypt(ID_NUMBER, encrypted);
    }

    /** The lookup hash of an ID number as a user typed it. */
    public String idNumberHash(String idNumber) {
        return key.hash(ID_NUMBER, ResidentIdNumber.normalize(idNumber));
    }

    public String keyFingerprint() {
        return key.fingerprint();
    }
}
