package org.silverbranch.core.persistence.internal.district;

import java.io.InputStream;

import org.silverbranch.core.persistence.internal.TestDatabase;

/** Fills a test database the way the first start does: Songbei's divisions and the demo district. */
public final class DemoDistrictFixture {

    private DemoDistrictFixture() {
    }

    public static void load(TestDatabase db, int members) {
        db.tx(em -> {
            ClassLoader loader = DemoDistrictFixture.class.getClassLoader();
            try (InputStream streets = loader.getResourceAsStream("divisions/songbei-streets.csv");
                 InputStream communities = loader.getResourceAsStream("divisions/songbei-communities.csv")) {
                DistrictLoader.loadDivisions(em, Divisions.read(streets, false), Divisions.read(communities, true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            new DemoDistrict(em, members, TestDatabase.PROTECTION).create();
        });
    }
}
