package org.silverbranch.module.volunteer.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.module.volunteer.internal.Access;
import org.silverbranch.module.volunteer.internal.Permissions;
import org.silverbranch.module.volunteer.internal.model.Attendance;
import org.silverbranch.module.volunteer.internal.model.Figures;
import org.silverbranch.module.volunteer.internal.model.HoursStatus;
import org.silverbranch.module.volunteer.internal.model.MemberHours;
import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.model.VolunteerStats;
import org.silverbranch.module.volunteer.internal.model.VolunteerStats.CommunityFigures;
import org.silverbranch.module.volunteer.internal.model.VolunteerStats.MonthFigures;
import org.silverbranch.module.volunteer.internal.model.VolunteerStats.TeamFigures;
import org.silverbranch.module.volunteer.internal.persistence.ShiftEntity;
import org.silverbranch.module.volunteer.internal.persistence.SignupEntity;
import org.silverbranch.module.volunteer.internal.persistence.TeamEntity;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerEntity;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerSchema;
import org.silverbranch.module.volunteer.internal.rules.Hours;
import org.silverbranch.module.volunteer.internal.rules.HoursCsv;
import org.silverbranch.module.volunteer.internal.rules.StatsCalculator;
import org.silverbranch.module.volunteer.internal.rules.StatsCalculator.AttendanceRow;
import org.silverbranch.module.volunteer.internal.rules.StatsCalculator.ShiftRow;

/** What the street office reads: a volunteer's hours, statistics, and the export of approved hours. */
@Component(service = ReportService.class)
public class ReportService {

    private final Transactions tx;
    private final CoreRecords core;
    private final MemberService members;
    private final Clock clock;

    @Activate
    public ReportService(@Reference(name = "jpa", target = VolunteerSchema.UNIT_FILTER) JpaTemplate jpa,
                         @Reference(name = "schema") VolunteerSchema schema,
                         @Reference(name = "streets") StreetService streets,
                         @Reference(name = "organizations") OrganizationService organizations,
                         @Reference(name = "members") MemberService members) {
        this(jpa, streets, organizations, members, Clock.systemDefaultZone());
    }

    ReportService(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                         MemberService members, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreRecords(streets, organizations, members);
        this.members = members;
        this.clock = clock;
    }

    /**
     * The member's attendances in this street's shifts (in one year, or all), with approved and pending minutes.
     *
     * @throws ServiceException {@code MEMBER_NOT_FOUND} (404) for a member who is neither in the street nor has
     *                          served in it
     */
    public MemberHours memberHours(Caller caller, String streetCode, long memberId, Integer year) {
        Access.require(Permissions.READ, caller, streetCode);
        Period period = year == null ? null : Period.of(null, year, clock);
        List<SignupEntity> attended = tx.inTransaction(em -> {
            TypedQuery<SignupEntity> q = em.createQuery("SELECT x FROM SignupEntity x JOIN x.shift s"
                    + " WHERE x.volunteer.memberId = :member AND x.status = :attended AND s.streetCode = :street"
                    + (period == null ? "" : " AND s.shiftDate BETWEEN :from AND :to")
                    + " ORDER BY s.shiftDate, s.startTime, x.id", SignupEntity.class)
                    .setParameter("member", memberId).setParameter("attended", SignupStatus.ATTENDED)
                    .setParameter("street", streetCode);
            if (period != null) {
                q.setParameter("from", period.from()).setParameter("to", period.to());
            }
            List<SignupEntity> rows = q.getResultList();
            rows.forEach(x -> x.getShift().getTeam().getName());  // loaded inside the transaction
            return rows;
        });
        String name = tx.inTransaction(em -> {
            VolunteerEntity v = em.find(VolunteerEntity.class, memberId);
            return v == null ? null : v.getMemberName();
        });
        if (attended.isEmpty()) {
            name = memberOfStreet(caller, streetCode, memberId).name();
        }
        long approved = 0;
        long pending = 0;
        List<Attendance> attendances = new ArrayList<>();
        for (SignupEntity x : attended) {
            ShiftEntity s = x.getShift();
            int minutes = x.getMinutes();
            if (x.getHoursStatus() == HoursStatus.APPROVED) {
                approved += minutes;
            } else {
                pending += minutes;
            }
            attendances.add(new Attendance(x.getId(), s.getId(), s.getShiftDate(), s.getStartTime(), s.getEndTime(),
                    s.getTeam().getId(), s.getTeam().getName(), s.getTeam().serviceName(), minutes,
                    Hours.toHours(minutes), x.getHoursStatus()));
        }
        return new MemberHours(memberId, name, streetCode, year, approved, Hours.toHours(approved), pending,
                Hours.toHours(pending), attendances);
    }

