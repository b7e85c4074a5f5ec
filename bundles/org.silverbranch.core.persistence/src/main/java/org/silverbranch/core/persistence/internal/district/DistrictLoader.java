package org.silverbranch.core.persistence.internal.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.core.persistence.internal.schema.CoreSchema;
import org.silverbranch.core.persistence.internal.security.PersonalDataProtection;
import org.silverbranch.core.persistence.internal.street.CommunityEntity;
import org.silverbranch.core.persistence.internal.street.StreetEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database on first start: the district's streets and communities with their real division codes
 * (always: nothing works without them), then, unless disabled, the demo organizations and synthetic members.
 * A database that has data is never touched.
 */
@Component(service = DistrictLoader.class, immediate = true, configurationPid = "org.silverbranch.core.district")
@Designate(ocd = DistrictConfiguration.class)
public class DistrictLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DistrictLoader.class);

    @Activate
    public DistrictLoader(BundleContext context,
                          @Reference(target = "(osgi.unit.name=silverbranch-core)") JpaTemplate jpa,
                          @Reference CoreSchema schema, @Reference PersonalDataProtection protection,
                          DistrictConfiguration config) {
        new Transactions(jpa).inTransaction(em -> {
            if (isEmpty(em, "StreetEntity")) {
                loadDivisions(em, context, config);
            }
            if (config.demoData() && isEmpty(em, "OrganizationEntity")) {
                DemoDistrict.Summary summary = new DemoDistrict(em, config.demoMembers(), protection).create();
                LOG.info("Demo district loaded: {} organizations, {} synthetic members (flagged demo)",
                        summary.organizations(), summary.members());
            }
            return null;
        });
    }

    private static boolean isEmpty(EntityManager em, String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult() == 0;
    }

    private static void loadDivisions(EntityManager em, BundleContext context, DistrictConfiguration config) {
        loadDivisions(em, read(context, config.streetsCsv(), "divisions/songbei-streets.csv", false),
                read(context, config.communitiesCsv(), "divisions/songbei-communities.csv", true));
    }

    static void loadDivisions(EntityManager em, List<Divisions.Division> streets,
                              List<Divisions.Division> communities) {
        streets.forEach(s -> em.persist(new StreetEntity(s.code(), s.name(), Divisions.streetKind(s.name()))));
        em.flush();
        communities.forEach(c -> em.persist(
                new CommunityEntity(c.code(), Divisions.communityName(c.name()), c.parentCode())));
        LOG.info("District reference data loaded: {} streets, {} communities", streets.size(), communities.size());
    }

    private static List<Divisions.Division> read(BundleContext context, String file, String bundled,
                                                 boolean withParent) {
        try (InputStream in = file.isBlank()
                ? context.getBundle().getEntry(bundled).openStream()
                : Files.newInputStream(Path.of(file))) {
            return Divisions.read(in, withParent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division codes from " + (file.isBlank() ? bundled : file), e);
        }
    }
}
