package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.silverbranch.core.api.validation.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The core REST API v1 as a client uses it, on the booted distribution: the demo district, a member's life in
 * Chinese (create, read, edit, transfer), optimistic locking, every kind of bad request with its status, code and
 * field, and that a refused request leaves nothing behind.
 */
public class CoreApiIT extends SilverbranchTestSupport {

    private static final String SUN_ISLAND = "230109002";
    private static int sequence = 500;

    private ApiClient api;
    private long tianehuBranch;
    private long yiyuanBranch;

    @Override
    protected Ports ports() {
        return Ports.block(2);
    }

    @Before
    public void connect() {
        api = api();
        JsonNode branches = ok(api.get("/streets/" + SUN_ISLAND + "/organizations?type=BRANCH&retiree=true"));
        tianehuBranch = branchId(branches, "天鹅湖");
        yiyuanBranch = branchId(branches, "怡园");
    }

    // ------------------------------------------------------------ demo district

    @Test
    public void demoDistrictHasTianehuCommunityUnderSunIsland() {
        JsonNode street = ok(api.get("/streets/" + SUN_ISLAND));
        assertEquals("太阳岛街道", street.path("name").asText());
        assertEquals("SUBDISTRICT", street.path("kind").asText());
        JsonNode communities = ok(api.get("/streets/" + SUN_ISLAND + "/communities"));
        assertTrue(communities.toString(), contains(communities, "code", "230109002004", "name", "天鹅湖社区"));
        JsonNode counts = ok(api.get("/streets/" + SUN_ISLAND + "/counts"));
        assertTrue(counts.toString(), counts.path("activeMembers").asLong() > 50);
    }

    // ------------------------------------------------------------ a member's life

    @Test
    public void memberRoundTripInChinese() {
        ObjectNode body = wangXiulan();
        ApiClient.Response created = api.post("/streets/" + SUN_ISLAND + "/members", body);
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().path("id").asLong();
        assertEquals(api.baseUri() + "/members/" + id, created.header("Location").orElse(""));

        // sensitive fields leave masked unless asked for in full
        JsonNode masked = ok(api.get("/members/" + id));
        assertEquals(ResidentIdNumber.mask(body.path("idNumber").asText()), masked.path("idNumber").asText());
        assertEquals("139****0000", masked.path("phone").asText());
        JsonNode read = ok(api.get("/members/" + id + "?unmask=idNumber,phone,residencyPlace"));
        for (String field : List.of("name", "gender", "birthDate", "idNumber", "address", "communityCode",
                "formerEmployer", "joinedPartyOn")) {
            assertEquals(field, body.path(field).asText(), read.path(field).asText());
        }
        assertEquals(body.path("residency"), read.path("residency"));
        assertEquals(body.path("family"), read.path("family"));
        assertEquals("书法", read.path("specialties").get(0).asText());
        assertEquals(SUN_ISLAND, read.path("streetCode").asText());
        assertEquals("ACTIVE", read.path("status").asText());

        ObjectNode edit = (ObjectNode) read.deepCopy();
        edit.put("address", "松北区太阳岛街道天鹅湖社区5栋1单元");
        JsonNode edited = ok(api.put("/members/" + id, edit));
        assertEquals(read.path("version").asLong() + 1, edited.path("version").asLong());
        assertEquals("松北区太阳岛街道天鹅湖社区5栋1单元", ok(api.get("/members/" + id)).path("address").asText());

        ObjectNode transfer = ApiClient.JSON.createObjectNode().put("toBranchId", yiyuanBranch)
                .put("transferredOn", LocalDate.now().toString()).put("reason", "随子女搬家")
                .put("version", edited.path("version").asLong());
        JsonNode moved = ok(api.post("/members/" + id + "/transfer", transfer));
        assertEquals(tianehuBranch, moved.path("fromBranchId").asLong());
        assertEquals(yiyuanBranch, ok(api.get("/members/" + id)).path("branchId").asLong());
        assertEquals(1, ok(api.get("/members/" + id + "/transfers")).size());

        JsonNode found = ok(api.get("/streets/" + SUN_ISLAND + "/members?q=" + body.path("idNumber").asText()));
        assertEquals(1, found.path("total").asLong());
        assertEquals(id, found.path("items").get(0).path("id").asLong());
    }

