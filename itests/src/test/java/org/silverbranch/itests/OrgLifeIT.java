package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.silverbranch.itests.ModuleIT.assertError;
import static org.silverbranch.itests.ModuleIT.ok;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Organizational life in the running platform, over REST as a street worker records it: a quarter of meetings of the
 * demo branch 天鹅湖 and its compliance, dues arrears and the six-month watch, and a member's ledger that gathers the
 * core's entries and, once the volunteer module is installed, the module's.
 */
public class OrgLifeIT extends SilverbranchTestSupport {

    private static final String SUN_ISLAND = "230109002";

    private ApiClient api;
    private long branch;
    private List<Long> branchMembers;

    /** A year of dues and of the six-month watch behind today, whatever today is (district settings). */
    private static final YearMonth RECORDS_START = YearMonth.now().minusMonths(12);

    @Override
    protected Ports ports() {
        return Ports.block(5);
    }

    @Override
    protected Option[] additionalOptions() {
        return new Option[] {
            editConfigurationFilePut("etc/org.silverbranch.orglife.dues.cfg", "startMonth", RECORDS_START.toString()),
            editConfigurationFilePut("etc/org.silverbranch.orglife.oversight.cfg", "watchStartMonth",
                    RECORDS_START.toString()),
            // the watch as computed now, not as kept for the next minutes (what the cache serves is its own test)
            editConfigurationFilePut("etc/org.silverbranch.orglife.oversight.cfg", "watchCacheSeconds", "0"),
        };
    }

    @Before
    public void connect() {
        api = api();
        JsonNode branches = ok(api.get("/streets/" + SUN_ISLAND + "/organizations?type=BRANCH&retiree=true"));
        branch = PlatformIT.find(branches, "name", branchName(branches, "天鹅湖")).path("id").asLong();
        branchMembers = new ArrayList<>();
        ok(api.get("/streets/" + SUN_ISLAND + "/members?status=ACTIVE&size=50&branch=" + branch)).path("items")
                .forEach(m -> branchMembers.add(m.path("id").asLong()));
        assertTrue("the demo branch has members: " + branchMembers, branchMembers.size() >= 6);
    }

