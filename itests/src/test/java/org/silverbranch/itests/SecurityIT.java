package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.validation.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Security of the running distribution: the role × scope matrix over every endpoint of the OpenAPI document
 * (core and installed modules, so it grows with them), sensitive data masked by default and audited when shown,
 * the audit log, lockout, password change, tokens, hostile input, oversize bodies, and the hardened defaults of the
 * built distribution (SSH, JMX, shell ACL, no web console, headers, CORS, HTTPS by configuration).
 * <p>
 * Fixtures: street 太阳岛街道 ({@value #OWN}) is "own" for the street-scoped users, 松北街道 ({@value #FOREIGN}) is
 * "foreign"; every role has a user ({@code m-<role>}), street-scoped ones bound to the own street, the branch
 * secretary to the 天鹅湖 retiree branch. The module {@code volunteer} is installed and enabled for the own street
 * when the distribution offers it.
 */
public class SecurityIT extends SilverbranchTestSupport {

    static final String OWN = "230109002";
    static final String FOREIGN = "230109005";
    static final String NO_STREET = "230109999";
    static final String NO_ID = "999999999";
    static final String NO_USER = "no-such-user";
    /** Text that may only ever appear in answers to district-wide callers. */
    static final String FOREIGN_MARKER = "外街标记员";
    static final String API = "/api/v1";
    static final String USER_PASSWORD = "Matrix-Songbei-2026!";
    static final String HOSTILE_SQL = "'; DROP TABLE sb_member; --";
    static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> DISTRICT = EnumSet.of(Role.DISTRICT_ADMIN, Role.AUDITOR);
    private static final Set<Role> ADMINS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_ADMIN);
    private static final Set<Role> MEMBER_WRITERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_ADMIN,
            Role.BRANCH_SECRETARY);
    private static final Set<Role> MEMBER_READERS = EnumSet.complementOf(EnumSet.of(Role.SPECIALIST));
    private static final Set<Role> USER_READERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.STREET_ADMIN);
    private static final Set<Role> READ_ONLY = EnumSet.of(Role.AUDITOR, Role.VIEWER);

    /** What a role may do on the own street's records: who succeeds, and what the others get. */
    private record Expectation(Set<Role> allowed, int denied) {
    }

    /**
     * The core's operations (and the module mechanism's). Operations not listed here, i.e. those of modules, are
     * held to the rules every endpoint must keep: read-only roles never write, another street is not found (reads)
     * or refused (writes) exactly like a street or record that does not exist, no answer carries another street's
     * data, and nothing answers 500.
     */
    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/v1/streets", new Expectation(ALL, 0)),
            Map.entry("GET /api/v1/streets/{code}", new Expectation(ALL, 0)),
            Map.entry("GET /api/v1/streets/{code}/communities", new Expectation(ALL, 0)),
            Map.entry("GET /api/v1/streets/{code}/counts", new Expectation(ALL, 0)),
            Map.entry("GET /api/v1/streets/{code}/organizations", new Expectation(ALL, 0)),
            Map.entry("POST /api/v1/streets/{code}/organizations", new Expectation(ADMINS, 403)),
            Map.entry("GET /api/v1/streets/{code}/members", new Expectation(ALL, 0)),
            Map.entry("POST /api/v1/streets/{code}/members", new Expectation(MEMBER_WRITERS, 403)),
            Map.entry("GET /api/v1/organizations/{id}", new Expectation(ALL, 0)),
            Map.entry("PUT /api/v1/organizations/{id}", new Expectation(ADMINS, 403)),
            Map.entry("GET /api/v1/organizations/{id}/leadership", new Expectation(ALL, 0)),
            Map.entry("POST /api/v1/organizations/{id}/leaders", new Expectation(MEMBER_WRITERS, 403)),
            Map.entry("POST /api/v1/organizations/{id}/leaders/{leaderId}/end", new Expectation(MEMBER_WRITERS, 403)),
            Map.entry("GET /api/v1/members", new Expectation(EnumSet.of(Role.DISTRICT_ADMIN), 403)),
            Map.entry("GET /api/v1/members/{id}", new Expectation(MEMBER_READERS, 404)),
            Map.entry("PUT /api/v1/members/{id}", new Expectation(MEMBER_WRITERS, 403)),
            Map.entry("POST /api/v1/members/{id}/transfer", new Expectation(MEMBER_WRITERS, 403)),
            Map.entry("GET /api/v1/members/{id}/transfers", new Expectation(MEMBER_READERS, 404)),
            Map.entry("GET /api/v1/members/{id}/ledger", new Expectation(MEMBER_READERS, 404)),
            Map.entry("GET /api/v1/users", new Expectation(USER_READERS, 403)),
            Map.entry("POST /api/v1/users", new Expectation(ADMINS, 403)),
            Map.entry("GET /api/v1/users/{username}", new Expectation(USER_READERS, 403)),
            Map.entry("PUT /api/v1/users/{username}", new Expectation(ADMINS, 403)),
            Map.entry("POST /api/v1/users/{username}/password", new Expectation(ADMINS, 403)),
            Map.entry("POST /api/v1/users/{username}/unlock", new Expectation(ADMINS, 403)),
            Map.entry("GET /api/v1/audit", new Expectation(DISTRICT, 403)),
            Map.entry("GET /api/v1/auth/me", new Expectation(ALL, 0)),
            Map.entry("GET /api/v1/modules", new Expectation(ALL, 0)),
            Map.entry("GET /api/v1/modules/{id}", new Expectation(ALL, 0)),
            Map.entry("POST /api/v1/modules/{id}/install", new Expectation(EnumSet.of(Role.DISTRICT_ADMIN), 403)),
            Map.entry("POST /api/v1/modules/{id}/uninstall", new Expectation(EnumSet.of(Role.DISTRICT_ADMIN), 403)),
            Map.entry("GET /api/v1/streets/{code}/modules", new Expectation(ALL, 0)),
            Map.entry("PUT /api/v1/streets/{code}/modules/{id}", new Expectation(ADMINS, 403)),
            Map.entry("DELETE /api/v1/streets/{code}/modules/{id}", new Expectation(ADMINS, 403)));

    /** Operations on the caller's own credentials: tested on their own below, never run by the matrix. */
    private static final Set<String> SELF_SERVICE = Set.of("POST /api/v1/auth/token", "POST /api/v1/auth/logout",
            "POST /api/v1/auth/password", "GET /api/v1/openapi.json");

    /** Keeps ID numbers and user names unique in the container, also if building the fixture fails once. */
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    /** Built once per container (the test methods run in it): fixtures shared by every test. */
    private static Fixture fixture;

    @Override
    protected Ports ports() {
        return Ports.block(4);
    }

    /** HTTPS on by configuration only, with a throwaway self-signed key made here. */
    @Override
    protected Option[] additionalOptions() {
        Path keystore = selfSignedKeystore();
        String cfg = "etc/org.ops4j.pax.web.cfg";
        return new Option[] {
            editConfigurationFilePut(cfg, "org.osgi.service.http.secure.enabled", "true"),
            editConfigurationFilePut(cfg, "org.osgi.service.http.port.secure", String.valueOf(ports().https())),
            editConfigurationFilePut(cfg, "org.ops4j.pax.web.ssl.keystore", keystore.toString()),
            editConfigurationFilePut(cfg, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
            editConfigurationFilePut(cfg, "org.ops4j.pax.web.ssl.keystore.password", "matrix-store"),
            editConfigurationFilePut(cfg, "org.ops4j.pax.web.ssl.key.password", "matrix-store"),
        };
    }

    private static Path selfSignedKeystore() {
        Path keystore = Paths.get("target", "security-it", "https.p12").toAbsolutePath();
        try {
            Files.createDirectories(keystore.getParent());
            Files.deleteIfExists(keystore);
            Process keytool = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "silverbranch", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", "matrix-store", "-keypass", "matrix-store")
                    .redirectErrorStream(true).start();
            String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return keystore;
    }

    @Before
    public void fixtures() {
        synchronized (SecurityIT.class) {
            if (fixture == null) {
                fixture = new Fixture(api());
            }
        }
    }

    // ================================================================== the matrix

    /**
     * Every operation of the OpenAPI document × every role × the own street, another street, and a street or
     * record that does not exist.
     */
    @Test
    public void roleAndScopeMatrixOverEveryEndpointLeaksNothing() {
        Fixture f = fixture;
        JsonNode document = ok(anonymousApi().get("/openapi.json"));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        List<String> moduleOperations = new ArrayList<>();
        Map<String, Integer> ownStatus = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>();
        paths.forEachRemaining(ordered::add);
        for (Map.Entry<String, JsonNode> path : ordered) {
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String http = method.getKey().toUpperCase();
                String key = http + " " + path.getKey();
                if (SELF_SERVICE.contains(key)) {
                    continue;
                }
                operations++;
                Expectation expected = EXPECTED.get(key);
                if (expected == null) {
                    moduleOperations.add(key);
                }
                JsonNode operation = method.getValue();
                for (Role role : Role.values()) {
                    for (Scope scope : scopesOf(path.getKey(), role)) {
                        Call call = f.call(document, http, path.getKey(), operation, scope);
                        ApiClient.Response r = call.send(f.client(role));
                        requests++;
                        if (scope == Scope.OWN) {
                            ownStatus.put(key + " " + role, r.status());
                        }
                        check(failures, key, role, scope, expected, call, r, ownStatus.get(key + " " + role));
                        if (scope == Scope.FOREIGN && !DISTRICT.contains(role)) {
                            Call missing = f.call(document, http, path.getKey(), operation, Scope.MISSING);
                            ApiClient.Response m = missing.send(f.client(role));
                            requests++;
                            if (m.status() != r.status() || !code(m).equals(code(r))) {
                                failures.add(key + " as " + role + ": another street's record answers " + r.status()
                                        + " " + code(r) + " but a missing one " + m.status() + " " + code(m)
                                        + " (reveals that it exists)");
                            }
                        }
                        if (r.status() >= 200 && r.status() < 300 && isModuleSwitch(http, path.getKey())) {
                            f.restoreModules();
                        }
                    }
                }
            }
        }
        System.err.printf("SecurityIT matrix: %d operations (%d without a core expectation, i.e. modules: %s),"
                        + " %d roles, %d requests, %d failures%n", operations, moduleOperations.size(), moduleOperations,
                Role.values().length, requests, failures.size());
        assertTrue("the document lists the core operations", operations >= 30);
        assertTrue(failures.size() + " failures:\n" + String.join("\n", failures), failures.isEmpty());
    }

    /** Own: the caller's street and records; FOREIGN: another street's; MISSING: a street or record that does not exist. */
    enum Scope { OWN, FOREIGN, MISSING }

    private static List<Scope> scopesOf(String path, Role role) {
        return isScoped(path) ? List.of(Scope.OWN, Scope.FOREIGN) : List.of(Scope.OWN);
    }

    /** Whether the path names a street or a record of one (so it has a foreign variant). */
    static boolean isScoped(String path) {
        return path.contains("{code}") || path.contains("{streetCode}") || path.matches(".*/(members|organizations|users)/\\{.*");
    }

    private static boolean isModuleSwitch(String http, String path) {
        return path.startsWith(API + "/modules/") && path.endsWith("/uninstall")
                || http.equals("DELETE") && path.matches(".*/streets/\\{[a-zA-Z]+\\}/modules/\\{id\\}");
    }

    /** @param ownStatus what the same role got for the own street's record */
    private void check(List<String> failures, String key, Role role, Scope scope, Expectation expected, Call call,
                       ApiClient.Response r, Integer ownStatus) {
        String who = key + " as " + role + " (" + scope + ", " + call.uri() + ")";
        if (r.status() >= 500) {
            failures.add(who + ": " + r);
            return;
        }
        if (r.status() == 401) {
            failures.add(who + ": not authenticated: " + r);
            return;
        }
        boolean write = !key.startsWith("GET ");
        boolean scopedAway = scope == Scope.FOREIGN && !DISTRICT.contains(role);
        if (scopedAway) {
            boolean refusedAnyway = r.status() == 403 && Integer.valueOf(403).equals(ownStatus);
            if (!write && r.status() != 404 && !refusedAnyway) {
                failures.add(who + ": another street's record must be 404, was " + r);
            } else if (write && r.status() != 403 && r.status() != 404) {
                failures.add(who + ": a write to another street must be refused, was " + r);
            }
            return;
        }
        if (r.status() >= 200 && r.status() < 300) {
            String leak = leak(role, r);
            if (leak != null) {
                failures.add(who + ": LEAK " + leak + " in " + r);
            }
        }
        if (expected != null) {
            boolean allowed = expected.allowed().contains(role);
            if (allowed && (r.status() == 403 || r.status() == 404)) {
                failures.add(who + ": allowed, but answered " + r);
            } else if (!allowed && r.status() != expected.denied()) {
                failures.add(who + ": expected " + expected.denied() + ", was " + r);
            }
        } else if (write && READ_ONLY.contains(role) && r.status() != 403) {
            failures.add(who + ": a read-only role must not write: " + r);
        }
    }

    /** What a street-scoped caller must never see in an answer: another street's code, record or user. */
    private String leak(Role role, ApiClient.Response r) {
        if (DISTRICT.contains(role)) {
            return null;
        }
        String body = r.body() == null ? "" : r.body();
        for (String marker : List.of(FOREIGN, FOREIGN_MARKER, fixture.foreignUser,
                String.valueOf(fixture.foreignMemberIdNumberMasked))) {
            if (body.contains(marker)) {
                return "'" + marker + "'";
            }
        }
        if (r.isJson()) {
            List<String> streets = new ArrayList<>();
            r.json().findValues("streetCode").forEach(v -> streets.add(v.asText(null)));
            for (String street : streets) {
                if (street != null && !street.equals(OWN)) {
                    return "streetCode " + street;
                }
            }
        }
        return null;
    }

    // ================================================================== scope by hand: the attacks of the issue

    @Test
    public void aStreetAdminReachesForAnotherStreetsMemberInEveryWay() {
        Fixture f = fixture;
        ApiClient streetAdmin = f.client(Role.STREET_ADMIN);
        assertError(streetAdmin.get("/members/" + f.foreignMember), 404, "MEMBER_NOT_FOUND");
        assertError(streetAdmin.get("/members/" + f.foreignMember + "/transfers"), 404, "MEMBER_NOT_FOUND");
        assertError(streetAdmin.get("/streets/" + FOREIGN + "/members"), 404, "STREET_NOT_FOUND");
        JsonNode byId = ok(streetAdmin.get("/streets/" + OWN + "/members?q=" + f.foreignMemberIdNumber));
        assertEquals("another street's ID number is not found in the own street", 0, byId.path("total").asLong());
        assertError(streetAdmin.get("/members?idNumber=" + f.foreignMemberIdNumber), 403, "FORBIDDEN");
        assertEquals(1, ok(api().get("/members?idNumber=" + f.foreignMemberIdNumber)).size());
        ObjectNode intoOwnStreet = ApiClient.JSON.createObjectNode().put("toBranchId", f.ownBranch)
                .put("transferredOn", LocalDate.now().toString()).put("version", 1);
        assertError(streetAdmin.post("/members/" + f.foreignMember + "/transfer", intoOwnStreet), 403, "FORBIDDEN");
        assertError(streetAdmin.put("/members/" + f.foreignMember, ok(api().get("/members/" + f.foreignMember))),
                403, "FORBIDDEN");
        if (f.moduleStreetPath != null) {
            String foreignModule = f.moduleStreetPath.replace("{streetCode}", FOREIGN).replace("{code}", FOREIGN);
            assertError(streetAdmin.get(foreignModule), 404, "STREET_NOT_FOUND");
            assertError(streetAdmin.post(foreignModule, "{}"), 403, "FORBIDDEN");
        }
        assertEquals("the foreign member is unchanged", f.foreignMemberVersion,
                ok(api().get("/members/" + f.foreignMember)).path("version").asLong());
    }

    @Test
    public void aSecretaryEditsOnlyTheirOwnBranch() {
        Fixture f = fixture;
        ApiClient secretary = f.client(Role.BRANCH_SECRETARY);
        JsonNode other = ok(api().get("/members/" + f.ownOtherBranchMember));
        assertError(secretary.get("/members/" + f.ownOtherBranchMember), 404, "MEMBER_NOT_FOUND");
        assertError(secretary.put("/members/" + f.ownOtherBranchMember, other), 403, "FORBIDDEN");
        JsonNode mine = ok(secretary.get("/members/" + f.ownMember));
        ObjectNode edit = (ObjectNode) mine.deepCopy();
        edit.put("formerPosition", "校长");
        assertEquals("校长", ok(secretary.put("/members/" + f.ownMember, edit)).path("formerPosition").asText());
        for (JsonNode m : ok(secretary.get("/streets/" + OWN + "/members?size=200")).path("items")) {
            assertEquals(m.toString(), f.ownBranch, m.path("branchId").asLong());
        }
    }

    @Test
    public void aViewerAndAnAuditorNeverWrite() {
        Fixture f = fixture;
        for (Role role : READ_ONLY) {
            ApiClient client = f.client(role);
            assertError(client.post("/streets/" + OWN + "/members", f.memberBody(OWN, f.ownBranch)), 403, "FORBIDDEN");
            assertError(client.put("/members/" + f.ownMember, ok(api().get("/members/" + f.ownMember))), 403,
                    "FORBIDDEN");
            assertError(client.post("/users", f.userBody("x-" + role.name().toLowerCase(), OWN)), 403, "FORBIDDEN");
        }
    }

    // ================================================================== sensitive data and audit

    @Test
    public void sensitiveValuesAreMaskedByDefaultAndEachUnmaskIsAudited() {
        Fixture f = fixture;
        for (Role role : MEMBER_READERS) {
            ApiClient.Response r = f.client(role).get("/members/" + f.ownMember);
            JsonNode m = ok(r);
            assertEquals(role + ": " + r, ResidentIdNumber.mask(f.ownMemberIdNumber), m.path("idNumber").asText());
            assertEquals(role + ": " + r, "139****0000", m.path("phone").asText());
            assertEquals(role + ": " + r, "******", m.path("healthNotes").asText());
            assertEquals(role + ": " + r, "海南****", m.path("residency").path("place").asText());
            assertEquals(role + ": " + r, "138****0000", m.path("family").get(0).path("phone").asText());
            assertFalse(role + ": the full ID number never leaves masked answers", r.body().contains(f.ownMemberIdNumber));
            assertFalse(r.body().contains("13904510000"));
        }
        for (JsonNode m : ok(f.client(Role.VIEWER).get("/streets/" + OWN + "/members?size=200")).path("items")) {
            assertTrue(m.toString(), m.path("idNumber").asText().matches("\\d{4}\\*{10}[0-9X]{4}"));
        }
        assertError(f.client(Role.AUDITOR).get("/members/" + f.ownMember + "?unmask=idNumber"), 403, "FORBIDDEN");
        assertError(f.client(Role.VIEWER).get("/members/" + f.ownMember + "?unmask=phone"), 403, "FORBIDDEN");
        assertError(f.client(Role.STREET_ADMIN).get("/members/" + f.ownMember + "?unmask=salary"), 400,
                "VALIDATION_FAILED");

        JsonNode full = ok(f.client(Role.STREET_ADMIN).get("/members/" + f.ownMember + "?unmask=idNumber,healthNotes"));
        assertEquals(f.ownMemberIdNumber, full.path("idNumber").asText());
        assertEquals("高血压", full.path("healthNotes").asText());
        assertEquals("not asked for: still masked", "139****0000", full.path("phone").asText());

        JsonNode unmasks = ok(f.client(Role.AUDITOR).get("/audit?action=UNMASK&entityType=member&entityId="
                + f.ownMember + "&user=m-street_admin"));
        assertTrue(unmasks.toString(), unmasks.path("total").asLong() >= 1);
        JsonNode entry = unmasks.path("items").get(0);
        assertEquals(ResidentIdNumber.mask(f.ownMemberIdNumber), entry.path("changes").path("idNumber").get(0).asText());
        assertFalse("the audit log holds no full value", unmasks.toString().contains(f.ownMemberIdNumber));
    }

    @Test
    public void everyWriteIsAuditedWithMaskedBeforeAndAfter() {
        Fixture f = fixture;
        ApiClient streetAdmin = f.client(Role.STREET_ADMIN);
        JsonNode created = ok(streetAdmin.post("/streets/" + OWN + "/members", f.memberBody(OWN, f.ownBranch)));
        long id = created.path("id").asLong();
        ObjectNode edit = (ObjectNode) created.deepCopy();
        edit.put("phone", "13912345678");
        ok(streetAdmin.put("/members/" + id, edit));

        JsonNode log = ok(api().get("/audit?entityType=member&entityId=" + id));
        List<String> actions = new ArrayList<>();
        log.path("items").forEach(e -> actions.add(e.path("action").asText()));
        assertTrue(log.toString(), actions.containsAll(List.of("MEMBER_CREATE", "MEMBER_UPDATE")));
        JsonNode update = find(log.path("items"), "action", "MEMBER_UPDATE");
        assertEquals("m-street_admin", update.path("username").asText());
        assertEquals("STREET_ADMIN", update.path("role").asText());
        assertEquals(OWN, update.path("streetCode").asText());
        assertEquals("[\"139****0000\",\"139****5678\"]", update.path("changes").path("phone").toString());
        assertEquals("only the changed field", 1, update.path("changes").size());
        assertFalse(log.toString(), log.toString().contains("13912345678"));

        // append-only: no way to change or delete an entry
        long before = log.path("total").asLong();
        long entryId = update.path("id").asLong();
        assertTrue(api().delete("/audit").status() >= 400);
        assertTrue(api().delete("/audit/" + entryId).status() >= 400);
        assertTrue(api().put("/audit/" + entryId, "{}").status() >= 400);
        assertTrue(api().post("/audit", "{}").status() >= 400);
        assertEquals(before, ok(api().get("/audit?entityType=member&entityId=" + id)).path("total").asLong());
        assertError(f.client(Role.STREET_ADMIN).get("/audit"), 403, "FORBIDDEN");
        assertError(api().get("/audit?from=yesterday"), 400, "VALIDATION_FAILED");

        if (f.moduleStreetPath != null) {
            List<String> moduleActions = new ArrayList<>();
            ok(f.client(Role.AUDITOR).get("/audit?entityType=module&size=200")).path("items")
                    .forEach(e -> moduleActions.add(e.path("action").asText()));
            assertTrue(moduleActions.toString(), moduleActions.containsAll(List.of("MODULE_INSTALL", "MODULE_ENABLE")));
        }
    }

    @Test
    public void theShellListsUsersAndTheAuditLog() {
        String users = executeCommand("silverbranch:user-list");
        assertTrue(users, users.contains("m-street_admin") && users.contains("STREET_ADMIN"));
        String audit = executeCommand("silverbranch:audit --action USER_CREATE --size 5");
        assertTrue(audit, audit.contains("USER_CREATE"));
        String added = executeCommand("silverbranch:user-add --street " + OWN + " shell-viewer VIEWER");
        Matcher password = Pattern.compile("Password: (\\S+)").matcher(added);
        assertTrue(added, password.find());
        assertError(anonymousApi().as("shell-viewer", password.group(1)).get("/streets"), 403,
                "PASSWORD_CHANGE_REQUIRED");
        String log = executeCommand("silverbranch:audit --id shell-viewer");
        assertTrue("the audit names the console user: " + log, log.contains("system:shell:karaf"));
    }

    // ================================================================== logins

    @Test
    public void fiveFailedLoginsLockTheAccountUntilAnAdminUnlocksIt() {
        Fixture f = fixture;
        String name = f.createUser("m-lockout", Role.VIEWER, OWN, null);
        ObjectNode wrong = ApiClient.JSON.createObjectNode().put("username", name).put("password", "Wrong-Password-1");
        ObjectNode right = ApiClient.JSON.createObjectNode().put("username", name).put("password", USER_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertError(anonymousApi().post("/auth/token", wrong), 401, "INVALID_CREDENTIALS");
        }
        assertError(anonymousApi().post("/auth/token", right), 401, "ACCOUNT_LOCKED");
        assertEquals(401, anonymousApi().as(name, USER_PASSWORD).get("/streets").status());
        // an unknown user is locked the same way: the answers never tell whether a user exists
        ObjectNode ghost = ApiClient.JSON.createObjectNode().put("username", "m-ghost").put("password", "x");
        for (int i = 0; i < 5; i++) {
            assertError(anonymousApi().post("/auth/token", ghost), 401, "INVALID_CREDENTIALS");
        }
        assertError(anonymousApi().post("/auth/token", ghost), 401, "ACCOUNT_LOCKED");

        JsonNode locked = ok(api().get("/users/" + name));
        assertTrue(locked.toString(), locked.path("lockedUntil").isTextual());
        ok(api().post("/users/" + name + "/unlock", null));
        assertEquals(200, anonymousApi().post("/auth/token", right).status());
        List<String> actions = new ArrayList<>();
        ok(api().get("/audit?entityType=user&entityId=" + name + "&size=50")).path("items")
                .forEach(e -> actions.add(e.path("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(List.of("LOGIN_FAILURE", "ACCOUNT_LOCKED", "USER_UNLOCK",
                "LOGIN_SUCCESS")));
    }

    @Test
    public void aPasswordSetBySomeoneElseMustBeChangedBeforeAnythingElse() {
        Fixture f = fixture;
        String name = "m-fresh";
        String initial = "Initial-Pass-2026";
        ok(api().post("/users", f.userBody(name, OWN).put("password", initial)));
        ApiClient fresh = anonymousApi().as(name, initial);
        assertError(fresh.get("/streets"), 403, "PASSWORD_CHANGE_REQUIRED");
        assertError(fresh.get("/auth/me"), 403, "PASSWORD_CHANGE_REQUIRED");
        if (f.moduleStreetPath != null) {
            assertError(fresh.get(f.moduleStreetPath.replace("{streetCode}", OWN).replace("{code}", OWN)), 403,
                    "PASSWORD_CHANGE_REQUIRED");
        }
        String token = ok(anonymousApi().post("/auth/token", ApiClient.JSON.createObjectNode().put("username", name)
                .put("password", initial))).path("token").asText();
        assertEquals(403, bearer("GET", "/streets", token, null).status());

        assertFieldError(fresh.post("/auth/password", passwordChange(initial, "short")), "newPassword",
                "PASSWORD_TOO_SHORT");
        assertFieldError(fresh.post("/auth/password", passwordChange(initial, "abcdefghijkl")), "newPassword",
                "PASSWORD_TOO_WEAK");
        assertFieldError(fresh.post("/auth/password", passwordChange(initial, "M-Fresh-2026-x")), "newPassword",
                "PASSWORD_CONTAINS_USERNAME");
        assertFieldError(fresh.post("/auth/password", passwordChange("not-it-Aa1!", USER_PASSWORD)), "oldPassword",
                "WRONG_PASSWORD");
        assertEquals(204, fresh.post("/auth/password", passwordChange(initial, USER_PASSWORD)).status());
        assertEquals("a password change ends every session", 401, bearer("GET", "/streets", token, null).status());
        assertEquals(401, fresh.get("/streets").status());
        assertEquals(200, anonymousApi().as(name, USER_PASSWORD).get("/streets").status());
        assertFalse("the first-start password file is deleted once admin changed it",
                Files.exists(adminPasswordFile()));
    }

    @Test
    public void forgedRevokedAndOversizeTokensAreRefused() {
        for (String forged : List.of("forged", "a".repeat(43), "x".repeat(5000), "'; DROP TABLE sb_auth_token; --")) {
            ApiClient.Response r = bearer("GET", "/streets", forged, null);
            assertEquals(r.toString(), 401, r.status());
            assertFalse("no challenge that would pop up a browser dialog", r.header("WWW-Authenticate").isPresent());
        }
        String token = ok(anonymousApi().post("/auth/token", ApiClient.JSON.createObjectNode().put("username",
                "m-viewer").put("password", USER_PASSWORD))).path("token").asText();
        assertEquals(200, bearer("GET", "/streets", token, null).status());
        assertEquals(204, bearer("POST", "/auth/logout", token, null).status());
        assertEquals(401, bearer("GET", "/streets", token, null).status());
        assertEquals(401, anonymousApi().as("m-viewer", "Wrong-Password-1").get("/streets").status());
        assertEquals(401, anonymousApi().as("nobody-at-all", "Wrong-Password-1").get("/streets").status());
    }

    // ================================================================== hostile input

    @Test
    public void injectionAndScriptTextIsStoredAsTextAndLeavesJsonEscaped() {
        Fixture f = fixture;
        ObjectNode body = f.memberBody(OWN, f.ownBranch);
        for (String field : List.of("name", "address", "formerEmployer", "formerPosition", "healthNotes", "education")) {
            body.put(field, field.equals("name") || field.equals("education") ? HOSTILE_SQL.substring(0, 27)
                    : HOSTILE_SQL + " " + HOSTILE_SCRIPT);
        }
        body.put("ethnicity", HOSTILE_SCRIPT.substring(0, 20));
        ((ObjectNode) body.get("residency")).put("place", HOSTILE_SCRIPT);
        body.putArray("specialties").add(HOSTILE_SCRIPT);
        body.putArray("hobbies").add(HOSTILE_SQL);
        body.putArray("serviceNeeds").add(HOSTILE_SCRIPT);
        ((ObjectNode) body.path("family").get(0)).put("name", HOSTILE_SQL.substring(0, 27))
                .put("relation", HOSTILE_SCRIPT.substring(0, 20));
        ApiClient.Response created = api().post("/streets/" + OWN + "/members", body);
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().path("id").asLong();
        ApiClient.Response read = api().get("/members/" + id + "?unmask=idNumber,phone,healthNotes,residencyPlace");
        JsonNode m = ok(read);
        assertEquals(HOSTILE_SQL.substring(0, 27), m.path("name").asText());
        assertEquals(HOSTILE_SQL + " " + HOSTILE_SCRIPT, m.path("address").asText());
        assertEquals(HOSTILE_SQL + " " + HOSTILE_SCRIPT, m.path("healthNotes").asText());
        assertEquals(HOSTILE_SCRIPT, m.path("residency").path("place").asText());
        assertEquals(HOSTILE_SCRIPT, m.path("specialties").get(0).asText());
        assertFalse("markup leaves escaped: " + read.body(), read.body().contains("<"));
        assertTrue(read.body().contains("\\u003Cscript\\u003E"));
        assertTrue("the members table is still there",
                ok(api().get("/streets/" + OWN + "/members?size=1")).path("total").asLong() > 0);

        // every query parameter and path parameter of the document, hostile: never a 500, never executed
        JsonNode document = ok(anonymousApi().get("/openapi.json"));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || path.getKey().endsWith("/openapi.json")) {
                continue;
            }
            for (String hostile : List.of(HOSTILE_SQL, HOSTILE_SCRIPT, "' OR '1'='1", "%00", "../../etc/passwd")) {
                String target = fixture.concrete(path.getKey(), Scope.OWN);
                StringBuilder query = new StringBuilder();
                for (JsonNode p : get.path("parameters")) {
                    if (p.path("in").asText().equals("query")) {
                        query.append(query.length() == 0 ? "?" : "&").append(p.path("name").asText()).append('=')
                                .append(URLEncoder.encode(hostile, StandardCharsets.UTF_8));
                    }
                }
                ApiClient.Response r = api().get(target.substring(API.length()) + query);
                requests++;
                if (r.status() >= 500 || (r.body() != null && r.body().contains("<script"))) {
                    failures.add("GET " + target + query + ": " + r);
                }
                String hostilePath = path.getKey().replaceAll("\\{[^}]+\\}",
                        URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20"));
                ApiClient.Response p = api().get(hostilePath.substring(API.length()));
                requests++;
                if (p.status() >= 500 || (p.body() != null && p.body().contains("<script"))) {
                    failures.add("GET " + hostilePath + ": " + p);
                }
            }
        }
        System.err.println("SecurityIT hostile parameters: " + requests + " requests, " + failures.size() + " failures");
        assertTrue(String.join("\n", failures), failures.isEmpty());
        assertEquals(0, ok(api().get("/streets/" + OWN + "/members?q="
                + URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8))).path("total").asLong());
    }

    @Test
    public void oversizeBodiesAre413EverywhereEvenBeforeLogin() {
        String huge = "{\"username\":\"" + "很".repeat(600_000) + "\"}";
        for (String path : List.of("/users", "/streets/" + OWN + "/members", "/members/" + fixture.ownMember)) {
            ApiClient.Response r = api().send(path.startsWith("/members/") ? "PUT" : "POST", path, huge);
            assertError(r, 413, "PAYLOAD_TOO_LARGE");
        }
        assertError(anonymousApi().post("/auth/token", huge), 413, "PAYLOAD_TOO_LARGE");
    }

    // ================================================================== hardened distribution

    @Test
    public void theDistributionShipsHardenedDefaults() throws Exception {
        Path etc = Paths.get(System.getProperty("karaf.etc"));
        Properties shell = load(etc.resolve("org.apache.karaf.shell.cfg"));
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        assertEquals("false", shell.getProperty("sftpEnabled"));
        Properties jmx = load(etc.resolve("org.apache.karaf.management.cfg"));
        assertEquals("127.0.0.1", jmx.getProperty("rmiRegistryHost"));
        assertEquals("127.0.0.1", jmx.getProperty("rmiServerHost"));
        assertEquals("true", load(etc.resolve("org.apache.karaf.jaas.cfg")).getProperty("encryption.enabled"));
        assertEquals("admin", System.getProperty("karaf.secured.command.compulsory.roles"));
        Properties users = load(etc.resolve("users.properties"));
        assertTrue("no user in users.properties: " + users, users.isEmpty());
        for (Path cfg : Files.list(etc).filter(p -> p.toString().matches(".*\\.(cfg|properties)")).toList()) {
            Properties p = load(cfg);
            for (String name : p.stringPropertyNames()) {
                String value = p.getProperty(name).strip().toLowerCase();
                if (name.toLowerCase().contains("password")) {
                    assertFalse(cfg + ": " + name + " = " + value, Set.of("karaf", "admin", "password", "changeit",
                            "secret", "123456").contains(value));
                }
            }
        }
        Path key = etc.resolve("silverbranch-keys/personal-data.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));

        for (Bundle b : bundleContext.getBundles()) {
            assertFalse("no web console: " + b.getSymbolicName(),
                    b.getSymbolicName() != null && b.getSymbolicName().contains("webconsole"));
        }
        ApiClient.Response console = api().get("http://localhost:" + ports().http() + "/system/console");
        assertEquals(console.toString(), 404, console.status());
        assertFalse("no server name in error pages: " + console, (console.body() + console.headers()).contains("Jetty"));

        // a command scope without an ACL needs the admin role
        boolean ran;
        try {
            executeCommandAs("silverbranch:streets", "viewer-only", "viewer");
            ran = true;
        } catch (CommandFailure refused) {
            ran = false;
        }
        assertFalse("a viewer ran a command of a scope without an ACL", ran);
        assertTrue(executeCommand("silverbranch:streets").contains(OWN));

        assertSshOnlyOnLoopback();
    }

    private void assertSshOnlyOnLoopback() throws IOException {
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports().ssh()), 2000);
        }
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(address, ports().ssh()), 2000);
                        fail("SSH answers on " + address);
                    } catch (IOException expected) {
                        // refused: SSH listens on 127.0.0.1 only
                    }
                    return;
                }
            }
        }
        System.err.println("SecurityIT: no non-loopback IPv4 address to check SSH against");
    }

    @Test
    public void everyAnswerCarriesSecurityHeadersAndCorsStaysClosed() throws Exception {
        for (ApiClient.Response r : List.of(api().get("/streets"), anonymousApi().get("/streets"),
                api().get("/members/" + NO_ID), anonymousApi().get("/openapi.json"))) {
            assertEquals(r.toString(), "nosniff", r.header("X-Content-Type-Options").orElse(""));
            assertEquals(r.toString(), "DENY", r.header("X-Frame-Options").orElse(""));
            assertTrue(r.toString(), r.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertFalse(r.toString(), r.header("Server").isPresent());
            assertFalse(r.toString(), r.header("X-Powered-By").isPresent());
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String method : List.of("GET", "OPTIONS")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api().baseUri() + "/streets"))
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                    .header("Authorization", basic("admin", adminPassword()))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertTrue(method + " " + r.headers().map(), r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    public void httpsIsServedWhenConfigured() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
        HttpClient https = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "https://localhost:" + ports().https() + API;
        HttpResponse<String> doc = null;
        for (int i = 0; i < 40 && doc == null; i++) {
            try {
                doc = https.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                sleep(250);
            }
        }
        assertTrue("HTTPS answers on " + base, doc != null);
        assertEquals(200, doc.statusCode());
        HttpResponse<String> streets = https.send(HttpRequest.newBuilder(URI.create(base + "/streets"))
                .header("Authorization", basic("admin", adminPassword())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(streets.body(), 200, streets.statusCode());
        assertEquals("max-age=31536000", streets.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertTrue("no HSTS over plain HTTP", api().get("/streets").header("Strict-Transport-Security").isEmpty());
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    // ================================================================== fixtures

    /** Users of every role, their streets' records, and the way to fill any path of the document with them. */
    final class Fixture {

        final ApiClient admin;
        final Map<Role, ApiClient> clients = new LinkedHashMap<>();
        final long ownBranch;
        final long ownOtherBranch;
        final long foreignBranch;
        final long ownMember;
        final String ownMemberIdNumber;
        final long ownOtherBranchMember;
        final long foreignMember;
        final String foreignMemberIdNumber;
        final String foreignMemberIdNumberMasked;
        final long foreignMemberVersion;
        final long ownLeader;
        final long foreignLeader;
        final String ownUser;
        final String foreignUser;
        /** A path of a module below a street, e.g. {@code /volunteer/streets/{streetCode}/teams}; null without one. */
        String moduleStreetPath;
        private int sequence = SEQUENCE.addAndGet(100);

        Fixture(ApiClient admin) {
            this.admin = admin;
            ownBranch = branch(OWN, "天鹅湖");
            ownOtherBranch = branch(OWN, "怡园");
            foreignBranch = branch(FOREIGN, "");
            ObjectNode own = memberBody(OWN, ownBranch);
            ownMemberIdNumber = own.path("idNumber").asText();
            ownMember = ok(admin.post("/streets/" + OWN + "/members", own)).path("id").asLong();
            ownOtherBranchMember = ok(admin.post("/streets/" + OWN + "/members", memberBody(OWN, ownOtherBranch)))
                    .path("id").asLong();
            ObjectNode foreign = memberBody(FOREIGN, foreignBranch).put("name", FOREIGN_MARKER);
            foreignMemberIdNumber = foreign.path("idNumber").asText();
            foreignMemberIdNumberMasked = ResidentIdNumber.mask(foreignMemberIdNumber);
            JsonNode foreignCreated = ok(admin.post("/streets/" + FOREIGN + "/members", foreign));
            foreignMember = foreignCreated.path("id").asLong();
            ownLeader = leader(ownBranch, ownMember);
            foreignLeader = leader(foreignBranch, foreignMember);
            foreignMemberVersion = ok(admin.get("/members/" + foreignMember)).path("version").asLong();
            for (Role role : Role.values()) {
                String street = DISTRICT.contains(role) ? null : OWN;
                Long branch = role == Role.BRANCH_SECRETARY ? ownBranch : null;
                String name = createUser("m-" + role.name().toLowerCase(), role, role == Role.BRANCH_SECRETARY
                        ? null : street, branch);
                clients.put(role, anonymousApi().as(name, USER_PASSWORD));
            }
            ownUser = createUser("m-target-own", Role.VIEWER, OWN, null);
            foreignUser = createUser("m-target-foreign", Role.VIEWER, FOREIGN, null);
            setUpModules();
        }

        ApiClient client(Role role) {
            return clients.get(role);
        }

        /** A user with {@link #USER_PASSWORD}, already changed by the user as the platform requires. */
        String createUser(String name, Role role, String street, Long branch) {
            String initial = "Initial-Pass-2026-Aa";
            ObjectNode body = ApiClient.JSON.createObjectNode().put("username", name).put("password", initial)
                    .put("role", role.name()).put("streetCode", street);
            if (branch != null) {
                body.put("branchId", branch);
            }
            ApiClient.Response created = admin.post("/users", body);
            assertEquals(created.toString(), 201, created.status());
            ApiClient.Response changed = anonymousApi().as(name, initial).post("/auth/password",
                    passwordChange(initial, USER_PASSWORD));
            assertEquals(changed.toString(), 204, changed.status());
            return name;
        }

        /** Installs and enables the volunteer module for the own street, if the distribution offers it. */
        void setUpModules() {
            ApiClient.Response modules = admin.get("/modules");
            if (modules.status() != 200 || !modules.body().contains("\"volunteer\"")) {
                org.junit.Assert.fail("SecurityIT: no volunteer module offered; the distribution must ship it");
                return;
            }
            restoreModules();
        }

        /** (Again) installs the module and enables it for the own street; waits for its paths in the document. */
        void restoreModules() {
            ApiClient.Response installed = admin.post("/modules/volunteer/install", null);
            ApiClient.Response enabled = admin.put("/streets/" + OWN + "/modules/volunteer", null);
            if (installed.status() != 200 || enabled.status() >= 300) {
                org.junit.Assert.fail("SecurityIT: volunteer module not installed/enabled: " + installed + " " + enabled);
                return;
            }
            for (int i = 0; i < 80; i++) {
                String shortest = null;
                JsonNode paths = anonymousApi().get("/openapi.json").json().path("paths");
                for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                    String path = it.next();
                    if (path.startsWith(API + "/volunteer/streets/") && paths.path(path).has("get")
                            && (shortest == null || path.length() < shortest.length())) {
                        shortest = path;
                    }
                }
                if (shortest != null) {
                    moduleStreetPath = shortest.substring(API.length());
                    return;
                }
                sleep(250);
            }
            org.junit.Assert.fail("SecurityIT: the volunteer module's paths did not appear in the document");
        }

        private long branch(String street, String namePrefix) {
            JsonNode branches = ok(admin.get("/streets/" + street + "/organizations?type=BRANCH&retiree=true"));
            for (JsonNode b : branches) {
                if (b.path("name").asText().startsWith(namePrefix)) {
                    return b.path("id").asLong();
                }
            }
            throw new AssertionError("no branch " + namePrefix + " in " + branches);
        }

        private long leader(long branch, long member) {
            ObjectNode body = ApiClient.JSON.createObjectNode().put("memberId", member).put("role", "COMMITTEE_MEMBER")
                    .put("termStart", LocalDate.now().minusDays(1).toString());
            return ok(admin.post("/organizations/" + branch + "/leaders", body)).path("id").asLong();
        }

        /** 王秀兰 of the street, in the branch, with a new valid ID number. */
        ObjectNode memberBody(String street, long branch) {
            String first17 = "230109" + "19480315" + String.format("%03d", sequence++ % 1000);
            String community = street.equals(OWN) ? "230109002004" : "230109005012";
            ObjectNode m = ApiClient.JSON.createObjectNode();
            m.put("name", "王秀兰").put("gender", "FEMALE").put("birthDate", "1948-03-15")
                    .put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17)).put("phone", "13904510000")
                    .put("communityCode", community).put("branchId", branch).put("category", "RETIRED")
                    .put("membership", "FULL").put("healthNotes", "高血压");
            m.putObject("residency").put("status", "AWAY_SEASONAL").put("place", "海南省三亚市");
            m.putArray("family").addObject().put("relation", "女儿").put("name", "李娜").put("phone", "13800000000");
            return m;
        }

        ObjectNode userBody(String name, String street) {
            return ApiClient.JSON.createObjectNode().put("username", name).put("password", "Initial-Pass-2026")
                    .put("role", "VIEWER").put("streetCode", street);
        }

        /** The path with its parameters filled for the scope. */
        String concrete(String template, Scope scope) {
            String street = switch (scope) {
                case OWN -> OWN;
                case FOREIGN -> FOREIGN;
                case MISSING -> NO_STREET;
            };
            StringBuilder out = new StringBuilder();
            String[] segments = template.split("/");
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                if (i > 0) {
                    out.append('/');
                }
                if (!s.startsWith("{")) {
                    out.append(s);
                    continue;
                }
                String name = s.substring(1, s.length() - 1);
                String parent = i > 0 ? segments[i - 1] : "";
                out.append(switch (name) {
                    case "code", "streetCode" -> street;
                    case "username" -> scope == Scope.OWN ? ownUser : scope == Scope.FOREIGN ? foreignUser : NO_USER;
                    case "leaderId" -> scope == Scope.OWN ? String.valueOf(ownLeader)
                            : scope == Scope.FOREIGN ? String.valueOf(foreignLeader) : NO_ID;
                    default -> switch (parent) {
                        case "members" -> scope == Scope.OWN ? String.valueOf(ownMember)
                                : scope == Scope.FOREIGN ? String.valueOf(foreignMember) : NO_ID;
                        case "organizations" -> scope == Scope.OWN ? String.valueOf(ownBranch)
                                : scope == Scope.FOREIGN ? String.valueOf(foreignBranch) : NO_ID;
                        case "modules" -> "volunteer";
                        default -> discover(out.toString(), scope);
                    };
                });
            }
            return out.toString();
        }

        /** A module's own id: the first row of the collection the parameter follows (as admin), else 1. */
        private String discover(String collection, Scope scope) {
            if (scope == Scope.MISSING) {
                return NO_ID;
            }
            ApiClient.Response r = admin.get(collection.substring(API.length()));
            if (r.status() == 200 && r.isJson()) {
                JsonNode rows = r.json().isArray() ? r.json() : r.json().path("items");
                if (rows.isArray() && rows.size() > 0 && rows.get(0).has("id")) {
                    return rows.get(0).path("id").asText();
                }
            }
            return "1";
        }

        Call call(JsonNode document, String http, String template, JsonNode operation, Scope scope) {
            String path = concrete(template, scope);
            String query = "";
            for (JsonNode p : operation.path("parameters")) {
                if (p.path("in").asText().equals("query") && p.path("name").asText().equals("idNumber")) {
                    query = "?idNumber=" + foreignMemberIdNumber;
                }
            }
            Object body = null;
            if (operation.has("requestBody")) {
                body = body(document, http + " " + template, operation, scope);
            }
            String accept = "application/json";
            for (Iterator<String> types = operation.at("/responses/200/content").fieldNames(); types.hasNext(); ) {
                accept = types.next();
            }
            return new Call(http, path.substring(API.length()) + query, body, accept);
        }

        /** A realistic body for the core's writes, one made from the schema for the others. */
        private Object body(JsonNode document, String key, JsonNode operation, Scope scope) {
            String street = scope == Scope.OWN ? OWN : scope == Scope.FOREIGN ? FOREIGN : NO_STREET;
            long branch = scope == Scope.FOREIGN ? foreignBranch : ownBranch;
            String today = LocalDate.now().toString();
            return switch (key) {
                case "POST /api/v1/streets/{code}/members" -> memberBody(scope == Scope.FOREIGN ? FOREIGN : OWN, branch);
                case "PUT /api/v1/members/{id}" -> memberBody(scope == Scope.FOREIGN ? FOREIGN : OWN, branch)
                        .put("version", 0);
                case "POST /api/v1/members/{id}/transfer" -> ApiClient.JSON.createObjectNode()
                        .put("toBranchId", ownOtherBranch).put("transferredOn", today).put("version", 0);
                case "POST /api/v1/streets/{code}/organizations" -> ApiClient.JSON.createObjectNode()
                        .put("name", "矩阵测试党小组").put("type", "GROUP").put("parentId", branch);
                case "PUT /api/v1/organizations/{id}" -> ApiClient.JSON.createObjectNode().put("name", "矩阵测试")
                        .put("type", "BRANCH").put("version", 0);
                case "POST /api/v1/organizations/{id}/leaders" -> ApiClient.JSON.createObjectNode()
                        .put("memberId", scope == Scope.FOREIGN ? foreignMember : ownMember)
                        .put("role", "SECRETARY").put("termStart", "2000-01-01").put("termEnd", "2000-01-02");
                case "POST /api/v1/organizations/{id}/leaders/{leaderId}/end" -> ApiClient.JSON.createObjectNode()
                        .put("endedOn", today).put("version", 0);
                case "POST /api/v1/users" -> userBody("m-new-" + (sequence++), street);
                case "PUT /api/v1/users/{username}" -> ApiClient.JSON.createObjectNode().put("role", "VIEWER")
                        .put("streetCode", street).put("enabled", true).put("version", 0);
                case "POST /api/v1/users/{username}/password" -> ApiClient.JSON.createObjectNode()
                        .put("newPassword", "Reset-Pass-2026");
                default -> fromSchema(document, operation.at("/requestBody/content/application~1json/schema"), 0);
            };
        }

        /** A value of every property: "x", 1, true, the first enum value, today. */
        private JsonNode fromSchema(JsonNode document, JsonNode schema, int depth) {
            if (schema.has("$ref")) {
                String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
                return fromSchema(document, document.path("components").path("schemas").path(name), depth);
            }
            String type = schema.path("type").asText("object");
            if (schema.has("enum")) {
                return schema.path("enum").get(0);
            }
            switch (type) {
                case "string":
                    String format = schema.path("format").asText("");
                    return ApiClient.JSON.getNodeFactory().textNode(format.equals("date") ? LocalDate.now().toString()
                            : format.equals("date-time") ? java.time.Instant.now().toString() : "x");
                case "integer":
                case "number":
                    return ApiClient.JSON.getNodeFactory().numberNode(1);
                case "boolean":
                    return ApiClient.JSON.getNodeFactory().booleanNode(true);
                case "array":
                    return ApiClient.JSON.createArrayNode();
                default:
                    ObjectNode object = ApiClient.JSON.createObjectNode();
                    if (depth < 3) {
                        schema.path("properties").fields().forEachRemaining(p ->
                                object.set(p.getKey(), fromSchema(document, p.getValue(), depth + 1)));
                    }
                    return object;
            }
        }
    }

    /** One request of the matrix. */
    record Call(String method, String path, Object body, String accept) {

        String uri() {
            return method + " " + path;
        }

        ApiClient.Response send(ApiClient client) {
            return client.accept(accept).send(method, path, body);
        }
    }

    // ================================================================== helpers

    private static ObjectNode passwordChange(String oldPassword, String newPassword) {
        return ApiClient.JSON.createObjectNode().put("oldPassword", oldPassword).put("newPassword", newPassword);
    }

    private static String code(ApiClient.Response r) {
        try {
            return r.isJson() ? r.json().path("code").asText("") : "";
        } catch (AssertionError notJson) {
            return "";
        }
    }

    private ApiClient.Response bearer(String method, String path, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api().baseUri() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(method, r.uri(), r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    static JsonNode ok(ApiClient.Response r) {
        assertTrue(r.toString(), r.status() == 200 || r.status() == 201);
        return r.json();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    static void assertError(ApiClient.Response r, int status, String code) {
        assertEquals(r.toString(), status, r.status());
        assertEquals(r.toString(), code, code(r));
    }

    static void assertFieldError(ApiClient.Response r, String field, String code) {
        assertEquals(r.toString(), 400, r.status());
        List<String> found = new ArrayList<>();
        r.json().path("fields").forEach(f -> found.add(f.path("field").asText() + ":" + f.path("code").asText()));
        assertTrue(r + " has " + field + ":" + code, found.contains(field + ":" + code));
    }

}
