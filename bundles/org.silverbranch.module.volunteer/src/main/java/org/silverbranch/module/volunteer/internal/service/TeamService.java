package org.silverbranch.module.volunteer.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.module.volunteer.internal.Access;
import org.silverbranch.module.volunteer.internal.Permissions;
import org.silverbranch.module.volunteer.internal.model.RosterInput;
import org.silverbranch.module.volunteer.internal.model.ServiceType;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.TeamInput;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;
import org.silverbranch.module.volunteer.internal.persistence.TeamEntity;
import org.silverbranch.module.volunteer.internal.persistence.TeamMemberEntity;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerEntity;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerSchema;

/**
 * Volunteer teams of a street and their rosters. Every member on a roster (the captain included, who is always on
 * it) is an active member of the team's street when added; the core is asked through {@link MemberService}.
 */
@Component(service = TeamService.class)
public class TeamService {

    public static final int MAX_NAME = 100;
    public static final int MAX_LABEL = 50;
    public static final int MAX_ROSTER = 200;

    private final Transactions tx;
    private final CoreRecords core;
    private final Clock clock;

    @Activate
    public TeamService(@Reference(name = "jpa", target = VolunteerSchema.UNIT_FILTER) JpaTemplate jpa,
                       @Reference(name = "schema") VolunteerSchema schema,
                       @Reference(name = "streets") StreetService streets,
                       @Reference(name = "organizations") OrganizationService organizations,
                       @Reference(name = "members") MemberService members) {
        this(jpa, streets, organizations, members, Clock.systemDefaultZone());
    }

    TeamService(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                       MemberService members, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreRecords(streets, organizations, members);
        this.clock = clock;
    }

    /** The street's teams by name; optionally only those of a status or community. */
    public List<Team> list(Caller caller, String streetCode, TeamStatus status, String communityCode) {
        Access.require(Permissions.READ, caller, streetCode);
        return tx.inTransaction(em -> {
            String jpql = "SELECT t FROM TeamEntity t WHERE t.streetCode = :street"
                    + (status == null ? "" : " AND t.status = :status")
                    + (communityCode == null ? "" : " AND t.communityCode = :community")
                    + " ORDER BY t.name, t.id";
            TypedQuery<TeamEntity> q = em.createQuery(jpql, TeamEntity.class).setParameter("street", streetCode);
            if (status != null) {
                q.setParameter("status", status);
            }
            if (communityCode != null) {
                q.setParameter("community", communityCode);
            }
            return q.getResultList().stream().map(Dtos::team).toList();
        });
    }

    public Team get(Caller caller, String streetCode, long id) {
        Access.require(Permissions.READ, caller, streetCode);
        return tx.inTransaction(em -> Dtos.team(Store.team(em, streetCode, id)));
    }

    public Team create(Caller caller, String streetCode, TeamInput in) {
        Access.require(Permissions.TEAMS_MANAGE, caller, streetCode);
        Access.requireTeamScope(caller, in.branchId());
        Problems p = checkFields(in);
        Placement placement = checkPlacement(caller, streetCode, in, p);
        Map<Long, String> roster = checkRoster(caller, streetCode, in.captainId(), in.memberIds(), List.of(), p);
        p.throwIfAny();
        ensureVolunteers(roster);
        return tx.inTransaction(em -> {
            Instant now = clock.instant();
            TeamEntity team = new TeamEntity();
            team.setStreetCode(streetCode);
            team.setStatus(TeamStatus.ACTIVE);
            team.setCreatedAt(now);
            apply(team, in, placement, now);
            em.persist(team);
            syncRoster(em, team, roster.keySet(), now);
            em.flush();
            return Dtos.team(team);
        });
    }

