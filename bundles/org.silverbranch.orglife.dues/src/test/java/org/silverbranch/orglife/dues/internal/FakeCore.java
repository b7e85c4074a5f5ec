package org.silverbranch.orglife.dues.internal;

import java.time.LocalDate;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;

/**
 * The shared {@link org.silverbranch.core.testing.FakeCore} holding a small district: 太阳岛街道 (branches 天鹅湖 11,
 * 怡园 12, and a community committee 13) and 松北街道 (branch 欧美亚 21).
 */
public final class FakeCore extends org.silverbranch.core.testing.FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final long TIANEHU_BRANCH = 11;
    public static final long YIYUAN_BRANCH = 12;
    public static final long TIANEHU_COMMITTEE = 13;
    public static final long OUMEIYA_BRANCH = 21;

    public static final Caller DISTRICT = new Caller("district", Role.DISTRICT_ADMIN, null, null);
    public static final Caller AUDITOR = new Caller("auditor", Role.AUDITOR, null, null);
    public static final Caller STREET_ADMIN = new Caller("taiyangdao", Role.STREET_ADMIN, TAIYANGDAO, null);
    public static final Caller VIEWER = new Caller("viewer", Role.VIEWER, TAIYANGDAO, null);
    public static final Caller SONGBEI_ADMIN = new Caller("songbei", Role.STREET_ADMIN, SONGBEI, null);
    public static final Caller TIANEHU_SECRETARY = new Caller("tianehu", Role.BRANCH_SECRETARY, TAIYANGDAO,
            TIANEHU_BRANCH);
    public static final Caller YIYUAN_SECRETARY = new Caller("yiyuan", Role.BRANCH_SECRETARY, TAIYANGDAO,
            YIYUAN_BRANCH);

    public FakeCore() {
        street(new Street(TAIYANGDAO, "太阳岛街道", StreetKind.SUBDISTRICT, 2));
        street(new Street(SONGBEI, "松北街道", StreetKind.SUBDISTRICT, 1));
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, true, TAIYANGDAO);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, true, TAIYANGDAO);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, true, SONGBEI);
    }

    /** Adds an active member of the branch, joined the Party in 1975, with the pension (fen) or none. */
    public Member member(String name, long branchId, Long pensionFen) {
        return member(name, branchId, pensionFen, LocalDate.of(1975, 7, 1), MemberStatus.ACTIVE);
    }

    public Member member(String name, long branchId, Long pensionFen, LocalDate joined, MemberStatus status) {
        return newMember(name, branchId).monthlyPensionFen(pensionFen).joinedPartyOn(joined).status(status).add();
    }
}
