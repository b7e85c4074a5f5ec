package org.silverbranch.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Records of the volunteer module, created over its REST API as a street worker would. */
final class VolunteerFixtures {

    private VolunteerFixtures() {
    }

    /** A haircut team (爱心义剪) of 天鹅湖社区 with three of its retiree branch's members; returns its id. */
    static long createTeam(ApiClient api, String streetCode) {
        JsonNode branches = ModuleIT.ok(api.get("/streets/" + streetCode + "/organizations?type=BRANCH&retiree=true"));
        long branch = -1;
        for (JsonNode b : branches) {
            if (b.path("name").asText().startsWith("天鹅湖")) {
                branch = b.path("id").asLong();
            }
        }
        assertTrue("the demo district has the 天鹅湖 retiree branch: " + branches, branch > 0);
        JsonNode members = ModuleIT.ok(api.get("/streets/" + streetCode + "/members?size=3&status=ACTIVE&branch=" + branch))
                .path("items");
        assertEquals("three active members of the branch: " + members, 3, members.size());
        ObjectNode team = ApiClient.JSON.createObjectNode().put("name", "天鹅湖爱心义剪队").put("serviceType", "HAIRCUT")
                .put("communityCode", "230109002004").put("captainId", members.get(0).path("id").asLong());
        members.forEach(m -> team.withArray("memberIds").add(m.path("id").asLong()));
        ApiClient.Response created = api.post("/volunteer/streets/" + streetCode + "/teams", team);
        assertEquals(created.toString(), 201, created.status());
        return created.json().path("id").asLong();
    }

    /** A shift of the team next week; returns its id. */
    static long createShift(ApiClient api, String streetCode, long teamId) {
        ObjectNode shift = ApiClient.JSON.createObjectNode().put("teamId", teamId)
                .put("date", LocalDate.now().plusDays(7).toString()).put("startTime", "09:00").put("endTime", "11:00")
                .put("place", "天鹅湖社区活动室").put("capacity", 3).put("signupMode", "OPEN");
        ApiClient.Response created = api.post("/volunteer/streets/" + streetCode + "/shifts", shift);
        assertEquals(created.toString(), 201, created.status());
        return created.json().get(0).path("id").asLong();
    }
}