    /** Changes the team; with {@code memberIds} the roster too. */
    public Team update(Caller caller, String streetCode, long id, TeamInput in) {
        Access.require(Permissions.TEAMS_MANAGE, caller, streetCode);
        List<Long> current = tx.inTransaction(em -> {
            TeamEntity team = Store.team(em, streetCode, id);
            Access.requireTeamScope(caller, team.getBranchId());
            return rosterIds(team);
        });
        Access.requireTeamScope(caller, in.branchId());
        Problems p = checkFields(in);
        p.require("version", in.version());
        Placement placement = checkPlacement(caller, streetCode, in, p);
        Map<Long, String> roster = checkRoster(caller, streetCode, in.captainId(), in.memberIds(), current, p);
        p.throwIfAny();
        ensureVolunteers(roster);
        return tx.inTransaction(em -> {
            TeamEntity team = Store.team(em, streetCode, id);
            OptimisticLocking.requireVersion(in.version(), team.getVersion());
            Instant now = clock.instant();
            apply(team, in, placement, now);
            if (in.status() != null) {
                team.setStatus(in.status());
            }
            if (syncRoster(em, team, roster.keySet(), now)) {
                rosterChanged(em, team);
            }
            em.flush();
            return Dtos.team(team);
        });
    }

    /** Replaces the roster; the captain must stay on it (change the captain first). */
    public Team replaceMembers(Caller caller, String streetCode, long id, RosterInput in) {
        Access.require(Permissions.TEAMS_MANAGE, caller, streetCode);
        Long captain = tx.inTransaction(em -> {
            TeamEntity team = Store.team(em, streetCode, id);
            Access.requireTeamScope(caller, team.getBranchId());
            return team.getCaptainMemberId();
        });
        Problems p = new Problems();
        p.require("version", in.version());
        Map<Long, String> roster = new LinkedHashMap<>();
        if (in.memberIds() == null) {
            p.add("memberIds", "REQUIRED");
        } else if (in.memberIds().size() > MAX_ROSTER) {
            p.add("memberIds", "TOO_MANY_ITEMS", MAX_ROSTER);
        } else {
            if (captain != null && !in.memberIds().contains(captain)) {
                p.add("memberIds", "CAPTAIN_NOT_IN_TEAM", captain);
            }
            core.activeMembers(caller, streetCode, "memberIds", in.memberIds(), p)
                    .forEach((memberId, member) -> roster.put(memberId, member.name()));
        }
        p.throwIfAny();
        ensureVolunteers(roster);
        return tx.inTransaction(em -> {
            TeamEntity team = Store.team(em, streetCode, id);
            OptimisticLocking.requireVersion(in.version(), team.getVersion());  // also: the captain checked is still the one
            Instant now = clock.instant();
            if (syncRoster(em, team, roster.keySet(), now)) {
                team.setUpdatedAt(now);
                rosterChanged(em, team);
            }
            em.flush();
            return Dtos.team(team);
        });
    }

    private static Problems checkFields(TeamInput in) {
        Problems p = new Problems();
        p.requireText("name", in.name(), MAX_NAME);
        if (p.require("serviceType", in.serviceType()) && in.serviceType() == ServiceType.OTHER) {
            p.requireText("serviceLabel", in.serviceLabel(), MAX_LABEL);
        } else {
            p.maxLength("serviceLabel", in.serviceLabel(), MAX_LABEL);
        }
        if (isBlank(in.communityCode()) && in.branchId() == null) {
            p.add("communityCode", "COMMUNITY_OR_BRANCH_REQUIRED");
        }
        if (in.memberIds() != null && in.memberIds().size() > MAX_ROSTER) {
            p.add("memberIds", "TOO_MANY_ITEMS", MAX_ROSTER);
        }
        return p;
    }

    /** Where the team belongs; a branch's community is taken when no community is given. */
    private record Placement(String communityCode, Long branchId) {
    }

    private Placement checkPlacement(Caller caller, String streetCode, TeamInput in, Problems p) {
        String community = isBlank(in.communityCode()) ? null : in.communityCode().strip();
        if (community != null) {
            Map<String, Community> communities = core.communities(caller, streetCode);
            if (!communities.containsKey(community)) {
                p.add("communityCode", "COMMUNITY_NOT_IN_STREET", community, streetCode);
            }
        }
        if (in.branchId() != null) {
            Organization branch = core.branch(caller, streetCode, "branchId", in.branchId(), p);
            if (branch != null && branch.communityCode() != null) {
                if (community == null) {
                    community = branch.communityCode();
                } else if (!community.equals(branch.communityCode())) {
                    p.add("branchId", "BRANCH_NOT_IN_COMMUNITY", in.branchId(), community);
                }
            }
        }
        return new Placement(community, in.branchId());
    }

