package org.silverbranch.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.rest.internal.openapi.OpenApiGenerator;
import org.silverbranch.core.rest.internal.openapi.OpenApiResource;
import org.silverbranch.core.rest.internal.resource.AuthResource;
import org.silverbranch.core.rest.internal.resource.MemberResource;
import org.silverbranch.core.rest.internal.resource.StreetResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A core server and a module server built by {@link ServerFactory} on real CXF, behind CXF's servlet at
 * {@code /api} in an embedded Jetty, wired the way CXF's HTTP bundle wires them in Karaf (one destination registry
 * shared by the servlet and every bus). Checks what a client really gets: status, headers and JSON body.
 */
public class PublishedServerTest {

    private static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakeServices SERVICES = new FakeServices();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static RestTestServer server;
    private static String base;

    @BeforeClass
    public static void publish() throws Exception {
        OpenApiResource openApi = new OpenApiResource(() -> Map.of("/v1", List.of(StreetResource.class)),
                new OpenApiGenerator(JsonMapper.create()), "/v1");
        server = RestTestServer.start(SERVICES.authentication, SERVICES.modules, SERVICES.streets,
                        (code, language) -> java.util.Optional.empty(), 200L)
                .publish("core", List.of(new AuthResource(SERVICES.authentication),
                        new StreetResource(SERVICES.streets, null, SERVICES.members), new MemberResource(SERVICES.members),
                        openApi))
                .publish("meetings", List.of(new MeetingResource(), new StreetMeetingResource()));
        base = server.apiBase();
    }

    @AfterClass
    public static void unpublish() throws Exception {
        server.close();
    }

    @Test
    public void withoutCredentialsTheAnswerIs401JsonWithChallengeAndSecurityHeaders() throws Exception {
        HttpResponse<String> response = send(request("/v1/streets").GET());

        assertEquals(401, response.statusCode());
        assertEquals("application/json;charset=utf-8", header(response, "Content-Type").toLowerCase());
        assertTrue(header(response, "WWW-Authenticate").startsWith("Basic realm=\"Silverbranch\""));
        assertEquals("UNAUTHORIZED", body(response).path("code").asText());
        assertSecurityHeaders(response);
    }

    @Test
    public void withBasicCredentialsTheCallerReachesTheService() throws Exception {
        HttpResponse<String> response = send(authorized("/v1/streets").GET());

        assertEquals(200, response.statusCode());
        assertEquals("松北街道", body(response).path(0).path("name").asText());
        assertEquals(FakeServices.ADMIN, SERVICES.lastCaller);
        assertSecurityHeaders(response);
    }

    @Test
    public void nullsAreWrittenAndDatesAreIsoText() throws Exception {
        JsonNode member = body(send(request("/v1/members/1").header("Authorization", "Bearer token-1").GET()));

        assertEquals("1950-03-01", member.path("birthDate").asText());
        assertTrue(member.path("idNumber").isNull());
        assertEquals(28, member.size());
    }

    @Test
    public void badQueryParametersAre400NamingEachParameter() throws Exception {
        HttpResponse<String> response = send(authorized("/v1/streets/230109001/members?size=abc&residency=AWAY")
                .header("Accept-Language", "en-US").GET());

        assertEquals(400, response.statusCode());
        JsonNode body = body(response);
        assertEquals("VALIDATION_FAILED", body.path("code").asText());
        assertEquals("residency", body.at("/fields/0/field").asText());
        assertTrue(body.at("/fields/0/message").asText().contains("AWAY_SEASONAL"));
        assertEquals("size", body.at("/fields/1/field").asText());
    }

    @Test
    public void queryParametersReachTheServiceConverted() throws Exception {
        HttpResponse<String> response = send(authorized("/v1/streets/230109001/members?branch=7&status=active&q=%E5%BC%A0")
                .GET());

        assertEquals(200, response.statusCode());
        assertEquals(Long.valueOf(7), SERVICES.lastQuery.branchId());
        assertEquals("张", SERVICES.lastQuery.q());
        assertEquals(50, SERVICES.lastQuery.size());
        assertEquals("name", SERVICES.lastQuery.sort());
        assertEquals(1, body(response).path("total").asInt());
    }

