package org.silverbranch.orglife.supervision.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.LeaderRole;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Residency;
import org.silverbranch.core.api.model.ResidencyStatus;

/**
 * The shared {@link org.silverbranch.core.testing.FakeCore} holding a small district: two streets of Songbei
 * (太阳岛街道, 松北街道) with retiree branches, members and leaders; residency places masked and head counts computed
 * as the core does, terms judged current on 2026-11-05. Counts the calls, so tests can see how many the bundle makes.
 */
public final class FakeCore extends org.silverbranch.core.testing.FakeCore {

    public static final String TAIYANGDAO = "230109002";
    public static final String SONGBEI = "230109003";
    public static final String TIANEHU = "230109002004";
    public static final String YIYUAN = "230109002005";
    public static final String OUMEIYA = "230109003001";
    /** 天鹅湖社区离退休干部党支部 (太阳岛街道). */
    public static final long TIANEHU_BRANCH = 11;
    /** 怡园社区离退休干部党支部 (太阳岛街道). */
    public static final long YIYUAN_BRANCH = 12;
    /** 天鹅湖社区党委: not a branch. */
    public static final long TIANEHU_COMMITTEE = 13;
    /** 欧美亚社区离退休干部党支部 (松北街道). */
    public static final long OUMEIYA_BRANCH = 21;

    /** Calls of {@link org.silverbranch.core.api.OrganizationService#leadership}. */
    public final AtomicInteger leadershipCalls = organizations.leadershipCalls;
    /** Calls of {@link org.silverbranch.core.api.MemberService#search}. */
    public final AtomicInteger searchCalls = new AtomicInteger();

    public FakeCore() {
        today(LocalDate.of(2026, 11, 5));
        maskSensitive(true);
        liveCounts(true);
        street(TAIYANGDAO, "太阳岛街道");
        street(SONGBEI, "松北街道");
        community(TIANEHU, "天鹅湖社区", TAIYANGDAO);
        community(YIYUAN, "怡园社区", TAIYANGDAO);
        community(OUMEIYA, "欧美亚社区", SONGBEI);
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO, TIANEHU);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO, YIYUAN);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, TAIYANGDAO, TIANEHU);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, SONGBEI, OUMEIYA);
    }

    @Override
    protected Members newMembers() {
        return new Members() {
            @Override
            public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
                searchCalls.incrementAndGet();
                return super.search(caller, streetCode, query);
            }
        };
    }

    /** Adds an organization of a street (its counts come from the members added to it). */
    public void organization(long id, String name, OrganizationType type, String street, String community) {
        organization(id, name, type, true, street, community, null, 0);
    }

    /** A new active full member of the branch, at home. */
    public Member member(long branchId, String name) {
        return member(branchId, name, Membership.FULL, MemberStatus.ACTIVE, Residency.resident());
    }

    public Member member(long branchId, String name, Membership membership, MemberStatus status, Residency residency) {
        return newMember(name, branchId).membership(membership).status(status).residency(residency).add();
    }

    /** An away member of the branch expected back on the day (null: unknown). */
    public Member away(long branchId, String name, ResidencyStatus residency, LocalDate expectedReturn) {
        return member(branchId, name, Membership.FULL, MemberStatus.ACTIVE,
                new Residency(residency, "海南省三亚市", LocalDate.of(2026, 10, 20), expectedReturn));
    }

    /** Adds n members (FULL or PROBATIONARY) to the branch. */
    public void members(long branchId, int n, Membership membership) {
        for (int i = 0; i < n; i++) {
            member(branchId, "党员" + i, membership, MemberStatus.ACTIVE, Residency.resident());
        }
    }

    /** Appoints a member of the branch (a new one) to a position for the term. */
    public Leader leader(long branchId, LeaderRole role, LocalDate termStart, LocalDate termEnd) {
        Member m = member(branchId, role == LeaderRole.SECRETARY ? "张书记" : "委员" + lastId());
        return leader(new Leader(nextId(), 0L, branchId, m.id(), m.name(), role, termStart, termEnd, null));
    }
}
