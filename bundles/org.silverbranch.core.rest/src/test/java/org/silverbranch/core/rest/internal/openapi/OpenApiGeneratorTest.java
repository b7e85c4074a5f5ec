package org.silverbranch.core.rest.internal.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.junit.Test;
import org.silverbranch.core.rest.internal.JsonMapper;
import org.silverbranch.core.rest.internal.resource.AuthResource;
import org.silverbranch.core.rest.internal.resource.MemberResource;
import org.silverbranch.core.rest.internal.resource.OrganizationResource;
import org.silverbranch.core.rest.internal.resource.StreetResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class OpenApiGeneratorTest {

    private static final String SCHEMAS = "#/components/schemas/";

    private final ObjectNode document = new OpenApiGenerator(JsonMapper.create()).generate("/api", Map.of(
            "/v1", List.of(AuthResource.class, StreetResource.class, OrganizationResource.class, MemberResource.class),
            "/v1/meetings", List.of(MeetingResource.class)));

    @Test
    public void isOpenApi303WithBothSecuritySchemesRequiredGlobally() {
        assertEquals("3.0.3", document.path("openapi").asText());
        assertEquals("basic", document.at("/components/securitySchemes/basic/scheme").asText());
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asText());
        assertTrue(document.at("/security/0").has("basic"));
        assertTrue(document.at("/security/1").has("bearer"));
    }

    @Test
    public void memberPathsOfAStreetHaveGetAndPostWithTheirParameters() {
        JsonNode members = document.path("paths").path("/api/v1/streets/{code}/members");

        assertTrue(members.has("get"));
        assertTrue(members.has("post"));
        Map<String, JsonNode> parameters = parameters(members.path("get"));
        assertEquals(List.of("code", "q", "branch", "community", "residency", "status", "page", "size", "sort"),
                new ArrayList<>(parameters.keySet()));
        assertEquals("path", parameters.get("code").path("in").asText());
        assertTrue(parameters.get("code").path("required").asBoolean());
        assertEquals("query", parameters.get("q").path("in").asText());
        assertEquals("integer", parameters.get("branch").at("/schema/type").asText());
        assertEquals("int64", parameters.get("branch").at("/schema/format").asText());
        assertEquals("integer", parameters.get("size").at("/schema/type").asText());
        assertEquals(50, parameters.get("size").at("/schema/default").asInt());
        assertEquals("name", parameters.get("sort").at("/schema/default").asText());
        assertEquals("[\"RESIDENT\",\"AWAY_SEASONAL\",\"AWAY_LONG_TERM\"]",
                parameters.get("residency").at("/schema/enum").toString());
        assertEquals("StreetResource.members", members.at("/get/operationId").asText());
    }

    @Test
    public void pageOfMembersIsAnInlineObjectWithAnArrayOfMembers() {
        JsonNode schema = document.at("/paths/~1api~1v1~1streets~1{code}~1members/get/responses/200/content/"
                + "application~1json/schema");

        assertEquals("object", schema.path("type").asText());
        assertEquals("array", schema.at("/properties/items/type").asText());
        assertEquals(SCHEMAS + "Member", schema.at("/properties/items/items/$ref").asText());
        assertEquals("int64", schema.at("/properties/total/format").asText());
        assertEquals("int32", schema.at("/properties/page/format").asText());
    }

    @Test
    public void createIsDeclared201WithTheBodyAndResult() {
        JsonNode post = document.at("/paths/~1api~1v1~1streets~1{code}~1members/post");

        assertEquals(SCHEMAS + "Member", post.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertEquals(SCHEMAS + "Member", post.at("/responses/201/content/application~1json/schema/$ref").asText());
        assertFalse(post.path("responses").has("200"));
    }

    @Test
    public void memberSchemaShowsEveryFieldWithItsType() {
        JsonNode member = document.at("/components/schemas/Member/properties");

        assertEquals("string", member.at("/idNumber/type").asText());
        assertEquals(SCHEMAS + "Residency", member.at("/residency/$ref").asText());
        assertEquals("date", member.at("/birthDate/format").asText());
        assertEquals("int64", member.at("/id/format").asText());
        assertEquals(SCHEMAS + "Gender", member.at("/gender/$ref").asText());
        assertEquals(SCHEMAS + "FamilyContact", member.at("/family/items/$ref").asText());
        assertEquals("string", member.at("/specialties/items/type").asText());
        assertEquals("boolean", member.at("/demo/type").asText());
        assertEquals("int64", member.at("/monthlyPensionFen/format").asText());
        assertEquals(28, member.size());
        assertEquals("[\"MALE\",\"FEMALE\"]", document.at("/components/schemas/Gender/enum").toString());
        assertEquals("date", document.at("/components/schemas/Residency/properties/since/format").asText());
        assertEquals("date-time", document.at("/components/schemas/IssuedToken/properties/expiresAt/format").asText());
    }

    @Test
    public void numericIdsAreIntegerPathParametersWithoutTheirRegex() {
        JsonNode organization = document.path("paths").path("/api/v1/organizations/{id}");
        JsonNode end = document.path("paths").path("/api/v1/organizations/{id}/leaders/{leaderId}/end");

        assertTrue(organization.has("get"));
        assertTrue(organization.has("put"));
        assertEquals("integer", parameters(organization.path("get")).get("id").at("/schema/type").asText());
        assertEquals(List.of("id", "leaderId"), new ArrayList<>(parameters(end.path("post")).keySet()));
        assertEquals(SCHEMAS + "EndTermRequest", end.at("/post/requestBody/content/application~1json/schema/$ref").asText());
    }

    @Test
    public void onlyTheTokenRequestIsPublic() {
        JsonNode token = document.at("/paths/~1api~1v1~1auth~1token/post");
        JsonNode me = document.at("/paths/~1api~1v1~1auth~1me/get");

        assertTrue(token.path("security").isArray());
        assertEquals(0, token.path("security").size());
        assertTrue(me.path("security").isMissingNode());
        assertEquals(SCHEMAS + "Caller", me.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("No content", document.at("/paths/~1api~1v1~1auth~1logout/post/responses/204/description").asText());
    }

    @Test
    public void everyOperationHasTheStandardErrorAnswers() {
        JsonNode get = document.at("/paths/~1api~1v1~1members~1{id}/get/responses");

        for (String status : List.of("400", "401", "403", "404", "409", "413", "415")) {
            assertEquals(status, SCHEMAS + "ErrorResponse", get.at("/" + status + "/content/application~1json/schema/$ref").asText());
        }
        assertEquals(SCHEMAS + "FieldError",
                document.at("/components/schemas/ErrorResponse/properties/fields/items/$ref").asText());
    }

    @Test
    public void everyPathHasAnOperationAndPathsAreSorted() {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);

        // 17 paths, and the password change and the district-wide ID number search of the security issue
        assertEquals(19, paths.size());
        assertTrue(paths.contains("/api/v1/auth/password"));
        assertEquals("idNumber", document.at("/paths/~1api~1v1~1members/get/parameters/0/name").asText());
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        assertEquals(sorted, paths);
        for (String path : paths) {
            assertTrue(path, document.path("paths").path(path).size() > 0);
            assertTrue(path, path.startsWith("/api/v1/"));
        }
    }

    @Test
    public void moduleResourcesAppearBelowTheirGroupAddress() {
        JsonNode meeting = document.at("/paths/~1api~1v1~1meetings~1meetings~1{id}/get");

        assertEquals("MeetingResource.get", meeting.path("operationId").asText());
        assertEquals("string", parameters(meeting).get("id").at("/schema/type").asText());
        assertEquals("[\"FULL\",\"PROBATIONARY\"]", parameters(meeting).get("membership").at("/schema/enum").toString());
    }

    private static Map<String, JsonNode> parameters(JsonNode operation) {
        Map<String, JsonNode> result = new java.util.LinkedHashMap<>();
        operation.path("parameters").forEach(p -> result.put(p.path("name").asText(), p));
        return result;
    }

    /** A module's resource, as a module bundle would write it. */
    @Path("meetings")
    @Produces(MediaType.APPLICATION_JSON)
    public static class MeetingResource {

        @GET
        @Path("{id}")
        public Map<String, String> get(@PathParam("id") String id,
                                       @QueryParam("membership") org.silverbranch.core.api.model.Membership membership) {
            return new HashMap<>();
        }
    }
}