    @Test
    public void aQuarterOfMeetingsWithOneMissingPartyDayYieldsTheExpectedCompliance() {
        YearMonth lastMonth = YearMonth.now().minusMonths(3);
        int quarter = (lastMonth.getMonthValue() + 2) / 3;
        String period = lastMonth.getYear() + "-Q" + quarter;
        YearMonth first = YearMonth.of(lastMonth.getYear(), quarter * 3 - 2);

        JsonNode before = branchLine(ok(api.get("/streets/" + SUN_ISLAND + "/compliance?period=" + period)));
        int required = 0;
        for (JsonNode requirement : before.path("requirements")) {
            String type = requirement.path("type").asText();
            int slots = requirement.path("required").asInt();
            int slotMonths = Math.max(1, 3 / Math.max(1, slots));
            for (int slot = 0; slot < slots; slot++) {
                boolean skipped = type.equals("THEME_PARTY_DAY") && slot == slots - 1;
                if (!skipped) {
                    createMeeting(type, first.plusMonths((long) slot * slotMonths).atDay(10 + slot));
                }
            }
            required += slots;
        }
        assertTrue("a quarter requires the assembly, lectures and monthly Party days: " + before, required >= 5);

        JsonNode after = branchLine(ok(api.get("/streets/" + SUN_ISLAND + "/compliance?period=" + period)));
        for (JsonNode requirement : after.path("requirements")) {
            boolean partyDay = requirement.path("type").asText().equals("THEME_PARTY_DAY");
            assertEquals(requirement.toString(), partyDay ? "MISSED" : "MET", requirement.path("status").asText());
            assertEquals(requirement.toString(), requirement.path("required").asInt() - (partyDay ? 1 : 0),
                    requirement.path("held").asInt());
        }
        assertEquals(after.toString(), "MISSED", after.path("status").asText());
        assertEquals(after.toString(), required - 1, after.path("met").asInt());
        assertEquals(after.toString(), Math.round(1000.0 * (required - 1) / required) / 10.0,
                after.path("compliancePercent").asDouble(), 0.05);

        // the same figures from the branch's own year view, and CSV for the street
        JsonNode year = ok(api.get("/organizations/" + branch + "/compliance?year=" + lastMonth.getYear()));
        assertTrue(year.toString(), year.toString().contains("THEME_PARTY_DAY"));
        ApiClient.Response csv = api.accept("text/csv").get("/streets/" + SUN_ISLAND + "/compliance.csv?period=" + period);
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.body(), csv.body().contains("天鹅湖"));
    }

    @Test
    public void attendanceOfAMemberOutsideTheBranchIsRefusedAndNothingIsWritten() {
        JsonNode others = ok(api.get("/streets/230109005/members?status=ACTIVE&size=1")).path("items");
        ObjectNode meeting = meeting("PARTY_LECTURE", LocalDate.now().minusDays(1), branchMembers.subList(0, 2));
        ((ArrayNode) meeting.path("attendees")).addObject().put("memberId", others.get(0).path("id").asLong())
                .put("status", "PRESENT");
        long before = ok(api.get("/organizations/" + branch + "/meetings?size=1")).path("total").asLong();
        ApiClient.Response refused = api.post("/organizations/" + branch + "/meetings", meeting);
        assertEquals(refused.toString(), 400, refused.status());
        assertTrue(refused.toString(), refused.json().path("fields").toString().contains("attendees[2]"));
        assertEquals(before, ok(api.get("/organizations/" + branch + "/meetings?size=1")).path("total").asLong());
    }

    @Test
    public void aMemberFiveMonthsBehindWithDuesIsCriticalAndThreeMonthsBehindAWarning() {
        long critical = branchMembers.get(3);
        long warning = branchMembers.get(4);
        // the watch counts whole months up to the last one it judges (the running month is not late yet)
        YearMonth through = YearMonth.parse(ok(api.get("/streets/" + SUN_ISLAND + "/alerts")).path("watch")
                .path("countedThrough").asText());
        payUpTo(critical, through.minusMonths(5));
        payUpTo(warning, through.minusMonths(3));

        JsonNode watch = ok(api.get("/streets/" + SUN_ISLAND + "/alerts")).path("watch");
        JsonNode criticalFlag = flag(watch, critical, "NO_DUES");
        assertEquals(criticalFlag.toString(), "CRITICAL", criticalFlag.path("level").asText());
        assertEquals(criticalFlag.toString(), 5, criticalFlag.path("months").asInt());
        JsonNode warningFlag = flag(watch, warning, "NO_DUES");
        assertEquals(warningFlag.toString(), "WARNING", warningFlag.path("level").asText());
        assertEquals(warningFlag.toString(), 3, warningFlag.path("months").asInt());
        // the platform warns; it never changes a member's status itself
        assertEquals("ACTIVE", ok(api.get("/members/" + critical)).path("status").asText());

        // a month already paid is refused, naming the month, and nothing is written
        YearMonth paid = RECORDS_START.plusMonths(1);
        JsonNode year = ok(api.get("/members/" + critical + "/dues?year=" + paid.getYear()));
        long dues = year.path("paidFen").asLong();
        ApiClient.Response again = api.post("/members/" + critical + "/dues/payments",
                payment(List.of(paid), year.path("monthlyDueFen").asLong()));
        assertEquals(again.toString(), 409, again.status());
        assertTrue(again.toString(), again.json().path("fields").toString().contains(paid.toString()));
        assertEquals(dues, ok(api.get("/members/" + critical + "/dues?year=" + paid.getYear())).path("paidFen").asLong());
        assertError(api.post("/members/" + critical + "/dues/payments", payment(List.of(YearMonth.now()), -1)), 400,
                "VALIDATION_FAILED");
    }

    @Test
    public void theLedgerGathersTheCoresEntriesAndTheVolunteerModules() throws Exception {
        long member = branchMembers.get(0);
        createMeeting("HEART_TO_HEART", LocalDate.now());

        assertEquals("INSTALLED", ok(api.post("/modules/volunteer/install", null)).path("state").asText());
        ok(api.put("/streets/" + SUN_ISLAND + "/modules/volunteer", null));
        ModuleIT.waitForStatus(api, "/volunteer/streets/" + SUN_ISLAND + "/teams", 200);
        long team = VolunteerFixtures.createTeam(api, SUN_ISLAND);
        // a shift later today: a shift may not start in the past, and check-in is allowed on the shift's day
        if (LocalTime.now().isAfter(LocalTime.of(23, 55))) {
            Thread.sleep(Duration.between(LocalTime.now(), LocalTime.MAX).toMillis() + 61_000);
        }
        LocalTime start = LocalTime.now().withSecond(0).withNano(0).plusMinutes(2);
        LocalTime end = start.isAfter(LocalTime.of(23, 29)) ? LocalTime.of(23, 59) : start.plusMinutes(30);
        ObjectNode shift = ApiClient.JSON.createObjectNode().put("teamId", team).put("date", LocalDate.now().toString())
                .put("startTime", start.toString()).put("endTime", end.toString()).put("place", "天鹅湖社区活动室")
                .put("capacity", 3).put("signupMode", "OPEN");
        long shiftId = ok(api.post("/volunteer/streets/" + SUN_ISLAND + "/shifts", shift)).get(0).path("id").asLong();
        long teamMember = ok(api.get("/volunteer/streets/" + SUN_ISLAND + "/teams/" + team)).path("members").get(0)
                .path("memberId").asLong();
        JsonNode signup = ok(api.post("/volunteer/streets/" + SUN_ISLAND + "/shifts/" + shiftId + "/signups",
                ApiClient.JSON.createObjectNode().put("memberId", teamMember)));
        String signups = "/volunteer/streets/" + SUN_ISLAND + "/signups/" + signup.path("id").asLong();
        signup = ok(api.post(signups + "/check-in", version(signup)));
        ok(api.post(signups + "/approve-hours", version(signup)));

        JsonNode ledger = ok(api.get("/members/" + teamMember + "/ledger?year=" + LocalDate.now().getYear()));
        assertTrue(ledger.toString(), has(ledger.path("entries"), "volunteer"));
        assertTrue("the meeting attended today is in the ledger: " + ledger,
                teamMember != member || has(ledger.path("entries"), "core"));
        JsonNode own = ok(api.get("/members/" + member + "/ledger?year=" + LocalDate.now().getYear()));
        assertTrue(own.toString(), has(own.path("entries"), "core"));
    }

    // ------------------------------------------------------------ helpers

    /** Pays every month from the start of the records up to {@code last} included. */
    private void payUpTo(long member, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = RECORDS_START; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        long monthly = ok(api.get("/members/" + member + "/dues?year=" + RECORDS_START.getYear()))
                .path("monthlyDueFen").asLong();
        assertTrue("the demo member declared a pension", monthly > 0);
        ApiClient.Response paid = api.post("/members/" + member + "/dues/payments", payment(months, monthly * months.size()));
        assertEquals(paid.toString(), 201, paid.status());
    }

    private static ObjectNode payment(List<YearMonth> months, long amountFen) {
        ObjectNode payment = ApiClient.JSON.createObjectNode().put("amountFen", amountFen).put("method", "CASH")
                .put("paidOn", LocalDate.now().toString()).put("paidBy", "FAMILY").put("proxyName", "李娜");
        months.forEach(m -> payment.withArray("months").add(m.toString()));
        return payment;
    }

    private static JsonNode flag(JsonNode watch, long member, String reason) {
        for (JsonNode flag : watch.path("flags")) {
            if (flag.path("memberId").asLong() == member && reason.equals(flag.path("reason").asText())) {
                return flag;
            }
        }
        throw new AssertionError("no " + reason + " flag of member " + member + " in " + watch);
    }

    private void createMeeting(String type, LocalDate date) {
        ApiClient.Response created = api.post("/organizations/" + branch + "/meetings",
                meeting(type, date, branchMembers.subList(0, 5)));
        assertEquals(created.toString(), 201, created.status());
    }

    private ObjectNode meeting(String type, LocalDate date, List<Long> present) {
        ObjectNode meeting = ApiClient.JSON.createObjectNode().put("type", type).put("date", date.toString())
                .put("place", "天鹅湖社区党员活动室").put("topic", "学习党的二十届四中全会精神")
                .put("hostMemberId", present.get(0)).put("minutes", "与会党员逐一发言，交流学习体会。");
        ArrayNode attendees = meeting.putArray("attendees");
        for (int i = 0; i < present.size(); i++) {
            attendees.addObject().put("memberId", present.get(i)).put("status", i == 1 ? "REMOTE" : "PRESENT");
        }
        return meeting;
    }

    private JsonNode branchLine(JsonNode street) {
        for (JsonNode line : street.path("branches")) {
            if (line.path("organizationId").asLong() == branch) {
                return line;
            }
        }
        throw new AssertionError("branch " + branch + " not in " + street);
    }

    private static String branchName(JsonNode branches, String prefix) {
        for (JsonNode b : branches) {
            if (b.path("name").asText().startsWith(prefix)) {
                return b.path("name").asText();
            }
        }
        throw new AssertionError("no branch " + prefix + " in " + branches);
    }

    private static ObjectNode version(JsonNode record) {
        return ApiClient.JSON.createObjectNode().put("version", record.path("version").asLong());
    }

    private static boolean has(JsonNode entries, String source) {
        for (JsonNode e : entries) {
            if (source.equals(e.path("source").asText())) {
                return true;
            }
        }
        return false;
    }
}
