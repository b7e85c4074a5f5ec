package org.silverbranch.core.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;

public class OrganizationTreeTest {

    private static Organization org(long id, Long parentId, String name, OrganizationType type) {
        return new Organization(id, 0L, name, type, false, "230109002", null, parentId, null,
                OrganizationStatus.ACTIVE, null, null, List.of());
    }

    private static Organization branch(long id, Long parentId, String name, boolean retiree, int members, int full,
                                       List<LeaderRole> vacancies) {
        return new Organization(id, 0L, name, OrganizationType.BRANCH, retiree, "230109002", "230109002004",
                parentId, null, OrganizationStatus.ACTIVE, members, full, vacancies);
    }

    @Test
    public void nestsChildrenUnderParentsOrderedById() {
        List<Organization> orgs = List.of(
                branch(5, 3L, "怡园社区离退休干部党支部", true, 12, 12, List.of()),
                org(2, 1L, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE),
                org(1, null, "太阳岛街道工委", OrganizationType.STREET_COMMITTEE),
                branch(4, 2L, "天鹅湖社区离退休干部党支部", true, 23, 22, List.of(LeaderRole.DEPUTY_SECRETARY)),
                org(3, 1L, "怡园社区党委", OrganizationType.COMMUNITY_COMMITTEE));

        assertEquals(List.of(
                "太阳岛街道工委  STREET_COMMITTEE  #1",
                "├─ 天鹅湖社区党委  COMMUNITY_COMMITTEE  #2",
                "│  └─ 天鹅湖社区离退休干部党支部  BRANCH  #4  retiree  members 23 (full 22)  vacancies DEPUTY_SECRETARY",
                "└─ 怡园社区党委  COMMUNITY_COMMITTEE  #3",
                "   └─ 怡园社区离退休干部党支部  BRANCH  #5  retiree  members 12 (full 12)"),
                new OrganizationTree(orgs).lines());
    }

    @Test
    public void organizationWhoseParentIsElsewhereIsARoot() {
        List<Organization> orgs = List.of(
                org(1, null, "太阳岛街道工委", OrganizationType.STREET_COMMITTEE),
                branch(7, 99L, "外街道党支部", false, 3, 3, List.of(LeaderRole.SECRETARY, LeaderRole.DEPUTY_SECRETARY)));

        assertEquals(List.of(
                "太阳岛街道工委  STREET_COMMITTEE  #1",
                "外街道党支部  BRANCH  #7  members 3 (full 3)  vacancies SECRETARY,DEPUTY_SECRETARY"),
                new OrganizationTree(orgs).lines());
    }

    @Test
    public void parentCycleIsPrintedOnceInsteadOfLoopingOrHiding() {
        List<Organization> orgs = List.of(
                org(1, 2L, "甲党支部", OrganizationType.BRANCH),
                org(2, 1L, "乙党支部", OrganizationType.BRANCH));

        assertEquals(List.of(
                "甲党支部  BRANCH  #1",
                "└─ 乙党支部  BRANCH  #2"),
                new OrganizationTree(orgs).lines());
    }

    @Test
    public void showsStatusOfMergedOrganization() {
        Organization merged = new Organization(8L, 3L, "旧党支部", OrganizationType.BRANCH, true, "230109002", null,
                null, null, OrganizationStatus.MERGED, 0, 0, List.of());

        assertEquals(List.of("旧党支部  BRANCH  #8  retiree  MERGED  members 0 (full 0)"),
                new OrganizationTree(List.of(merged)).lines());
    }

    @Test
    public void emptyStreetPrintsNothing() {
        assertEquals(List.of(), new OrganizationTree(List.of()).lines());
    }
}
