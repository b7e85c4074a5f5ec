package org.silverbranch.module.volunteer.internal;

import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.OrganizationType;

/**
 * The shared {@link org.silverbranch.core.testing.FakeCore} holding 太阳岛街道 (communities 天鹅湖 and 怡园, their
 * retiree branches and the 天鹅湖 committee) and 松北街道 (欧美亚 and its branch).
 * Organizations and members are found with the core's own scope rules.
 */
public final class FakeCore extends org.silverbranch.core.testing.FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final String TIANEHU = "230109002004";
    public static final String YIYUAN = "230109002005";
    public static final String OUMEIYA = "230109003001";
    /** 天鹅湖社区离退休干部党支部 (太阳岛街道). */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部 (太阳岛街道), in 怡园. */
    public static final long YIYUAN_BRANCH = 12;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;
    /** A community Party committee of 太阳岛街道: not a branch. */
    public static final long TIANEHU_COMMITTEE = 13;

    public FakeCore() {
        street(TAIYANGDAO, "太阳岛街道");
        street(SONGBEI, "松北街道");
        community(TIANEHU, "天鹅湖社区", TAIYANGDAO);
        community(YIYUAN, "怡园社区", TAIYANGDAO);
        community(OUMEIYA, "欧美亚社区", SONGBEI);
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO, TIANEHU, null, 0);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO, YIYUAN, null, 0);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, true, SONGBEI, OUMEIYA, null, 0);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, true, TAIYANGDAO, TIANEHU,
                null, 0);
    }

    /** Adds an active member of a street, in the street's first branch. */
    public Member member(long id, String name, String streetCode) {
        return member(id, name, streetCode, MemberStatus.ACTIVE);
    }

    public Member member(long id, String name, String streetCode, MemberStatus status) {
        return member(id, name, streetCode.equals(TAIYANGDAO) ? TIANEHU_BRANCH : OUMEIYA_BRANCH, status);
    }
}
