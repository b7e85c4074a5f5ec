package org.silverbranch.module.volunteer.internal.service;

import java.util.Comparator;
import java.util.List;

import org.silverbranch.module.volunteer.internal.model.Signup;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.Team;
import org.silverbranch.module.volunteer.internal.model.TeamMember;
import org.silverbranch.module.volunteer.internal.persistence.ShiftEntity;
import org.silverbranch.module.volunteer.internal.persistence.SignupEntity;
import org.silverbranch.module.volunteer.internal.persistence.TeamEntity;
import org.silverbranch.module.volunteer.internal.persistence.TeamMemberEntity;
import org.silverbranch.module.volunteer.internal.rules.Hours;

/** Entities to the DTOs the REST API answers; entities never leave the service layer. */
final class Dtos {

    private Dtos() {
    }

    static Team team(TeamEntity t) {
        // the captain first, then in the order they joined
        List<TeamMember> members = t.getMembers().stream()
                .sorted(Comparator.comparing((TeamMemberEntity m) -> !isCaptain(t, m))
                        .thenComparing(TeamMemberEntity::getJoinedAt)
                        .thenComparing(m -> m.getVolunteer().getMemberId()))
                .map(m -> new TeamMember(m.getVolunteer().getMemberId(), m.getVolunteer().getMemberName(),
                        m.getJoinedAt()))
                .toList();
        String captainName = members.stream()
                .filter(m -> t.getCaptainMemberId() != null && m.memberId() == t.getCaptainMemberId())
                .map(TeamMember::name).findFirst().orElse(null);
        return new Team(t.getId(), t.getVersion(), t.getStreetCode(), t.getName(), t.getServiceType(),
                t.getServiceLabel(), t.serviceName(), t.getCommunityCode(), t.getBranchId(), t.getCaptainMemberId(),
                captainName, t.getStatus(), members, t.getCreatedAt(), t.getUpdatedAt());
    }

    private static boolean isCaptain(TeamEntity t, TeamMemberEntity m) {
        return t.getCaptainMemberId() != null && t.getCaptainMemberId() == m.getVolunteer().getMemberId();
    }

    /** @param signups the shift's sign-ups (others are ignored) */
    static Shift shift(ShiftEntity s, List<SignupEntity> signups) {
        List<Signup> own = signups.stream()
                .filter(x -> x.getShift().getId().equals(s.getId()))
                .sorted(Comparator.comparing(SignupEntity::getId))
                .map(Dtos::signup)
                .toList();
        int confirmed = (int) own.stream().filter(x -> SignupStatus.HOLDING_A_PLACE.contains(x.status())).count();
        int requested = (int) own.stream().filter(x -> x.status() == SignupStatus.REQUESTED).count();
        TeamEntity team = s.getTeam();
        return new Shift(s.getId(), s.getVersion(), team.getId(), team.getName(), team.getServiceType(),
                team.serviceName(), s.getStreetCode(), s.getSeriesId(), s.getShiftDate(), s.getStartTime(),
                s.getEndTime(), s.slot().minutes(), s.getPlace(), s.getCapacity(), s.getSignupMode(), s.getNote(),
                s.getStatus(), confirmed, requested, Math.max(0, s.getCapacity() - confirmed), own);
    }

    static Signup signup(SignupEntity s) {
        return new Signup(s.getId(), s.getVersion(), s.getShift().getId(), s.memberId(),
                s.getVolunteer().getMemberName(), s.getStatus(), s.getRequestedAt(), s.getRequestedBy(),
                s.getDecidedAt(), s.getDecidedBy(), s.getCheckedInAt(), s.getCheckedInBy(), s.getMinutes(),
                Hours.toHoursOrNull(s.getMinutes()), s.getHoursStatus(), s.getHoursDecidedAt(),
                s.getHoursDecidedBy());
    }
}
