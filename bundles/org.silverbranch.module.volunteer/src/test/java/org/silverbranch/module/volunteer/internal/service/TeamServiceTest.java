package org.silverbranch.module.volunteer.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET;
import static org.silverbranch.module.volunteer.internal.service.Fixture.STREET_ADMIN;
import static org.silverbranch.module.volunteer.internal.service.Fixture.assertFailure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.failure;
import static org.silverbranch.module.volunteer.internal.service.Fixture.fields;

import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.module.volunteer.internal.FakeCore;
import org.silverbranch.module.volunteer.internal.model.RosterInput;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.TeamInput;
import org.silverbranch.module.volunteer.internal.model.TeamMember;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;

public class TeamServiceTest {

    private static final Caller DISTRICT_ADMIN = Caller.system("district");

    private static Fixture f;

    @BeforeClass
    public static void open() {
        f = new Fixture();
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @Test
    public void aTeamIsCreatedWithItsRosterAndTheCaptainOnIt() {
        long[] m = f.members("王秀兰", "李建国", "张淑芬");

        Team team = f.teams.create(STREET_ADMIN, STREET, new TeamInput(" 天鹅湖爱心义剪队 ", ServiceType.HAIRCUT, null,
                FakeCore.TIANEHU, null, m[0], List.of(m[1], m[2]), null, null));

        assertEquals("天鹅湖爱心义剪队", team.name());
        assertEquals("爱心义剪", team.serviceName());
        assertEquals(TeamStatus.ACTIVE, team.status());
        assertEquals(Long.valueOf(m[0]), team.captainId());
        assertEquals("王秀兰", team.captainName());
        assertEquals(List.of("王秀兰", "李建国", "张淑芬"), team.members().stream().map(TeamMember::name).toList());
        assertEquals(team, f.teams.get(STREET_ADMIN, STREET, team.id()));
        assertEquals(3, f.db.count("SELECT COUNT(*) FROM vol_team_member WHERE team_id = ?", team.id()));
    }

    @Test
    public void aMemberOfAnotherStreetIsRefusedWithTheFieldNamed() {
        long[] m = f.members("刘玉兰");
        long songbei = f.memberOfSongbei("陈志强");
        long[] gone = f.members("赵德明");
        f.core.member(gone[0], "赵德明", STREET, MemberStatus.TRANSFERRED_OUT);

        ServiceException e = failure(() -> f.teams.create(STREET_ADMIN, STREET, new TeamInput("怡园义务血压站",
                ServiceType.BLOOD_PRESSURE, null, FakeCore.YIYUAN, null, m[0], List.of(m[0], songbei, gone[0], 999999L),
                null, null)));

        assertFailure(e, ErrorKind.BAD_REQUEST, "VALIDATION_FAILED");
        assertEquals(List.of("memberIds[1]:MEMBER_NOT_IN_STREET", "memberIds[2]:MEMBER_NOT_ACTIVE",
                "memberIds[3]:MEMBER_NOT_IN_STREET"), fields(e));
        assertEquals(List.of(String.valueOf(songbei), STREET), e.fields().get(0).args());
        assertEquals(0, f.db.count("SELECT COUNT(*) FROM vol_team WHERE name = ?", "怡园义务血压站"));

        // a district admin sees every street's members: the module itself finds the wrong street
        ServiceException asDistrict = failure(() -> f.teams.create(Caller.system("test"), STREET, new TeamInput(
                "怡园义务血压站", ServiceType.BLOOD_PRESSURE, null, FakeCore.YIYUAN, null, null, List.of(songbei),
                null, null)));
        assertEquals(List.of("memberIds[0]:MEMBER_NOT_IN_STREET"), fields(asDistrict));
    }

    @Test
    public void communityOrBranchIsRequiredAndOtherNeedsALabel() {
        ServiceException e = failure(() -> f.teams.create(STREET_ADMIN, STREET, new TeamInput("", ServiceType.OTHER,
                " ", null, null, null, List.of(), null, null)));

        assertFailure(e, ErrorKind.BAD_REQUEST, "VALIDATION_FAILED");
        assertEquals(List.of("name:REQUIRED", "serviceLabel:REQUIRED", "communityCode:COMMUNITY_OR_BRANCH_REQUIRED"),
                fields(e));
    }

    @Test
    public void communityAndBranchMustBelongToTheStreet() {
        // the district sees every street's branches: it is told the branch lies elsewhere
        ServiceException e = failure(() -> f.teams.create(DISTRICT_ADMIN, STREET, new TeamInput("巡逻队",
                ServiceType.PATROL, null, FakeCore.OUMEIYA, FakeCore.OUMEIYA_BRANCH, null, List.of(), null, null)));
        assertEquals(List.of("communityCode:COMMUNITY_NOT_IN_STREET", "branchId:BRANCH_NOT_IN_STREET"), fields(e));
        // a street's staff are not told that another street's branch exists
        e = failure(() -> f.teams.create(STREET_ADMIN, STREET, new TeamInput("巡逻队", ServiceType.PATROL, null,
                null, FakeCore.OUMEIYA_BRANCH, null, List.of(), null, null)));
        assertEquals(List.of("branchId:UNKNOWN_BRANCH"), fields(e));

        e = failure(() -> f.teams.create(STREET_ADMIN, STREET, new TeamInput("巡逻队", ServiceType.PATROL, null,
                FakeCore.TIANEHU, FakeCore.YIYUAN_BRANCH, null, List.of(), null, null)));
        assertEquals(List.of("branchId:BRANCH_NOT_IN_COMMUNITY"), fields(e));

        e = failure(() -> f.teams.create(STREET_ADMIN, STREET, new TeamInput("巡逻队", ServiceType.PATROL, null,
                null, FakeCore.TIANEHU_COMMITTEE, null, List.of(), null, null)));
        assertEquals(List.of("branchId:NOT_A_BRANCH"), fields(e));
    }

    @Test
    public void aBranchTeamTakesTheBranchCommunityAndOtherKeepsItsLabel() {
        Team team = f.teams.create(STREET_ADMIN, STREET, new TeamInput("怡园理论宣讲队", ServiceType.OTHER, "理论宣讲",
                null, FakeCore.YIYUAN_BRANCH, null, List.of(), null, null));

        assertEquals(FakeCore.YIYUAN, team.communityCode());
        assertEquals(Long.valueOf(FakeCore.YIYUAN_BRANCH), team.branchId());
        assertEquals("理论宣讲", team.serviceName());
        assertNull(team.captainId());
    }

    @Test
    public void theRosterIsReplacedButTheCaptainStays() {
        long[] m = f.members("孙桂英", "周国华", "吴秀珍");
        Team team = f.team("世茂巡逻队", ServiceType.PATROL, m[0], m[1]);

        ServiceException e = failure(() -> f.teams.replaceMembers(STREET_ADMIN, STREET, team.id(),
                new RosterInput(List.of(m[1], m[2]), team.version())));
        assertEquals(List.of("memberIds:CAPTAIN_NOT_IN_TEAM"), fields(e));

        Team changed = f.teams.replaceMembers(STREET_ADMIN, STREET, team.id(),
                new RosterInput(List.of(m[0], m[2]), team.version()));

        assertEquals(List.of(m[0], m[2]), changed.members().stream().map(TeamMember::memberId).toList());
        assertEquals(team.members().get(0).joinedAt(), changed.members().get(0).joinedAt());
        assertTrue(changed.version() > team.version());
    }

    @Test
    public void aStaleVersionIs409AndChangesNothing() {
        long[] m = f.members("郑丽华");
        Team team = f.team("军安清洁队", ServiceType.CLEANING, m);
        Team renamed = f.teams.update(STREET_ADMIN, STREET, team.id(), new TeamInput("军安环境清洁队",
                ServiceType.CLEANING, null, FakeCore.TIANEHU, null, m[0], null, null, team.version()));

        ServiceException e = failure(() -> f.teams.update(STREET_ADMIN, STREET, team.id(), new TeamInput("旧名字",
                ServiceType.CLEANING, null, FakeCore.TIANEHU, null, m[0], null, TeamStatus.INACTIVE, team.version())));
        assertFailure(e, ErrorKind.CONFLICT, "STALE_VERSION");
        e = failure(() -> f.teams.replaceMembers(STREET_ADMIN, STREET, team.id(),
                new RosterInput(List.of(m[0]), team.version())));
        assertFailure(e, ErrorKind.CONFLICT, "STALE_VERSION");

        assertEquals("军安环境清洁队", f.teams.get(STREET_ADMIN, STREET, team.id()).name());
        assertEquals(TeamStatus.ACTIVE, f.teams.get(STREET_ADMIN, STREET, team.id()).status());
        assertTrue(renamed.version() > team.version());
    }

    @Test
    public void aTeamOfAnotherStreetIsNotFound() {
        Team team = f.teams.create(new Caller("songbei-admin", Role.STREET_ADMIN, FakeCore.SONGBEI, null),
                FakeCore.SONGBEI, new TeamInput("欧美亚巡逻队", ServiceType.PATROL, null, FakeCore.OUMEIYA, null, null,
                        List.of(), null, null));

        assertFailure(failure(() -> f.teams.get(STREET_ADMIN, STREET, team.id())), ErrorKind.NOT_FOUND,
                "TEAM_NOT_FOUND");
        assertTrue(f.teams.list(STREET_ADMIN, STREET, null, null).stream().noneMatch(t -> t.id() == team.id()));
    }

    @Test
    public void writesNeedThePermissionTheStreetAndForSecretariesTheirBranch() {
        TeamInput input = new TeamInput("天鹅湖血压站", ServiceType.BLOOD_PRESSURE, null, FakeCore.TIANEHU,
                FakeCore.TIANEHU_BRANCH, null, List.of(), null, null);
        Caller viewer = new Caller("viewer", Role.VIEWER, STREET, null);
        Caller otherStreet = new Caller("songbei-admin", Role.STREET_ADMIN, FakeCore.SONGBEI, null);
        Caller otherSecretary = new Caller("yiyuan-secretary", Role.BRANCH_SECRETARY, STREET, FakeCore.YIYUAN_BRANCH);
        Caller secretary = new Caller("tianehu-secretary", Role.BRANCH_SECRETARY, STREET, FakeCore.TIANEHU_BRANCH);

        assertFailure(failure(() -> f.teams.create(viewer, STREET, input)), ErrorKind.FORBIDDEN, "FORBIDDEN");
        assertFailure(failure(() -> f.teams.create(otherStreet, STREET, input)), ErrorKind.NOT_FOUND,
                "STREET_NOT_FOUND");
        assertFailure(failure(() -> f.teams.create(otherSecretary, STREET, input)), ErrorKind.FORBIDDEN,
                "FORBIDDEN");
        Team team = f.teams.create(secretary, STREET, input);
        assertFailure(failure(() -> f.teams.update(otherSecretary, STREET, team.id(), input)), ErrorKind.FORBIDDEN,
                "FORBIDDEN");

        assertEquals(team, f.teams.get(viewer, STREET, team.id()));
        assertFailure(failure(() -> f.teams.get(otherStreet, STREET, team.id())), ErrorKind.NOT_FOUND,
                "STREET_NOT_FOUND");
        assertEquals(team.id(), f.teams.get(Caller.system("test"), STREET, team.id()).id());
    }
}