    /** Shifts, volunteers and approved hours of the period, by month, community and team. */
    public VolunteerStats stats(Caller caller, String streetCode, YearMonth month, Integer year, Long teamId,
                                String communityCode) {
        Access.require(Permissions.READ, caller, streetCode);
        Period period = Period.of(month, year, clock);
        Map<String, Community> communities = core.communities(caller, streetCode);
        if (communityCode != null && !communities.containsKey(communityCode)) {
            throw ServiceException.invalid(new Problems()
                    .add("community", "COMMUNITY_NOT_IN_STREET", communityCode, streetCode).list());
        }
        Data data = tx.inTransaction(em -> load(em, streetCode, period, teamId, communityCode));
        StatsCalculator.Result result = StatsCalculator.compute(period.from(), period.to(), data.shifts,
                data.attendances);
        List<MonthFigures> months = new ArrayList<>();
        result.months().forEach((m, figures) -> months.add(new MonthFigures(m, figures)));
        List<TeamFigures> teams = data.teams.stream()
                .map(t -> new TeamFigures(t.getId(), t.getName(), t.getServiceType(), t.serviceName(),
                        t.getCommunityCode(), t.getStatus(), StatsCalculator.of(result.teams(), t.getId())))
                .toList();
        Map<String, Figures> byCommunity = new LinkedHashMap<>();
        data.teams.stream().map(TeamEntity::getCommunityCode)
                .sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .forEach(code -> byCommunity.put(code, StatsCalculator.of(result.communities(), code)));
        List<CommunityFigures> communityFigures = new ArrayList<>();
        byCommunity.forEach((code, figures) -> communityFigures.add(new CommunityFigures(code,
                code == null || communities.get(code) == null ? null : communities.get(code).name(), figures)));
        return new VolunteerStats(streetCode, period.from(), period.to(), result.totals(), months,
                communityFigures, teams);
    }

    /** A file to download. */
    public record Export(String fileName, byte[] content) {
    }

    /**
     * The approved hours of the period as CSV (UTF-8 with BOM, Chinese headers), one line per attendance, named
     * e.g. {@code volunteer-hours-230109002-2026-11.csv}.
     */
    public Export hoursCsv(Caller caller, String streetCode, YearMonth month, Integer year, Long teamId) {
        Access.require(Permissions.READ, caller, streetCode);
        Period period = Period.of(month, year, clock);
        Map<String, Community> communities = core.communities(caller, streetCode);
        List<HoursCsv.Row> rows = tx.inTransaction(em -> {
            if (teamId != null) {
                Store.team(em, streetCode, teamId);
            }
            TypedQuery<SignupEntity> q = em.createQuery("SELECT x FROM SignupEntity x JOIN x.shift s"
                    + " WHERE s.streetCode = :street AND x.status = :attended AND x.hoursStatus = :approved"
                    + " AND s.shiftDate BETWEEN :from AND :to" + (teamId == null ? "" : " AND s.team.id = :team")
                    + " ORDER BY s.shiftDate, s.startTime, s.id, x.id", SignupEntity.class)
                    .setParameter("street", streetCode).setParameter("attended", SignupStatus.ATTENDED)
                    .setParameter("approved", HoursStatus.APPROVED)
                    .setParameter("from", period.from()).setParameter("to", period.to());
            if (teamId != null) {
                q.setParameter("team", teamId);
            }
            return q.getResultList().stream().map(x -> {
                ShiftEntity s = x.getShift();
                TeamEntity t = s.getTeam();
                Community c = t.getCommunityCode() == null ? null : communities.get(t.getCommunityCode());
                return new HoursCsv.Row(s.getShiftDate(), s.getStartTime(), s.getEndTime(), t.getName(),
                        t.serviceName(), c == null ? null : c.name(), s.getPlace(), x.memberId(),
                        x.getVolunteer().getMemberName(), x.getMinutes(), x.getHoursDecidedBy(),
                        x.getHoursDecidedAt());
            }).toList();
        });
        return new Export("volunteer-hours-" + streetCode + "-" + period.label() + ".csv",
                HoursCsv.write(rows, clock.getZone()));
    }

