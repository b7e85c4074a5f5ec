package org.silverbranch.orglife.assessment.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;

/**
 * The shared {@link org.silverbranch.core.testing.FakeCore} holding 太阳岛街道 (branches 天鹅湖 and 怡园, the 天鹅湖
 * community committee) and 松北街道 (branch 欧美亚); terms are judged current on 2026-12-20 and searches come in name
 * order.
 */
public final class FakeCore extends org.silverbranch.core.testing.FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    /** 天鹅湖社区离退休干部党支部 (太阳岛街道). */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部 (太阳岛街道). */
    public static final long YIYUAN_BRANCH = 12;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;
    /** 天鹅湖社区党委: not a branch. */
    public static final long TIANEHU_COMMITTEE = 13;

    /** Leadership calls, to see a list asks once per branch. */
    public final AtomicInteger leadershipCalls = organizations.leadershipCalls;

    public FakeCore() {
        today(LocalDate.of(2026, 12, 20));
        searchOrder = Comparator.comparing(Member::name).thenComparing(Member::id);
        street(TAIYANGDAO, "太阳岛街道");
        street(SONGBEI, "松北街道");
        addOrganization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO);
        addOrganization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO);
        addOrganization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, SONGBEI);
        addOrganization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, TAIYANGDAO);
    }

    /** A new active full member of the branch. */
    public long member(String name, long branchId) {
        return newMember(name, branchId).add().id();
    }

    /** A further organization, e.g. a general branch (党总支) in which members are filed directly. */
    public void addOrganization(long id, String name, OrganizationType type, String street) {
        organization(id, name, type, true, street);
    }

    /** The member moves (a transfer) to the branch, and so to its street. */
    public void move(long memberId, long branchId) {
        Member m = memberRecord(memberId);
        Organization branch = org(branchId);
        member(new Member(m.id(), m.version() + 1, m.name(), m.gender(), m.ethnicity(),
                m.birthDate(), m.idNumber(), m.phone(), m.address(), branch.streetCode(), m.communityCode(), branchId,
                m.category(), m.membership(), m.joinedPartyOn(), m.formerEmployer(), m.formerPosition(),
                m.retiredOn(), m.healthNotes(), m.residency(), m.education(), m.specialties(), m.hobbies(),
                m.serviceNeeds(), m.family(), m.status(), m.demo(), m.monthlyPensionFen()));
    }

    /** A secretary term of the member in the branch; {@code end} null runs on. */
    public void secretary(long branchId, long memberId, LocalDate start, LocalDate end) {
        leader(new Leader(nextId(), 0L, branchId, memberId, memberRecord(memberId).name(), LeaderRole.SECRETARY,
                start, end, null));
    }
}
