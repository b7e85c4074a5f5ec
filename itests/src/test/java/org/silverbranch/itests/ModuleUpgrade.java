package org.silverbranch.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** A newer version of an installed module bundle, made from the installed one plus a migration script. */
final class ModuleUpgrade {

    private ModuleUpgrade() {
    }

    /** The bundle's jar with Bundle-Version set to {@code version} and {@code db/<id>/<script>} added. */
    static byte[] withMigration(Bundle bundle, String version, String script, String sql) throws IOException {
        String moduleId = bundle.getSymbolicName().substring("org.silverbranch.module.".length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream original = new URL(bundle.getLocation()).openStream();
             JarInputStream in = new JarInputStream(original)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry("db/" + moduleId + "/" + script));
                out.write(sql.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A count from the platform's database, through its DataSource service. */
    static long count(BundleContext context, String sql) throws Exception {
        ServiceReference<DataSource> reference = context.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=silverbranch)").iterator().next();
        DataSource dataSource = context.getService(reference);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        } finally {
            context.ungetService(reference);
        }
    }
}