    @Test
    public void aStaleVersionAnswers409AndKeepsTheNewerEdit() {
        JsonNode created = ok(api.post("/streets/" + SUN_ISLAND + "/members", wangXiulan()));
        long id = created.path("id").asLong();
        ObjectNode first = (ObjectNode) created.deepCopy();
        first.put("phone", "13900000001");
        ok(api.put("/members/" + id, first));
        ObjectNode stale = (ObjectNode) created.deepCopy();
        stale.put("phone", "13900000002");
        ApiClient.Response r = api.put("/members/" + id, stale);
        assertError(r, 409, "STALE_VERSION", null);
        assertEquals("13900000001", ok(api.get("/members/" + id + "?unmask=phone")).path("phone").asText());
    }

    @Test
    public void aDuplicateIdNumberAnswers409() {
        ObjectNode body = wangXiulan();
        ok(api.post("/streets/" + SUN_ISLAND + "/members", body));
        assertError(api.post("/streets/" + SUN_ISLAND + "/members", body), 409, "DUPLICATE_ID_NUMBER", "idNumber");
    }

    // ------------------------------------------------------------ bad requests leave nothing behind

    @Test
    public void everyBadRequestIsAClearErrorAndWritesNothing() {
        long before = memberCount();
        String members = "/streets/" + SUN_ISLAND + "/members";

        assertError(api.post(members, "{\"name\": \"王"), 400, "MALFORMED_JSON", null);
        assertError(api.post(members, wangXiulan().put("gender", "WOMAN")), 400, "VALIDATION_FAILED", "gender");
        assertError(api.post(members, wangXiulan().put("shoeSize", 38)), 400, "VALIDATION_FAILED", "shoeSize");
        assertError(api.post(members, wangXiulan().put("birthDate", "1948-02-30")), 400, "VALIDATION_FAILED",
                "birthDate");
        ObjectNode badCheckDigit = wangXiulan();
        String id = badCheckDigit.path("idNumber").asText();
        badCheckDigit.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        assertFieldCode(api.post(members, badCheckDigit), "idNumber", "INVALID_ID_NUMBER");
        assertFieldCode(api.post(members, wangXiulan().put("birthDate", "1948-03-16")), "idNumber",
                "ID_NUMBER_BIRTH_DATE_MISMATCH");
        assertFieldCode(api.post(members, wangXiulan().put("communityCode", "230109002999")), "communityCode",
                "UNKNOWN_COMMUNITY");
        assertFieldCode(api.post(members, wangXiulan().put("communityCode", "230109005003")), "communityCode",
                "COMMUNITY_NOT_IN_STREET");
        assertFieldCode(api.post(members, wangXiulan().put("branchId", 999_999)), "branchId", "UNKNOWN_BRANCH");
        assertError(api.post("/streets/230109999/members", wangXiulan()), 404, "STREET_NOT_FOUND", null);
        assertError(api.get("/members/999999"), 404, "MEMBER_NOT_FOUND", null);
        assertError(api.get(members + "?size=500"), 400, "VALIDATION_FAILED", "size");
        assertError(api.get(members + "?residency=ON_THE_MOON"), 400, "VALIDATION_FAILED", "residency");
        assertError(raw("POST", members, "text/plain", "王秀兰"), 415, "UNSUPPORTED_MEDIA_TYPE", null);
        String huge = wangXiulan().put("address", "很".repeat(600_000)).toString();
        assertError(raw("POST", members, "application/json", huge), 413, "PAYLOAD_TOO_LARGE", null);

        assertEquals("no refused request wrote a member", before, memberCount());
    }

    @Test
    public void errorMessagesAreChineseByDefaultAndEnglishOnRequest() {
        String members = "/streets/" + SUN_ISLAND + "/members";
        JsonNode zh = api.post(members, wangXiulan().put("gender", "WOMAN")).json();
        JsonNode en = api.acceptLanguage("en-US,en;q=0.9").post(members, wangXiulan().put("gender", "WOMAN")).json();
        assertTrue(zh.toString(), zh.path("fields").get(0).path("message").asText().contains("只能是以下之一"));
        assertTrue(en.toString(), en.path("fields").get(0).path("message").asText().contains("must be one of"));
        assertTrue(en.toString(), en.path("fields").get(0).path("message").asText().contains("FEMALE"));
    }

    // ------------------------------------------------------------ authentication

    @Test
    public void bearerTokensWorkUntilLogout() {
        ApiClient.Response issued = anonymousApi().post("/auth/token",
                ApiClient.JSON.createObjectNode().put("username", "admin").put("password", adminPassword()));
        assertEquals(issued.toString(), 200, issued.status());
        String token = issued.json().path("token").asText();
        assertEquals(200, raw("GET", "/streets", null, null, "Bearer " + token).status());
        assertEquals(204, raw("POST", "/auth/logout", null, null, "Bearer " + token).status());
        assertEquals(401, raw("GET", "/streets", null, null, "Bearer " + token).status());
        assertError(anonymousApi().post("/auth/token",
                        ApiClient.JSON.createObjectNode().put("username", "admin").put("password", "wrong")),
                401, "INVALID_CREDENTIALS", null);
    }