    @Test
    public void idsThatAreNoNumberAndUnknownPathsAreNotFound() throws Exception {
        HttpResponse<String> notNumber = send(authorized("/v1/members/abc").GET());
        HttpResponse<String> unknown = send(authorized("/v1/nothing/here").GET());

        assertEquals(404, notNumber.statusCode());
        assertEquals("NOT_FOUND", body(notNumber).path("code").asText());
        assertSecurityHeaders(notNumber);
        assertEquals(404, unknown.statusCode());
        assertEquals("NOT_FOUND", body(unknown).path("code").asText());
    }

    @Test
    public void serviceExceptionsKeepTheirStatusAndCode() throws Exception {
        HttpResponse<String> notFound = send(authorized("/v1/members/9").GET());
        HttpResponse<String> stale = send(json(authorized("/v1/members/1"), "PUT", "{\"name\":\"张三\",\"version\":3}"));

        assertEquals(404, notFound.statusCode());
        assertEquals("找不到编号为 9 的党员。", body(notFound).path("message").asText());
        assertEquals(409, stale.statusCode());
        assertEquals("STALE_VERSION", body(stale).path("code").asText());
    }

    @Test
    public void unexpectedFailureIs500Json() throws Exception {
        HttpResponse<String> response = send(authorized("/v1/members/2").GET());

        assertEquals(500, response.statusCode());
        assertEquals("INTERNAL_ERROR", body(response).path("code").asText());
        assertSecurityHeaders(response);
    }

    @Test
    public void unknownFieldBrokenJsonAndEmptyBodyAre400() throws Exception {
        HttpResponse<String> unknown = post("/v1/streets/230109001/members", "{\"name\":\"张三\",\"residency\":{\"foo\":1}}");
        HttpResponse<String> broken = post("/v1/streets/230109001/members", "{\"name\":");
        HttpResponse<String> empty = post("/v1/streets/230109001/members", "");

        assertEquals(400, unknown.statusCode());
        assertEquals("residency.foo", body(unknown).at("/fields/0/field").asText());
        assertEquals("UNKNOWN_FIELD", body(unknown).at("/fields/0/code").asText());
        assertEquals(400, broken.statusCode());
        assertEquals("MALFORMED_JSON", body(broken).path("code").asText());
        assertEquals(400, empty.statusCode());
        assertEquals("BODY_REQUIRED", body(empty).path("code").asText());
    }

    @Test
    public void createAnswers201WithLocation() throws Exception {
        HttpResponse<String> response = post("/v1/streets/230109001/members", "{\"name\":\"张三\"}");

        assertEquals(201, response.statusCode());
        assertTrue(header(response, "Location"), header(response, "Location").matches("http://[^/]+/api/v1/members/5"));
        assertEquals(5, body(response).path("id").asInt());
    }

