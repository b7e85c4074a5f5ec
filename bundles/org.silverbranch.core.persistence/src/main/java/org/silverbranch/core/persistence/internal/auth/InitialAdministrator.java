package org.silverbranch.core.persistence.internal.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.persistence.internal.audit.AuditLog;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No well-known password anywhere: on the first start, when no user exists, creates {@code admin} (district admin)
 * with a random password written to {@code data/initial-admin-password}, readable by the owner only. The password
 * is marked for change by its user: until it is changed every request is answered 403 PASSWORD_CHANGE_REQUIRED,
 * and once it is changed the file is deleted.
 */
@Component(service = InitialAdministrator.class, immediate = true, configurationPid = "org.silverbranch.core.auth")
public class InitialAdministrator {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);
    // no 0/O, 1/l/I: the password is read off a screen and typed by hand
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    public InitialAdministrator(@Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                                @Reference CoreSchema schema, AuthenticationConfiguration config) {
        Path file = passwordFile();
        boolean created = new Transactions(jpa).inTransaction(em -> {
            long users = em.createQuery("SELECT COUNT(u) FROM UserAccountEntity u", Long.class).getSingleResult();
            if (users > 0) {
                return false;
            }
            String password = randomPassword();
            em.persist(new UserAccountEntity(USERNAME, new PasswordHasher(config.pbkdf2Iterations()).hash(password),
                    Role.DISTRICT_ADMIN, null, null, true));
            em.flush();
            AuditLog.record(em, Caller.system("first-start"), "USER_CREATE", "user", USERNAME, null,
                    Map.of("role", Arrays.asList(null, Role.DISTRICT_ADMIN.name())));
            writeOwnerOnly(file, password);
            return true;
        });
        if (created) {
            LOG.warn("Created the first user '{}' (district admin); its password is in {} — change it after logging in",
                    USERNAME, file.toAbsolutePath());
        }
    }

    /** {@code ${karaf.data}/initial-admin-password}; deleted once its password is changed. */
    public static Path passwordFile() {
        return Path.of(System.getProperty("karaf.data", "data"), PASSWORD_FILE);
    }

    /** 20 characters with upper case, lower case and digits, easy to type: a password someone else must change. */
    public static String randomPassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String password = sb.toString();
            if (password.chars().anyMatch(Character::isDigit) && password.chars().anyMatch(Character::isUpperCase)
                    && password.chars().anyMatch(Character::isLowerCase)) {
                return password;
            }
        }
    }

    private static void writeOwnerOnly(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("concurrent creation of " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
