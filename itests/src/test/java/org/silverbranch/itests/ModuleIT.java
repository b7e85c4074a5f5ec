package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Service modules in the running platform: the volunteer module is not installed at boot, is installed and
 * uninstalled over REST while a client keeps calling the core, is enabled for one street only, and keeps its data
 * across uninstall, reinstall and an upgrade that adds a migration. One test method, because the steps build on each other.
 */
public class ModuleIT extends SilverbranchTestSupport {

    private static final String SUN_ISLAND = "230109002";
    private static final String SONGBEI = "230109005";
    private static final String MODULE_BUNDLE = "org.silverbranch.module.volunteer";

    @Override
    protected Ports ports() {
        return Ports.block(3);
    }

    @Test
    public void volunteerModuleIsHotDeployedPerStreetWithoutDisturbingTheCore() throws Exception {
        ApiClient api = api();

        // not installed at boot: offered, and its paths answer MODULE_NOT_INSTALLED
        JsonNode volunteer = find(ok(api.get("/modules")), "volunteer");
        assertEquals("AVAILABLE", volunteer.path("state").asText());
        assertEquals("silverbranch-module-volunteer", volunteer.path("featureName").asText());
        assertError(api.get("/volunteer/streets/" + SUN_ISLAND + "/teams"), 404, "MODULE_NOT_INSTALLED");
        assertError(api.post("/modules/nothing/install", null), 404, "MODULE_NOT_FOUND");
        assertError(api.put("/streets/230109999/modules/volunteer", null), 404, "STREET_NOT_FOUND");

        // installed at runtime, enabled for 太阳岛 only
        Map<Long, String> coreBefore = bundleStates();
        assertEquals("INSTALLED", ok(api.post("/modules/volunteer/install", null)).path("state").asText());
        ok(api.put("/streets/" + SUN_ISLAND + "/modules/volunteer", null));
        waitForStatus(api, "/volunteer/streets/" + SUN_ISLAND + "/teams", 200);
        assertError(api.get("/volunteer/streets/" + SONGBEI + "/teams"), 403, "MODULE_NOT_ENABLED");
        assertError(api.get("/volunteer/streets/230109999/teams"), 404, "STREET_NOT_FOUND");
        assertEquals("志愿服务队", find(ok(api.get("/modules")), "volunteer").path("nameZh").asText());
        JsonNode enabled = ok(api.get("/streets/" + SUN_ISLAND + "/modules"));
        assertEquals(1, enabled.size());
        assertEquals(0, ok(api.get("/streets/" + SONGBEI + "/modules")).size());

        long teamId = VolunteerFixtures.createTeam(api, SUN_ISLAND);
        VolunteerFixtures.createShift(api, SUN_ISLAND, teamId);
        assertTrue(api.get("/openapi.json").body().contains("/api/v1/volunteer/streets/{streetCode}/teams"));

        // five uninstall/reinstall cycles while a client loops on core GETs
        List<BundleEvent> coreStops = new CopyOnWriteArrayList<>();
        SynchronousBundleListener listener = event -> {
            boolean stopping = event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED;
            if (stopping && !MODULE_BUNDLE.equals(event.getBundle().getSymbolicName())) {
                coreStops.add(event);
            }
        };
        bundleContext.addBundleListener(listener);
        CoreLoad load = new CoreLoad(api);
        load.start();
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals("AVAILABLE", ok(api.post("/modules/volunteer/uninstall", null)).path("state").asText());
                assertError(api.get("/volunteer/streets/" + SUN_ISLAND + "/teams"), 404, "MODULE_NOT_INSTALLED");
                ok(api.post("/modules/volunteer/install", null));
                waitForStatus(api, "/volunteer/streets/" + SUN_ISLAND + "/teams", 200);
            }
        } finally {
            load.stop();
            bundleContext.removeBundleListener(listener);
        }
        assertTrue("core requests during the cycles: " + load.sent, load.sent.get() > 20);
        assertEquals("failed core requests: " + load.failures, 0, load.failures.size());
        assertEquals("bundles other than the module stopped or unresolved: " + describe(coreStops), 0, coreStops.size());
        Map<Long, String> coreAfter = bundleStates();
        coreBefore.forEach((id, state) -> assertEquals("bundle " + id, state, coreAfter.get(id)));

        // the team created before is still there, and 松北 is still refused
        JsonNode teams = ok(api.get("/volunteer/streets/" + SUN_ISLAND + "/teams"));
        assertTrue(teams.toString(), teams.toString().contains("\"id\":" + teamId));
        assertError(api.get("/volunteer/streets/" + SONGBEI + "/teams"), 403, "MODULE_NOT_ENABLED");

        // upgrading the module to a newer version runs its new migration and keeps its data
        Bundle module = bundle(MODULE_BUNDLE);
        module.update(new ByteArrayInputStream(ModuleUpgrade.withMigration(module, "0.1.0.upgraded",
                "V002__upgrade_probe.sql", "CREATE TABLE vol_upgrade_probe (id INTEGER NOT NULL)")));
        waitForStatus(api, "/volunteer/streets/" + SUN_ISLAND + "/teams", 200);
        assertEquals("0.1.0.upgraded", bundle(MODULE_BUNDLE).getVersion().toString());
        assertTrue(ok(api.get("/volunteer/streets/" + SUN_ISLAND + "/teams")).toString().contains("\"id\":" + teamId));
        assertEquals(1, ModuleUpgrade.count(bundleContext,
                "SELECT COUNT(*) FROM sb_schema_history WHERE owner_name = 'volunteer' AND version = 2"));
        assertEquals(0, ModuleUpgrade.count(bundleContext, "SELECT COUNT(*) FROM vol_upgrade_probe"));

        // disabling switches the street off again
        assertEquals(204, api.delete("/streets/" + SUN_ISLAND + "/modules/volunteer").status());
        assertError(api.get("/volunteer/streets/" + SUN_ISLAND + "/teams"), 403, "MODULE_NOT_ENABLED");
    }

    /** Bundle id → state of every bundle but the module's own. */
    private Map<Long, String> bundleStates() {
        Map<Long, String> states = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (!MODULE_BUNDLE.equals(b.getSymbolicName())) {
                states.put(b.getBundleId(), b.getSymbolicName() + "@" + b.getState());
            }
        }
        return states;
    }

    private static String describe(List<BundleEvent> events) {
        List<String> names = new ArrayList<>();
        events.forEach(e -> names.add(e.getBundle().getSymbolicName() + ":" + e.getType()));
        return names.toString();
    }

    static void waitForStatus(ApiClient api, String path, int status) throws InterruptedException {
        ApiClient.Response last = null;
        for (int i = 0; i < 1200; i++) {  // 60 s: a cold machine resolves and migrates a module slowly
            last = api.get(path);
            if (last.status() == status) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + status + ": " + last);
    }

    static JsonNode ok(ApiClient.Response r) {
        assertTrue(r.toString(), r.status() == 200 || r.status() == 201);
        return r.json();
    }

    static void assertError(ApiClient.Response r, int status, String code) {
        assertEquals(r.toString(), status, r.status());
        assertEquals(r.toString(), code, r.json().path("code").asText());
    }

    private static JsonNode find(JsonNode modules, String id) {
        for (JsonNode m : modules) {
            if (id.equals(m.path("id").asText())) {
                return m;
            }
        }
        throw new AssertionError("no module " + id + " in " + modules);
    }

    /** A client looping on core GETs, counting what did not answer 200. */
    private static final class CoreLoad {
        final AtomicInteger sent = new AtomicInteger();
        final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        CoreLoad(ApiClient api) {
            thread = new Thread(() -> {
                String[] paths = {"/streets", "/streets/" + SUN_ISLAND + "/members?size=5",
                    "/streets/" + SUN_ISLAND + "/organizations"};
                while (running.get()) {
                    String path = paths[sent.get() % paths.length];
                    try {
                        ApiClient.Response r = api.get(path);
                        if (r.status() != 200) {
                            failures.add(r.toString());
                        }
                    } catch (RuntimeException e) {
                        failures.add(path + ": " + e);
                    }
                    sent.incrementAndGet();
                }
            }, "core-load");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
        }
    }
}
