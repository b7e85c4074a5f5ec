package org.silverbranch.core.persistence.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;
import org.silverbranch.core.persistence.internal.security.PersonalDataKey;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.schema.SchemaMigrations;

/**
 * An installation that has run V001 only, with ID numbers in the clear, is upgraded: V002 and the data step
 * encrypt them, keep the masked form, and hash them for lookup and uniqueness; once only, and never with another key.
 */
public class IdNumberEncryptionTest {

    private static final String ACTIVE_ID = "230109194803151237";
    private static final String OUT_ID = "11010519491231002X";

    @Test
    public void clearIdNumbersOfAnOlderDatabaseAreEncryptedOnce() throws Exception {
        DataSource ds = derby("upgrade");
        SchemaMigrations.migrate(ds, CoreSchema.OWNER, scripts("V001__core_model.sql"));
        execute(ds, "INSERT INTO sb_street (code, name, kind, version) VALUES ('230109002', '太阳岛街道', 'SUBDISTRICT', 1)",
                "INSERT INTO sb_community (code, name, street_code, version) VALUES ('230109002004', '天鹅湖社区', '230109002', 1)",
                member(1, ACTIVE_ID, "ACTIVE"), member(2, OUT_ID, "TRANSFERRED_OUT"));
        PersonalDataProtection protection = new PersonalDataProtection(PersonalDataKey.generate());

        CoreSchema.migrate(ds, protection, scripts("V001__core_model.sql", "V002__security.sql"));

        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_number, id_number_enc, id_number_hash, active_id_hash"
                     + " FROM sb_member ORDER BY id")) {
            assertTrue(rs.next());
            assertEquals("2301**********1237", rs.getString(1));
            assertEquals(ACTIVE_ID, protection.revealIdNumber(rs.getString(2)));
            assertEquals(protection.idNumberHash(ACTIVE_ID), rs.getString(3));
            assertEquals(rs.getString(3), rs.getString(4));
            assertTrue(rs.next());
            assertEquals("1101**********002X", rs.getString(1));
            assertEquals(OUT_ID, protection.revealIdNumber(rs.getString(2)));
            assertNull("not active: free for a new member", rs.getString(4));
        }
        String stored = single(ds, "SELECT id_number_enc FROM sb_member WHERE id = 1");
        CoreSchema.migrate(ds, protection, scripts("V001__core_model.sql", "V002__security.sql"));
        assertEquals("the second start changes nothing", stored, single(ds, "SELECT id_number_enc FROM sb_member WHERE id = 1"));
        assertEquals("1", single(ds, "SELECT COUNT(*) FROM sb_schema_history WHERE owner_name = 'core-data'"));
        execute(ds, member(3, ACTIVE_ID, "ACTIVE"));  // a second row with the number: allowed until it claims it
        try {
            execute(ds, "UPDATE sb_member SET active_id_hash = '" + protection.idNumberHash(ACTIVE_ID) + "' WHERE id = 3");
            fail("two active members with one ID number");
        } catch (SQLException expected) {
            assertTrue(expected.getSQLState(), expected.getSQLState().startsWith("23"));
        }
    }

    @Test
    public void anotherKeyFileStopsTheStart() throws Exception {
        DataSource ds = derby("wrong-key");
        CoreSchema.migrate(ds, new PersonalDataProtection(PersonalDataKey.generate()),
                scripts("V001__core_model.sql", "V002__security.sql"));
        try {
            CoreSchema.migrate(ds, new PersonalDataProtection(PersonalDataKey.generate()),
                    scripts("V001__core_model.sql", "V002__security.sql"));
            fail("started with another key");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("not the key this database"));
        }
    }

    private static String member(long id, String idNumber, String status) {
        return "INSERT INTO sb_member (id, version, name, gender, birth_date, id_number, phone, street_code,"
                + " community_code, category, membership, residency_status, status, demo, created_at, updated_at)"
                + " VALUES (" + id + ", 1, '王秀兰', 'FEMALE', '1948-03-15', '" + idNumber + "', NULL, '230109002',"
                + " '230109002004', 'RETIRED', 'FULL', 'RESIDENT', '" + status + "', TRUE, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)";
    }

    private static java.util.List<org.silverbranch.core.persistence.schema.MigrationScript> scripts(String... names) {
        return SchemaMigrations.fromClassLoader(IdNumberEncryptionTest.class.getClassLoader(), CoreSchema.FOLDER, names);
    }

    private static DataSource derby(String name) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:id-encryption-" + name);
        derby.setCreateDatabase("create");
        return derby;
    }

    private static void execute(DataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