    @Test
    public void bodyOverTheLimitIs413WithOrWithoutContentLength() throws Exception {
        String large = "{\"name\":\"" + "张".repeat(100) + "\"}";
        HttpResponse<String> sized = post("/v1/streets/230109001/members", large);
        HttpResponse<String> chunked = send(authorized("/v1/streets/230109001/members")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))));

        assertEquals(413, sized.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", body(sized).path("code").asText());
        assertEquals(413, chunked.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", body(chunked).path("code").asText());
    }

    @Test
    public void wrongMethodAndMediaTypeHaveTheirCodes() throws Exception {
        HttpResponse<String> wrongMethod = send(authorized("/v1/members/1").DELETE());
        HttpResponse<String> wrongType = send(authorized("/v1/streets/230109001/members")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=张三")));

        assertEquals(405, wrongMethod.statusCode());
        assertEquals("METHOD_NOT_ALLOWED", body(wrongMethod).path("code").asText());
        assertTrue(String.join(",", wrongMethod.headers().allValues("Allow")).contains("PUT"));
        assertEquals(415, wrongType.statusCode());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", body(wrongType).path("code").asText());
    }

    @Test
    public void tokenAndApiDocumentNeedNoCredentials() throws Exception {
        HttpResponse<String> token = send(json(request("/v1/auth/token"), "POST",
                "{\"username\":\"admin\",\"password\":\"secret\"}"));
        HttpResponse<String> document = send(request("/v1/openapi.json").GET());
        HttpResponse<String> wrongPassword = send(json(request("/v1/auth/token"), "POST",
                "{\"username\":\"admin\",\"password\":\"nope\"}"));

        assertEquals(200, token.statusCode());
        assertEquals("token-1", body(token).path("token").asText());
        assertEquals("2026-12-31T00:00:00Z", body(token).path("expiresAt").asText());
        assertEquals(200, document.statusCode());
        assertTrue(body(document).path("paths").has("/api/v1/streets/{code}/members"));
        assertEquals(401, wrongPassword.statusCode());
        assertEquals("INVALID_CREDENTIALS", body(wrongPassword).path("code").asText());
        assertNull(header(wrongPassword, "WWW-Authenticate"));
    }

    @Test
    public void meIsTheCallerAndLogoutRevokesTheToken() throws Exception {
        JsonNode me = body(send(request("/v1/auth/me").header("Authorization", "Bearer token-1").GET()));
        HttpResponse<String> logout = send(request("/v1/auth/logout").header("Authorization", "Bearer token-1")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals("admin", me.path("username").asText());
        assertEquals("DISTRICT_ADMIN", me.path("role").asText());
        assertTrue(me.has("streetCode"));
        assertEquals(204, logout.statusCode());
        assertEquals("token-1", SERVICES.revokedToken);
    }

    @Test
    public void moduleIsServedBelowItsGroupWithTheSameAuthentication() throws Exception {
        HttpResponse<String> anonymous = send(request("/v1/meetings/meetings").GET());
        HttpResponse<String> notPublic = send(json(request("/v1/meetings/auth/token"), "POST", "{}"));
        HttpResponse<String> authorized = send(authorized("/v1/meetings/meetings").GET());

        assertEquals(401, anonymous.statusCode());
        assertEquals(401, notPublic.statusCode());
        assertEquals(200, authorized.statusCode());
        assertEquals("[\"党员大会\"]", authorized.body());
        assertSecurityHeaders(authorized);
    }

    @Test
    public void moduleStreetPathsPassTheGateOnlyForStreetsThatEnabledTheModule() throws Exception {
        HttpResponse<String> enabled = send(authorized("/v1/meetings/streets/230109001/meetings").GET());
        HttpResponse<String> notEnabled = send(authorized("/v1/meetings/streets/230109002/meetings").GET());
        HttpResponse<String> unknownStreet = send(authorized("/v1/meetings/streets/999999999/meetings").GET());

        assertEquals(200, enabled.statusCode());
        assertEquals("[\"230109001\"]", enabled.body());
        assertEquals(403, notEnabled.statusCode());
        assertEquals("MODULE_NOT_ENABLED", body(notEnabled).path("code").asText());
        assertEquals(404, unknownStreet.statusCode());
        assertEquals("STREET_NOT_FOUND", body(unknownStreet).path("code").asText());
    }

    @Test
    public void aModuleThatIsNotInstalledAnswers404ModuleNotInstalled() throws Exception {
        HttpResponse<String> response = send(authorized("/v1/volunteer/streets/230109001/teams").GET());

        assertEquals(404, response.statusCode());
        assertEquals("MODULE_NOT_INSTALLED", body(response).path("code").asText());
        assertEquals("NOT_FOUND", body(send(authorized("/v1/nothing/here").GET())).path("code").asText());
    }

    /** A module's street-scoped resource: the gate in front of it checks the street. */
    @Path("streets/{code}/meetings")
    public static class StreetMeetingResource {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<String> list(@javax.ws.rs.PathParam("code") String code) {
            return List.of(code);
        }
    }

    /** A module's resource as a module bundle writes it: plain JAX-RS, no CXF. */
    @Path("meetings")
    public static class MeetingResource {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<String> list() {
            return List.of("党员大会");
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    }

    private static HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", BASIC);
    }

    private static HttpRequest json(HttpRequest.Builder builder, String method, String body) {
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(json(authorized(path), "POST", body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return send(builder.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("DENY", header(response, "X-Frame-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", header(response, "Content-Security-Policy"));
        assertEquals("no-store", header(response, "Cache-Control"));
        assertEquals("no-referrer", header(response, "Referrer-Policy"));
    }
}
