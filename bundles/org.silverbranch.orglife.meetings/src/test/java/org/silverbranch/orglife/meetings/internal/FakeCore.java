package org.silverbranch.orglife.meetings.internal;

import java.time.LocalDate;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.OrganizationType;

/**
 * The shared {@link org.silverbranch.core.testing.FakeCore} holding a small district of Songbei: 太阳岛街道 with the
 * 天鹅湖 retiree branch (two Party groups under it) and the 怡园 retiree branch, a general branch with a branch under
 * it, and 松北街道 with the 欧美亚 retiree branch.
 */
public final class FakeCore extends org.silverbranch.core.testing.FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final String TIANEHU = "230109002004";
    public static final String YIYUAN = "230109002005";
    public static final String OUMEIYA = "230109003001";
    /** 天鹅湖社区离退休干部党支部: two groups under it. */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部: no groups. */
    public static final long YIYUAN_BRANCH = 12;
    public static final long TIANEHU_COMMITTEE = 13;
    public static final long TIANEHU_GROUP_1 = 14;
    public static final long TIANEHU_GROUP_2 = 15;
    /** A general branch of 太阳岛街道 with the branch {@link #SUB_BRANCH} under it (not retiree). */
    public static final long GENERAL_BRANCH = 16;
    public static final long SUB_BRANCH = 17;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;

    public static final Caller DISTRICT_ADMIN = new Caller("district", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("taiyangdao", Role.STREET_ADMIN, TAIYANGDAO, null);
    public static final Caller VIEWER = new Caller("viewer", Role.VIEWER, TAIYANGDAO, null);
    public static final Caller SONGBEI_ADMIN = new Caller("songbei", Role.STREET_ADMIN, SONGBEI, null);
    public static final Caller TIANEHU_SECRETARY = new Caller("tianehu", Role.BRANCH_SECRETARY, TAIYANGDAO,
            TIANEHU_BRANCH);
    public static final Caller YIYUAN_SECRETARY = new Caller("yiyuan", Role.BRANCH_SECRETARY, TAIYANGDAO, YIYUAN_BRANCH);

    public FakeCore() {
        street(TAIYANGDAO, "太阳岛街道");
        street(SONGBEI, "松北街道");
        community(TIANEHU, "天鹅湖社区", TAIYANGDAO);
        community(YIYUAN, "怡园社区", TAIYANGDAO);
        community(OUMEIYA, "欧美亚社区", SONGBEI);
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO, TIANEHU, null, 9);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO, YIYUAN, null, 4);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, false, TAIYANGDAO, TIANEHU,
                null, 0);
        organization(TIANEHU_GROUP_1, "天鹅湖第一党小组", OrganizationType.GROUP, true, TAIYANGDAO, TIANEHU,
                TIANEHU_BRANCH, 0);
        organization(TIANEHU_GROUP_2, "天鹅湖第二党小组", OrganizationType.GROUP, true, TAIYANGDAO, TIANEHU,
                TIANEHU_BRANCH, 0);
        organization(GENERAL_BRANCH, "太阳岛街道机关党总支", OrganizationType.GENERAL_BRANCH, false, TAIYANGDAO, null,
                null, 3);
        organization(SUB_BRANCH, "太阳岛街道机关第一党支部", OrganizationType.BRANCH, false, TAIYANGDAO, null,
                GENERAL_BRANCH, 3);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, true, SONGBEI, OUMEIYA, null, 5);
    }

    public void committeeMember(long branchId, long memberId) {
        leader(branchId, memberId, LeaderRole.COMMITTEE_MEMBER, LocalDate.of(2024, 1, 1));
    }
}
