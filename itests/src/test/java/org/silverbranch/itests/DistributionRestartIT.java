package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.validation.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What district IT does: unpack the archive, start {@code bin/karaf server}, record a member, stop, start again,
 * and find the member unchanged. A plain JUnit test (no Pax Exam), so it sees the distribution exactly as shipped.
 * <p>
 * Needs the real org.silverbranch.core.persistence (admin password file, demo branches, Derby under {@code data/})
 * and org.silverbranch.core.rest ({@code POST /streets/{code}/members}, {@code GET /members/{id}}).
 */
public class DistributionRestartIT {

    private static final Ports PORTS = Ports.block(9);
    private static final String SUN_ISLAND = "230109002";
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);

    /** Full values of the sensitive fields, so they can be compared with what was posted. */
    private static final String UNMASK = "?unmask=idNumber,phone,residencyPlace,healthNotes";

    private DistributionProcess karaf;
    private boolean passwordChanged;

    @Before
    public void unpack() throws Exception {
        karaf = DistributionProcess.unpack(SilverbranchTestSupport.distribution(), Paths.get("target", "restart-it"), PORTS);
    }

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void memberSurvivesRestart() throws Exception {
        long t0 = System.nanoTime();
        karaf.start();
        ApiClient api = awaitApi();
        long firstBoot = millisSince(t0);

        long branchId = retireeBranchOf(api, SUN_ISLAND);
        ObjectNode member = wangXiulan(branchId);
        ApiClient.Response created = api.post("/streets/" + SUN_ISLAND + "/members", member);
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().path("id").asLong();
        assertTrue("an id in " + created, id > 0);
        String memberPath = created.header("Location").orElse("/members/" + id);

        ApiClient.Response before = api.get(memberPath + UNMASK);
        assertEquals(before.toString(), 200, before.status());
        assertPostedFields(member, before.json());
        Path key = karaf.home().resolve("etc/silverbranch-keys/personal-data.key");
        assertEquals("the personal data key is the owner's only", "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        String keyText = Files.readString(key, StandardCharsets.US_ASCII);

        long t1 = System.nanoTime();
        assertTrue("karaf stops within 60 s by bin/stop", karaf.stop());
        long stop = millisSince(t1);
        long t2 = System.nanoTime();
        karaf.start();
        api = awaitApi();
        System.out.printf("DistributionRestartIT: first boot to API %d ms, bin/stop to exit %d ms, restart to API %d ms%n",
                firstBoot, stop, millisSince(t2));

        ApiClient.Response after = api.get(memberPath + UNMASK);
        assertEquals(after.toString(), 200, after.status());
        assertPostedFields(member, after.json());
        assertEquals("the member reads the same after the restart, its ID number decrypted with the same key",
                before.json(), after.json());
        assertEquals("the key file is kept", keyText, Files.readString(key, StandardCharsets.US_ASCII));
        assertTrue("the initial password file is gone once the password was changed",
                !Files.exists(karaf.data().resolve("initial-admin-password")));
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /**
     * Waits for an authenticated 200 on {@code GET /streets}; fails early if Karaf dies. On the first start the
     * generated admin password is changed first (its file is deleted then), as every user must.
     */
    private ApiClient awaitApi() {
        Path passwordFile = karaf.data().resolve("initial-admin-password");
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        String last = "no answer yet";
        ApiClient api = karaf.api().as("admin", SilverbranchTestSupport.ADMIN_PASSWORD);
        while (System.nanoTime() < deadline) {
            if (!karaf.isRunning()) {
                fail("karaf exited during boot; karaf.log ends:\n" + karaf.logTail(40));
            }
            try {
                if (Files.isRegularFile(passwordFile)) {
                    String initial = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
                    ApiClient.Response r = SilverbranchTestSupport.changeInitialAdminPassword(karaf.api(), initial,
                            SilverbranchTestSupport.ADMIN_PASSWORD);
                    passwordChanged |= r.status() == 204;
                    last = r.toString();
                } else if (passwordChanged || karaf.starts() > 1) {
                    ApiClient.Response r = api.get("/streets");
                    if (r.status() == 200) {
                        return api;
                    }
                    last = r.toString();
                } else {
                    last = "no " + passwordFile;
                }
            } catch (UncheckedIOException | IOException e) {
                last = e.getMessage();
            }
            SilverbranchTestSupport.sleep(250);
        }
        fail("no authenticated 200 on GET /api/v1/streets after " + BOOT_TIMEOUT.toSeconds() + " s: " + last
                + "\nkaraf.log ends:\n" + karaf.logTail(40));
        return null;
    }

    private static long retireeBranchOf(ApiClient api, String streetCode) {
        ApiClient.Response r = api.get("/streets/" + streetCode + "/organizations?type=BRANCH");
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode org : r.json()) {
            if (org.path("retiree").asBoolean(false) && "BRANCH".equals(org.path("type").asText())) {
                return org.path("id").asLong();
            }
        }
        throw new AssertionError("no retiree BRANCH in " + streetCode + ": " + r);
    }

    /** 王秀兰, a retired teacher who winters in Sanya (候鸟), with an ID number whose check character is computed. */
    static ObjectNode wangXiulan(long branchId) throws IOException {
        String first17 = "23010919480315123";
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        ObjectNode member = (ObjectNode) ApiClient.JSON.readTree("""
                {"name":"王秀兰","gender":"FEMALE","ethnicity":"汉族","birthDate":"1948-03-15",
                 "phone":"13904510000","address":"松北区太阳岛街道天鹅湖社区3栋2单元","communityCode":"230109002004",
                 "category":"RETIRED","membership":"FULL","joinedPartyOn":"1972-07-01",
                 "formerEmployer":"哈尔滨市第三中学","formerPosition":"教师","retiredOn":"2008-03-31",
                 "residency":{"status":"AWAY_SEASONAL","place":"海南省三亚市","since":"2026-11-01","expectedReturn":"2027-04-15"},
                 "education":"大专","specialties":["书法"],"hobbies":["太极拳"],"serviceNeeds":["送学上门"],
                 "family":[{"relation":"女儿","name":"李娜","phone":"13800000000"}]}
                """);
        member.put("idNumber", idNumber);
        member.put("branchId", branchId);
        return member;
    }

    /**
     * Every field that was posted comes back with the same value. Sensitive personal information (ID number,
     * whereabouts) may come back masked by default, so for those a value with {@code *} in it is accepted too.
     */
    static void assertPostedFields(JsonNode posted, JsonNode actual) {
        assertFields("", posted, actual);
    }

    private static void assertFields(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                assertFields(path + "." + f.getKey(), f.getValue(), actual.path(f.getKey()));
            }
        } else if (expected.isArray()) {
            assertEquals(path + " size in " + actual, expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertFields(path + "[" + i + "]", expected.get(i), actual.path(i));
            }
        } else if (path.equals(".idNumber") && actual.asText().contains("*")) {
            assertEquals(path + " (masked)", ResidentIdNumber.mask(expected.asText()), actual.asText());
        } else if (path.equals(".residency.place") && actual.asText().contains("*")) {
            return; // masked whereabouts: nothing more to compare
        } else if (expected.isNumber()) {
            assertEquals(path, expected.asLong(), actual.asLong());
        } else {
            assertEquals(path, expected.asText(), actual.isMissingNode() ? null : actual.asText());
        }
    }
}
