package org.silverbranch.core.modules.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleDescriptor;
import org.silverbranch.core.api.module.ModuleInfo;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.api.module.ModuleState;
import org.silverbranch.core.api.module.ServiceModule;
import org.silverbranch.core.api.module.StreetModule;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installed modules are the {@code silverbranch-module-*} features installed in this Karaf; the available ones are
 * those its repositories offer. Enabled modules are rows per street, cached in memory for the per-request check.
 * Install and uninstall never refresh other bundles ({@link FeaturesService.Option#NoAutoRefreshBundles}). Enable
 * and disable are synchronized, so the database row and the gate's in-memory answer change together.
 */
@Component(service = ModuleService.class)
public class ModuleServiceImpl implements ModuleService {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleServiceImpl.class);
    private static final EnumSet<FeaturesService.Option> NO_REFRESH =
            EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private final StreetService streets;
    private final Transactions tx;
    /** street code → enabled module ids, read on every module request; the database is the record. */
    private final Map<String, Set<String>> enabled = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceModule> modules = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditTrail audit;

    @Activate
    public ModuleServiceImpl(@Reference FeaturesService features, @Reference StreetService streets,
                             @Reference(target = "(osgi.unit.name=silverbranch-modules)") JpaTemplate jpa,
                             @Reference ModulesSchema schema) {
        this.features = features;
        this.streets = streets;
        this.tx = new Transactions(jpa);
        tx.inTransaction(em -> em.createQuery("SELECT e FROM StreetModuleEntity e", StreetModuleEntity.class)
                .getResultList()).forEach(e -> enabledOf(e.getStreetCode()).add(e.getModuleId()));
    }

    @Override
    public List<ModuleInfo> list(Caller caller) {
        return moduleFeatures().values().stream().map(this::info).toList();
    }

    @Override
    public ModuleInfo get(Caller caller, String moduleId) {
        return info(feature(moduleId));
    }

    @Override
    public ModuleInfo install(Caller caller, String moduleId) {
        requireDistrictAdmin(caller);
        Feature feature = feature(moduleId);
        if (!features.isInstalled(feature)) {
            long start = System.nanoTime();
            try {
                features.installFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
            } catch (Exception e) {
                LOG.error("Installing module {} ({}) failed", moduleId, feature.getId(), e);
                throw ServiceException.conflict("MODULE_INSTALL_FAILED", moduleId);
            }
            LOG.info("Module {} installed in {} ms by {}", moduleId, (System.nanoTime() - start) / 1_000_000,
                    caller.username());
            record(caller, "MODULE_INSTALL", moduleId);
        }
        return info(feature);
    }

    @Override
    public ModuleInfo uninstall(Caller caller, String moduleId) {
        requireDistrictAdmin(caller);
        Feature feature = feature(moduleId);
        if (features.isInstalled(feature)) {
            try {
                features.uninstallFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
            } catch (Exception e) {
                LOG.error("Uninstalling module {} ({}) failed", moduleId, feature.getId(), e);
                throw ServiceException.conflict("MODULE_UNINSTALL_FAILED", moduleId);
            }
            LOG.info("Module {} uninstalled by {}", moduleId, caller.username());
            record(caller, "MODULE_UNINSTALL", moduleId);
        }
        return info(feature);
    }

    @Override
    public List<StreetModule> enabledModules(Caller caller, String streetCode) {
        requireStreet(caller, streetCode, false);
        streets.get(caller, streetCode);
        Map<String, Feature> offered = moduleFeatures();
        return tx.inTransaction(em -> em.createQuery(
                        "SELECT e FROM StreetModuleEntity e WHERE e.streetCode = :street ORDER BY e.moduleId",
                        StreetModuleEntity.class).setParameter("street", streetCode).getResultList())
                .stream().map(e -> streetModule(e, offered.get(e.getModuleId()))).toList();
    }

    @Override
    public synchronized StreetModule enable(Caller caller, String streetCode, String moduleId) {
        requireStreet(caller, streetCode, true);
        streets.get(caller, streetCode);
        Feature feature = feature(moduleId);
        StreetModuleEntity row = tx.inTransaction(em -> {
            StreetModuleEntity existing = em.find(StreetModuleEntity.class,
                    new StreetModuleEntity.Key(streetCode, moduleId));
            if (existing != null) {
                return existing;
            }
            StreetModuleEntity created = new StreetModuleEntity(streetCode, moduleId, Instant.now(),
                    caller.username());
            em.persist(created);
            return created;
        });
        if (enabledOf(streetCode).add(moduleId)) {
            record(caller, "MODULE_ENABLE", streetCode + "/" + moduleId);
        }
        return streetModule(row, feature);
    }

    @Override
    public synchronized void disable(Caller caller, String streetCode, String moduleId) {
        requireStreet(caller, streetCode, true);
        streets.get(caller, streetCode);
        // no feature lookup: an enablement of a module no repository offers any more must still be removable
        if (moduleId == null || !ModuleDescriptor.ID.matcher(moduleId).matches()) {
            throw ServiceException.notFound("MODULE_NOT_FOUND", moduleId);
        }
        tx.inTransaction(em -> {
            StreetModuleEntity existing = em.find(StreetModuleEntity.class,
                    new StreetModuleEntity.Key(streetCode, moduleId));
            if (existing != null) {
                em.remove(existing);
            }
            return null;
        });
        if (enabledOf(streetCode).remove(moduleId)) {
            record(caller, "MODULE_DISABLE", streetCode + "/" + moduleId);
        }
    }

    @Override
    public boolean isEnabled(String streetCode, String moduleId) {
        Set<String> ids = enabled.get(streetCode);
        return ids != null && ids.contains(moduleId);
    }

    private Set<String> enabledOf(String streetCode) {
        return enabled.computeIfAbsent(streetCode, k -> ConcurrentHashMap.newKeySet());
    }

    /** Module features the repositories offer, newest version per module id. */
    private Map<String, Feature> moduleFeatures() {
        Map<String, Feature> found = new TreeMap<>();
        try {
            for (Feature f : features.listFeatures()) {
                String id = ModuleDescriptor.idOfFeature(f.getName());
                if (id != null && (found.get(id) == null || isNewer(f, found.get(id)))) {
                    found.put(id, f);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list features: " + e.getMessage(), e);
        }
        return found;
    }

    private static boolean isNewer(Feature a, Feature b) {
        return org.osgi.framework.Version.parseVersion(a.getVersion())
                .compareTo(org.osgi.framework.Version.parseVersion(b.getVersion())) > 0;
    }

    private Feature feature(String moduleId) {
        Feature f = moduleId == null ? null : moduleFeatures().get(moduleId);
        if (f == null) {
            throw ServiceException.notFound("MODULE_NOT_FOUND", moduleId);
        }
        return f;
    }

    private ModuleInfo info(Feature f) {
        String id = ModuleDescriptor.idOfFeature(f.getName());
        boolean installed = features.isInstalled(f);
        Optional<ModuleDescriptor> d = installed ? descriptor(id) : Optional.empty();
        return new ModuleInfo(id, f.getName(), f.getVersion(), installed ? ModuleState.INSTALLED : ModuleState.AVAILABLE,
                d.map(ModuleDescriptor::nameZh).orElse(null), d.map(ModuleDescriptor::nameEn).orElse(null),
                d.map(ModuleDescriptor::descriptionZh).orElse(f.getDescription()),
                d.map(ModuleDescriptor::permissions).orElse(List.of()));
    }

    private StreetModule streetModule(StreetModuleEntity e, Feature f) {
        boolean installed = f != null && features.isInstalled(f);
        Optional<ModuleDescriptor> d = installed ? descriptor(e.getModuleId()) : Optional.empty();
        return new StreetModule(e.getStreetCode(), e.getModuleId(),
                installed ? ModuleState.INSTALLED : ModuleState.AVAILABLE, d.map(ModuleDescriptor::nameZh).orElse(null),
                d.map(ModuleDescriptor::nameEn).orElse(null), e.getEnabledAt(), e.getEnabledBy());
    }

    private Optional<ModuleDescriptor> descriptor(String moduleId) {
        return modules.stream().map(ServiceModule::descriptor).filter(d -> d.id().equals(moduleId)).findFirst();
    }

    private static void requireDistrictAdmin(Caller caller) {
        if (caller.role() != Role.DISTRICT_ADMIN) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    /**
     * District roles see every street; others only their own: reading another street is answered as an unknown
     * street, changing it is refused.
     */
    private static void requireStreet(Caller caller, String streetCode, boolean write) {
        if (caller.streetCode() != null && !caller.streetCode().equals(streetCode)) {
            throw write ? ServiceException.forbidden("FORBIDDEN") : ServiceException.notFound("STREET_NOT_FOUND", streetCode);
        }
        if (write && caller.role() != Role.DISTRICT_ADMIN && caller.role() != Role.STREET_ADMIN) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
    }

    private void record(Caller caller, String action, String entityId) {
        AuditTrail trail = audit;
        if (trail != null) {
            trail.record(caller, action, "module", entityId, Map.of());
        } else {
            LOG.warn("No audit trail available: {} {} by {} not audited", action, entityId, caller.username());
        }
    }
}
