package org.silverbranch.module.venue.internal;

import java.lang.reflect.Proxy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.CadreCategory;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.api.model.Gender;
import org.silverbranch.core.api.model.Leader;
import org.silverbranch.core.api.model.Leadership;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Membership;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;

/**
 * Hand-written stand-ins for the core services the module calls (the module sees the core through these interfaces
 * only), holding a small district: two streets of Songbei (太阳岛街道, 松北街道), their communities, branches and
 * members. Thread-safe for the concurrency tests.
 */
public final class FakeCore {

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

    public final Streets streets = new Streets();
    public final Organizations organizations = new Organizations();
    public final MemberService members = members();

    private final Map<Long, Member> memberRecords = new ConcurrentHashMap<>();
    private final Map<Long, Organization> organizationRecords = new ConcurrentHashMap<>();

    public FakeCore() {
        organization(TIANEHU_BRANCH, "天鹅湖社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO, TIANEHU,
                OrganizationStatus.ACTIVE);
        organization(YIYUAN_BRANCH, "怡园社区离退休干部党支部", OrganizationType.BRANCH, TAIYANGDAO, YIYUAN,
                OrganizationStatus.ACTIVE);
        organization(OUMEIYA_BRANCH, "欧美亚社区离退休干部党支部", OrganizationType.BRANCH, SONGBEI, OUMEIYA,
                OrganizationStatus.ACTIVE);
        organization(TIANEHU_COMMITTEE, "天鹅湖社区党委", OrganizationType.COMMUNITY_COMMITTEE, TAIYANGDAO, TIANEHU,
                OrganizationStatus.ACTIVE);
    }

    /** Adds an active member of a street, in the community's first branch. */
    public Member member(long id, String name, String streetCode) {
        return member(id, name, streetCode, MemberStatus.ACTIVE);
    }

    public Member member(long id, String name, String streetCode, MemberStatus status) {
        return member(id, name, streetCode, status, streetCode.equals(TAIYANGDAO) ? TIANEHU_BRANCH : OUMEIYA_BRANCH);
    }

    /** Adds a member of a street in the given branch. */
    public Member member(long id, String name, String streetCode, MemberStatus status, Long branch) {
        String community = streetCode.equals(TAIYANGDAO) ? TIANEHU : OUMEIYA;
        Member m = new Member(id, 0L, name, Gender.FEMALE, "汉族", LocalDate.of(1950, 5, 1), null, null, null,
                streetCode, community, branch, CadreCategory.RETIRED, Membership.FULL, LocalDate.of(1975, 7, 1),
                null, null, LocalDate.of(2010, 5, 31), null, null, null, List.of(), List.of(), List.of(), List.of(),
                status, Boolean.FALSE, null);
        memberRecords.put(id, m);
        return m;
    }

    private void organization(long id, String name, OrganizationType type, String street, String community,
                              OrganizationStatus status) {
        organizationRecords.put(id, new Organization(id, 0L, name, type, true, street, community, null, null,
                status, 0, 0, List.of()));
    }

    public final class Streets implements StreetService {

        @Override
        public List<Street> list(Caller caller) {
            return List.of(get(caller, TAIYANGDAO), get(caller, SONGBEI));
        }

        @Override
        public Street get(Caller caller, String streetCode) {
            return switch (streetCode) {
                case TAIYANGDAO -> new Street(TAIYANGDAO, "太阳岛街道", StreetKind.SUBDISTRICT, 2);
                case SONGBEI -> new Street(SONGBEI, "松北街道", StreetKind.SUBDISTRICT, 1);
                default -> throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            };
        }

        @Override
        public List<Community> communities(Caller caller, String streetCode) {
            return switch (streetCode) {
                case TAIYANGDAO -> List.of(new Community(TIANEHU, "天鹅湖社区", TAIYANGDAO),
                        new Community(YIYUAN, "怡园社区", TAIYANGDAO));
                case SONGBEI -> List.of(new Community(OUMEIYA, "欧美亚社区", SONGBEI));
                default -> throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            };
        }

        @Override
        public DistrictCounts counts(Caller caller, String streetCode) {
            throw new UnsupportedOperationException();
        }
    }

    public final class Organizations implements OrganizationService {

        @Override
        public List<Organization> list(Caller caller, String streetCode, OrganizationType type, Boolean retiree) {
            return new ArrayList<>(organizationRecords.values());
        }

        @Override
        public Organization get(Caller caller, long id) {
            Organization o = organizationRecords.get(id);
            if (o == null) {
                throw ServiceException.notFound("ORGANIZATION_NOT_FOUND", id);
            }
            return o;
        }

        @Override
        public Organization create(Caller caller, String streetCode, Organization organization) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organization update(Caller caller, long id, Organization organization) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leadership leadership(Caller caller, long organizationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leader appoint(Caller caller, long organizationId, Leader leader) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Leader endTerm(Caller caller, long organizationId, long leaderId, LocalDate endedOn, long version) {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * Only {@code get(caller, id)} is what the module calls; everything else answers UnsupportedOperationException.
     * A proxy rather than a class, so methods the core adds to the interface later do not break this fake.
     */
    private MemberService members() {
        return (MemberService) Proxy.newProxyInstance(MemberService.class.getClassLoader(),
                new Class<?>[] {MemberService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get") && args.length == 2) {
                        return member((Caller) args[0], (Long) args[1]);
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "FakeCore.members" : method.invoke(this, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Like the core: a member outside the caller's street is not found. */
    private Member member(Caller caller, long id) {
        Member m = memberRecords.get(id);
        if (m == null || (caller.streetCode() != null && !caller.streetCode().equals(m.streetCode()))) {
            throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
        }
        return m;
    }
}
