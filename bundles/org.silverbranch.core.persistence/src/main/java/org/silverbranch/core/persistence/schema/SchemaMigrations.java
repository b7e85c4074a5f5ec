package org.silverbranch.core.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a bundle's migration scripts in version order, each once, each in its own transaction, and records them
 * per owner in {@code sb_schema_history}. An existing database is upgraded, never recreated. A script that was
 * changed after it was applied stops the migration: the schema would no longer be what the scripts say.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String HISTORY = "sb_schema_history";

    private SchemaMigrations() {
    }

    /** Reads {@code V*.sql} scripts from a folder of the bundle, e.g. {@code db/volunteer}. */
    public static List<MigrationScript> fromBundle(Bundle bundle, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                MigrationScript.of(name, read(url)).ifPresent(scripts::add);
            }
        }
        return scripts;
    }

    /** Reads scripts through a class loader (unit tests), given their file names. */
    public static List<MigrationScript> fromClassLoader(ClassLoader loader, String folder, String... names) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (String name : names) {
            URL url = loader.getResource(folder + "/" + name);
            if (url == null) {
                throw new IllegalArgumentException("no migration script " + folder + "/" + name);
            }
            MigrationScript.of(name, read(url)).ifPresent(scripts::add);
        }
        return scripts;
    }

    /**
     * Brings the owner's schema to the newest script.
     *
     * @param owner the bundle or module the tables belong to, e.g. {@code core} or {@code volunteer}
     * @return the versions applied now (empty when the schema was current)
     */
    public static List<Integer> migrate(DataSource dataSource, String owner, List<MigrationScript> scripts) {
        List<MigrationScript> ordered = new ArrayList<>(scripts);
        ordered.sort(Comparator.comparingInt(MigrationScript::version));
        List<Integer> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            ensureHistoryTable(connection);
            Map<Integer, String> done = appliedChecksums(connection, owner);
            for (MigrationScript script : ordered) {
                String checksum = done.get(script.version());
                if (checksum == null) {
                    apply(connection, owner, script);
                    applied.add(script.version());
                } else if (!checksum.equals(script.checksum())) {
                    throw new IllegalStateException("Migration " + owner + " V" + script.version()
                            + " was changed after it was applied; write a new script instead");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration of " + owner + " failed: " + e.getMessage(), e);
        }
        if (!applied.isEmpty()) {
            LOG.info("Schema {} migrated: applied versions {}", owner, applied);
        }
        return applied;
    }

    private static void apply(Connection connection, String owner, MigrationScript script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.statements()) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                    + " (owner_name, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, owner);
                insert.setInt(2, script.version());
                insert.setString(3, script.description());
                insert.setString(4, script.checksum());
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("V" + script.version() + " " + script.description() + ": " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        if (tableExists(connection, HISTORY)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY + " (owner_name VARCHAR(100) NOT NULL, version INTEGER NOT NULL,"
                    + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " CONSTRAINT pk_schema_history PRIMARY KEY (owner_name, version))");
        } catch (SQLException e) {
            // another node or bundle created it meanwhile
            if (!tableExists(connection, HISTORY)) {
                throw e;
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(), table.toLowerCase()}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<Integer, String> appliedChecksums(Connection connection, String owner) throws SQLException {
        Map<Integer, String> done = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, checksum FROM " + HISTORY + " WHERE owner_name = ?")) {
            query.setString(1, owner);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    done.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return done;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        }
    }
}
