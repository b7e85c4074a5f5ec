package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Smoke test of the whole distribution: it boots, the core bundles run, the REST API answers with
 * authentication, and the shell commands print the demo district.
 * <p>
 * Needs the real core bundles: every test but {@link #coreBundlesAreActive()} needs org.silverbranch.core.persistence
 * (demo district, admin password file) and org.silverbranch.core.rest (the API); the shell tests need
 * org.silverbranch.core.shell and the persistence services it calls.
 */
public class PlatformIT extends SilverbranchTestSupport {

    static final String SUN_ISLAND = "230109002";

    @Override
    protected Ports ports() {
        return Ports.block(1);
    }

    // ------------------------------------------------------------ boot

    @Test
    public void coreBundlesAreActive() {
        for (String bsn : List.of("org.silverbranch.core.api", "org.silverbranch.core.persistence",
                "org.silverbranch.core.rest", "org.silverbranch.core.shell")) {
            assertBundleActive(bsn);
        }
    }

    // ------------------------------------------------------------ REST (needs persistence + rest)

    @Test
    public void streetsNeedAuthentication() {
        waitForApi();
        ApiClient.Response r = anonymousApi().get("/streets");

        assertEquals(r.toString(), 401, r.status());
        assertTrue("401 answers JSON: " + r, r.isJson());
        r.json();
    }

    @Test
    public void wrongPasswordIsRefused() {
        waitForApi();
        ApiClient.Response r = anonymousApi().as("admin", adminPassword() + "x").get("/streets");

        assertEquals(r.toString(), 401, r.status());
    }

    @Test
    public void adminSeesTheNineStreetsOfSongbei() {
        ApiClient.Response r = api().get("/streets");

        assertEquals(r.toString(), 200, r.status());
        JsonNode streets = r.json();
        assertTrue(r.toString(), streets.isArray());
        assertEquals(r.toString(), 9, streets.size());
        JsonNode sunIsland = find(streets, "code", SUN_ISLAND);
        assertEquals("太阳岛街道", sunIsland.path("name").asText());
    }

    // ------------------------------------------------------------ shell (needs shell + persistence)

    @Test
    public void streetsCommandListsEveryStreet() {
        String out = executeCommand("silverbranch:streets");

        List<String> rows = dataRows(out);
        assertEquals(out, 9, rows.size());
        assertTrue(out, rows.stream().anyMatch(row -> row.startsWith(SUN_ISLAND) && row.contains("太阳岛街道")));
        assertTrue(out, rows.stream().anyMatch(row -> row.startsWith("230109101") && row.contains("对青山镇")
                && row.contains("TOWN")));
    }

    @Test
    public void orgTreeShowsTheRetireeBranchesUnderTheirStreet() {
        String out = executeCommand("silverbranch:org-tree " + SUN_ISLAND);

        assertTrue(out, out.startsWith("太阳岛街道 (" + SUN_ISLAND + ")"));
        assertTrue(out, out.contains("STREET_COMMITTEE"));
        // A retiree branch sits below a community committee: its line is indented under a tree branch.
        assertTrue(out, out.lines().anyMatch(line -> line.matches("^[│ ]*[├└]─ .*BRANCH  #\\d+  retiree.*members \\d+.*")));
    }

    @Test
    public void orgTreeOfUnknownStreetIsOneLineError() {
        try {
            executeCommand("silverbranch:org-tree 230109999");
            fail("org-tree of an unknown street succeeded");
        } catch (CommandFailure e) {
            assertEquals("STREET_NOT_FOUND 230109999", e.getMessage());
        }
    }

    @Test
    public void countsOfTheDistrict() {
        String out = executeCommand("silverbranch:counts");

        assertTrue(out, out.lines().anyMatch(line -> line.matches("streets\\s+9")));
        assertTrue(out, out.lines().anyMatch(line -> line.matches("retiree branches\\s+[1-9]\\d*")));
    }

    @Test
    public void memberFindMasksIdNumbers() {
        // 王 is the commonest surname; the demo district is assumed to have a few.
        String out = executeCommand("silverbranch:member-find --size 5 王");

        List<String> rows = dataRows(out);
        assertFalse("the demo district has members named 王: " + out, rows.isEmpty());
        assertTrue(out, rows.size() <= 5);
        for (String row : rows) {
            assertTrue("masked ID number in: " + row, row.matches(".*\\b\\d{4}\\*{10}[0-9X]{4}\\b.*"));
            assertFalse("no full ID number in: " + row, row.matches(".*\\d{17}[0-9X].*"));
        }
    }

    // ------------------------------------------------------------ helpers

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    /** The rows of a table a command printed: everything after the dashed rule, up to an empty or footer line. */
    static List<String> dataRows(String out) {
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : out.lines().toList()) {
            if (!inTable) {
                inTable = line.matches("-+(\\s+-+)*");
            } else if (line.isBlank() || line.contains(" matching members shown")) {
                break;
            } else {
                rows.add(line);
            }
        }
        return rows;
    }
}