    @Test
    public void openApiDocumentIsPublicAndCoversTheContract() {
        JsonNode doc = ok(anonymousApi().get("/openapi.json"));
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        for (String path : List.of("/streets", "/streets/{code}", "/streets/{code}/communities",
                "/streets/{code}/organizations", "/organizations/{id}", "/streets/{code}/members", "/members/{id}",
                "/members/{id}/transfer", "/auth/token")) {
            assertTrue(path, doc.path("paths").has("/api/v1" + path));
        }
        assertTrue(doc.path("paths").path("/api/v1/streets/{code}/members").has("post"));
        assertTrue(doc.path("paths").path("/api/v1/members/{id}").has("put"));
    }

    // ------------------------------------------------------------ helpers

    /** The request body of the issue, with a fresh valid ID number each time. */
    private ObjectNode wangXiulan() {
        String first17 = "230109" + "19480315" + String.format("%03d", sequence++ % 1000);
        ObjectNode m = ApiClient.JSON.createObjectNode();
        m.put("name", "王秀兰").put("gender", "FEMALE").put("ethnicity", "汉族").put("birthDate", "1948-03-15")
                .put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17)).put("phone", "13904510000")
                .put("address", "松北区太阳岛街道天鹅湖社区3栋2单元").put("communityCode", "230109002004")
                .put("branchId", tianehuBranch).put("category", "RETIRED").put("membership", "FULL")
                .put("joinedPartyOn", "1972-07-01").put("formerEmployer", "哈尔滨市第三中学").put("formerPosition", "教师")
                .put("retiredOn", "2008-03-31").put("education", "大专");
        m.putObject("residency").put("status", "AWAY_SEASONAL").put("place", "海南省三亚市")
                .put("since", "2026-11-01").put("expectedReturn", "2027-04-15");
        m.putArray("specialties").add("书法");
        m.putArray("hobbies").add("太极拳");
        m.putArray("serviceNeeds").add("送学上门");
        m.putArray("family").addObject().put("relation", "女儿").put("name", "李娜").put("phone", "13800000000");
        return m;
    }

    private long memberCount() {
        return ok(api.get("/streets/" + SUN_ISLAND + "/members?size=1")).path("total").asLong();
    }

    private static JsonNode ok(ApiClient.Response r) {
        assertTrue(r.toString(), r.status() == 200 || r.status() == 201);
        return r.json();
    }

    private static void assertError(ApiClient.Response r, int status, String code, String field) {
        assertEquals(r.toString(), status, r.status());
        assertTrue("JSON error body: " + r, r.isJson());
        JsonNode body = r.json();
        assertEquals(r.toString(), code, body.path("code").asText());
        assertFalse(r.toString(), body.path("message").asText().isBlank());
        if (field != null) {
            List<String> fields = new ArrayList<>();
            body.path("fields").forEach(f -> fields.add(f.path("field").asText()));
            assertTrue(r + " names field " + field, fields.contains(field));
        }
    }

    private static void assertFieldCode(ApiClient.Response r, String field, String code) {
        assertEquals(r.toString(), 400, r.status());
        boolean found = false;
        for (JsonNode f : r.json().path("fields")) {
            found |= field.equals(f.path("field").asText()) && code.equals(f.path("code").asText());
        }
        assertTrue(r + " has " + field + ":" + code, found);
    }

    private ApiClient.Response raw(String method, String path, String contentType, String body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + adminPassword()).getBytes(StandardCharsets.UTF_8));
        return raw(method, path, contentType, body, basic);
    }

    /** A request the JSON client cannot make: another content type, an oversize body, a bearer token. */
    private ApiClient.Response raw(String method, String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUri() + path))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(method, r.uri(), r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long branchId(JsonNode branches, String communityPrefix) {
        for (JsonNode b : branches) {
            if (b.path("name").asText().startsWith(communityPrefix)) {
                return b.path("id").asLong();
            }
        }
        throw new AssertionError("no branch of " + communityPrefix + " in " + branches);
    }

    private static boolean contains(JsonNode array, String f1, String v1, String f2, String v2) {
        for (JsonNode n : array) {
            if (v1.equals(n.path(f1).asText()) && v2.equals(n.path(f2).asText())) {
                return true;
            }
        }
        return false;
    }
}