    /**
     * The roster to save, by member id with the name the core has now: the given ids (or the current roster when
     * none are given) plus the captain. Every member is checked to be an active member of the street.
     */
    private Map<Long, String> checkRoster(Caller caller, String streetCode, Long captainId, List<Long> memberIds,
                                          List<Long> current, Problems p) {
        Map<Long, String> roster = new LinkedHashMap<>();
        if (captainId != null) {
            Member captain = core.activeMember(caller, streetCode, "captainId", captainId, p);
            if (captain != null) {
                roster.put(captainId, captain.name());
            }
        }
        if (memberIds != null && memberIds.size() <= MAX_ROSTER) {
            core.activeMembers(caller, streetCode, "memberIds", memberIds, p)
                    .forEach((id, member) -> roster.putIfAbsent(id, member.name()));
        } else if (memberIds == null) {
            // the roster stays; members who left the street since keep their place until the roster is edited
            current.forEach(id -> roster.putIfAbsent(id, null));
        }
        return roster;
    }

    /**
     * Makes sure each member has a volunteer row (with the current name) before a roster refers to it. Two rosters
     * adding the same new volunteer at once may both insert: the loser retries once and finds the row.
     */
    private void ensureVolunteers(Map<Long, String> names) {
        try {
            saveVolunteers(names);
        } catch (ServiceException e) {
            if (!"CONSTRAINT_VIOLATION".equals(e.code())) {
                throw e;
            }
            saveVolunteers(names);
        }
    }

    private void saveVolunteers(Map<Long, String> names) {
        tx.inTransaction(em -> {
            Instant now = clock.instant();
            names.forEach((memberId, name) -> {
                VolunteerEntity v = em.find(VolunteerEntity.class, memberId);
                if (v == null && name != null) {
                    em.persist(new VolunteerEntity(memberId, name, now));
                } else if (v != null && name != null && !name.equals(v.getMemberName())) {
                    v.setMemberName(name);
                    v.setUpdatedAt(now);
                }
            });
            em.flush();
            return null;
        });
    }

    private static void apply(TeamEntity team, TeamInput in, Placement placement, Instant now) {
        team.setName(in.name().strip());
        team.setServiceType(in.serviceType());
        team.setServiceLabel(in.serviceType() == ServiceType.OTHER ? in.serviceLabel().strip() : null);
        team.setCommunityCode(placement.communityCode());
        team.setBranchId(placement.branchId());
        team.setCaptainMemberId(in.captainId());
        team.setUpdatedAt(now);
    }

    /**
     * Removes who is not wanted, adds who is new; members who stay keep their joining date.
     *
     * @return whether the roster changed
     */
    private static boolean syncRoster(EntityManager em, TeamEntity team, Collection<Long> wanted, Instant now) {
        Set<Long> keep = new HashSet<>(wanted);
        boolean changed = team.getMembers().removeIf(m -> !keep.contains(m.getVolunteer().getMemberId()));
        Set<Long> present = new HashSet<>(rosterIds(team));
        for (Long memberId : new LinkedHashSet<>(wanted)) {
            if (!present.contains(memberId)) {
                VolunteerEntity volunteer = em.find(VolunteerEntity.class, memberId);
                TeamMemberEntity member = new TeamMemberEntity(team, volunteer, now);
                team.getMembers().add(member);
                em.persist(member);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * A changed roster is a change of the team: its version moves on even when no column of the team row changed,
     * so an edit based on the old roster is refused as stale.
     */
    private static void rosterChanged(EntityManager em, TeamEntity team) {
        em.lock(team, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static List<Long> rosterIds(TeamEntity team) {
        List<Long> ids = new ArrayList<>();
        team.getMembers().forEach(m -> ids.add(m.getVolunteer().getMemberId()));
        return ids;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
