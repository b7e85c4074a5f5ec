package org.silverbranch.core.persistence.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection.ProtectedIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data step of migration V002, which SQL cannot do without the key: encrypts the ID numbers of a database that
 * had them in the clear (the demo data of an existing installation) and keeps only their masked form. Runs once,
 * in one transaction, recorded in {@code sb_schema_history} as owner {@value #OWNER}. Before anything, checks that
 * the key file is the one the database was encrypted with, so a lost or swapped key stops the start instead of
 * mixing keys.
 */
final class IdNumberEncryption {

    static final String OWNER = "core-data";
    static final int VERSION = 2;
    private static final String PURPOSE = "personal-data";
    private static final Logger LOG = LoggerFactory.getLogger(IdNumberEncryption.class);

    private IdNumberEncryption() {
    }

    static void run(DataSource dataSource, PersonalDataProtection protection) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                checkKey(connection, protection.keyFingerprint());
                if (!applied(connection)) {
                    int encrypted = encrypt(connection, protection);
                    record(connection);
                    if (encrypted > 0) {
                        LOG.info("Encrypted the ID numbers of {} existing members (masked form kept in the clear)",
                                encrypted);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Encrypting ID numbers failed: " + e.getMessage(), e);
        }
    }

    private static void checkKey(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint FROM sb_key_fingerprint WHERE purpose = ?")) {
            select.setString(1, PURPOSE);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(fingerprint)) {
                        throw new IllegalStateException("The personal data key file is not the key this database was"
                                + " encrypted with (fingerprint " + rs.getString(1) + ", the file's " + fingerprint
                                + "). Restore the key file that belongs to this database.");
                    }
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sb_key_fingerprint (purpose, fingerprint, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, PURPOSE);
            insert.setString(2, fingerprint);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static boolean applied(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM sb_schema_history WHERE owner_name = ? AND version = ?")) {
            select.setString(1, OWNER);
            select.setInt(2, VERSION);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private static int encrypt(Connection connection, PersonalDataProtection protection) throws SQLException {
        int count = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, id_number, status FROM sb_member WHERE id_number_enc IS NULL");
             PreparedStatement update = connection.prepareStatement("UPDATE sb_member SET id_number = ?,"
                     + " id_number_enc = ?, id_number_hash = ?, active_id_hash = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String clear = rs.getString(2);
                if (clear == null || clear.contains("*")) {
                    throw new IllegalStateException("member " + rs.getLong(1) + " has no readable ID number to encrypt");
                }
                ProtectedIdNumber p = protection.protectIdNumber(clear);
                update.setString(1, p.masked());
                update.setString(2, p.encrypted());
                update.setString(3, p.hash());
                update.setString(4, "ACTIVE".equals(rs.getString(3)) ? p.hash() : null);
                update.setLong(5, rs.getLong(1));
                update.addBatch();
                count++;
            }
            if (count > 0) {
                update.executeBatch();
            }
        }
        return count;
    }

    private static void record(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sb_schema_history"
                + " (owner_name, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, OWNER);
            insert.setInt(2, VERSION);
            insert.setString(3, "encrypt id numbers");
            insert.setString(4, "java:" + IdNumberEncryption.class.getSimpleName());
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
