package org.silverbranch.orglife.oversight.internal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.schema.MigrationScript;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * A database migrated as the platform migrates it: the core's scripts (with its data step), then every
 * organizational-life bundle's scripts, each found in its jar by listing the folder (so a new script of any bundle
 * is applied here without a change), with the database's own sub-folder ({@code derby/} or {@code postgresql/})
 * where a bundle has one. Then the district's streets and communities from the core's bundled division codes.
 */
public final class AllSchemas {

    /** Owner (as each bundle records its migrations) and folder of every bundle's scripts. */
    private static final String[][] ORGLIFE = {
        {"orglife-meetings", "db/orglife-meetings"},
        {"orglife-dues", "db/orglife-dues"},
        {"orglife-assessment", "db/orglife-assessment"},
        {"orglife-supervision", "db/orglife-supervision"}};

    private AllSchemas() {
    }

    public static void migrate(DataSource dataSource, PersonalDataProtection protection) {
        ClassLoader loader = AllSchemas.class.getClassLoader();
        CoreSchema.migrate(dataSource, protection, scripts(loader, CoreSchema.FOLDER));
        String dialect = dialect(dataSource);
        for (String[] bundle : ORGLIFE) {
            List<MigrationScript> scripts = new ArrayList<>(scripts(loader, bundle[1]));
            if (scripts.isEmpty()) {
                throw new IllegalStateException("no migration scripts in " + bundle[1]);
            }
            if (loader.getResource(bundle[1] + "/" + dialect) != null) {
                scripts.addAll(scripts(loader, bundle[1] + "/" + dialect));
            }
            SchemaMigrations.migrate(dataSource, bundle[0], scripts);
        }
        loadDivisions(dataSource, loader);
    }

    static String dialect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? "postgresql" : "derby";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code V*.sql} files directly in a folder of the class path (a jar's or a directory's). */
    static List<MigrationScript> scripts(ClassLoader loader, String folder) {
        URL url = loader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) url.openConnection();
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    Enumeration<JarEntry> entries = file.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        String rest = name.startsWith(folder + "/") ? name.substring(folder.length() + 1) : "";
                        if (rest.startsWith("V") && rest.endsWith(".sql") && !rest.contains("/")) {
                            names.add(rest);
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("V") && n.endsWith(".sql")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return SchemaMigrations.fromClassLoader(loader, folder, names.toArray(String[]::new));
    }

    /** Streets and communities as the core loads them on first start (its bundled 松北区 division codes). */
    private static void loadDivisions(DataSource dataSource, ClassLoader loader) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement street = c.prepareStatement(
                     "INSERT INTO sb_street (code, name, kind, version) VALUES (?, ?, ?, 0)");
             PreparedStatement community = c.prepareStatement(
                     "INSERT INTO sb_community (code, name, street_code, version) VALUES (?, ?, ?, 0)")) {
            for (String[] s : csv(loader, "divisions/songbei-streets.csv")) {
                street.setString(1, s[0]);
                street.setString(2, s[1]);
                street.setString(3, s[1].endsWith("镇") ? "TOWN" : "SUBDISTRICT");
                street.executeUpdate();
            }
            for (String[] s : csv(loader, "divisions/songbei-communities.csv")) {
                community.setString(1, s[0]);
                community.setString(2, s[1].replace("居委会", ""));
                community.setString(3, s[2]);
                community.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> csv(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].replace("\"", "").split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