    private record Data(List<TeamEntity> teams, List<ShiftRow> shifts, List<AttendanceRow> attendances) {
    }

    private static Data load(EntityManager em, String streetCode, Period period, Long teamId, String community) {
        if (teamId != null) {
            Store.team(em, streetCode, teamId);
        }
        String teamFilter = (teamId == null ? "" : " AND t.id = :team")
                + (community == null ? "" : " AND t.communityCode = :community");
        TypedQuery<TeamEntity> teams = em.createQuery("SELECT t FROM TeamEntity t WHERE t.streetCode = :street"
                + teamFilter + " ORDER BY t.name, t.id", TeamEntity.class);
        TypedQuery<Object[]> shifts = em.createQuery("SELECT s.id, t.id, t.communityCode, s.shiftDate"
                + " FROM ShiftEntity s JOIN s.team t WHERE s.streetCode = :street AND s.status = :scheduled"
                + " AND s.shiftDate BETWEEN :from AND :to" + teamFilter, Object[].class);
        TypedQuery<Object[]> attendances = em.createQuery("SELECT x.volunteer.memberId, t.id, t.communityCode,"
                + " s.shiftDate, x.minutes FROM SignupEntity x JOIN x.shift s JOIN s.team t"
                + " WHERE s.streetCode = :street AND x.status = :attended AND x.hoursStatus = :approved"
                + " AND s.shiftDate BETWEEN :from AND :to" + teamFilter, Object[].class);
        shifts.setParameter("scheduled", ShiftStatus.SCHEDULED);
        attendances.setParameter("attended", SignupStatus.ATTENDED).setParameter("approved", HoursStatus.APPROVED);
        for (TypedQuery<?> q : List.of(teams, shifts, attendances)) {
            q.setParameter("street", streetCode);
            if (teamId != null) {
                q.setParameter("team", teamId);
            }
            if (community != null) {
                q.setParameter("community", community);
            }
        }
        for (TypedQuery<?> q : List.of(shifts, attendances)) {
            q.setParameter("from", period.from()).setParameter("to", period.to());
        }
        List<ShiftRow> shiftRows = shifts.getResultList().stream()
                .map(r -> new ShiftRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                        (LocalDate) r[3]))
                .toList();
        List<AttendanceRow> attendanceRows = attendances.getResultList().stream()
                .map(r -> new AttendanceRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                        (String) r[2], (LocalDate) r[3], ((Number) r[4]).intValue()))
                .toList();
        return new Data(teams.getResultList(), shiftRows, attendanceRows);
    }

    /** The member, when in the street; 404 as if unknown otherwise. */
    private Member memberOfStreet(Caller caller, String streetCode, long memberId) {
        try {
            Member member = members.get(caller, memberId);
            if (Objects.equals(streetCode, member.streetCode())) {
                return member;
            }
        } catch (ServiceException e) {
            if (e.kind() != ErrorKind.NOT_FOUND && e.kind() != ErrorKind.FORBIDDEN) {
                throw e;
            }
        }
        throw ServiceException.notFound("MEMBER_NOT_FOUND", memberId);
    }
}
