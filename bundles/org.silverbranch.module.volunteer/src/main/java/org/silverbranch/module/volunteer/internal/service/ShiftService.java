package org.silverbranch.module.volunteer.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.volunteer.internal.Access;
import org.silverbranch.module.volunteer.internal.Permissions;
import org.silverbranch.module.volunteer.internal.model.Shift;
import org.silverbranch.module.volunteer.internal.model.ShiftInput;
import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.ShiftUpdate;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;
import org.silverbranch.module.volunteer.internal.persistence.ShiftEntity;
import org.silverbranch.module.volunteer.internal.persistence.SignupEntity;
import org.silverbranch.module.volunteer.internal.persistence.TeamEntity;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerSchema;
import org.silverbranch.module.volunteer.internal.rules.ShiftRules;

/** Shifts of a street's teams: planning (one or a weekly series), changes, cancellation. */
@Component(service = ShiftService.class)
public class ShiftService {

    /** The longest period a shift list covers. */
    public static final int MAX_LIST_DAYS = 366;

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public ShiftService(@Reference(name = "jpa", target = VolunteerSchema.UNIT_FILTER) JpaTemplate jpa,
                        @Reference(name = "schema") VolunteerSchema schema) {
        this(jpa, Clock.systemDefaultZone());
    }

    ShiftService(JpaTemplate jpa, Clock clock) {
        this.tx = new Transactions(jpa);
        this.clock = clock;
    }

    /**
     * The street's shifts from {@code from} to {@code to} (both included), by date and time, with their sign-ups.
     * Without dates: from today for 31 days.
     */
    public List<Shift> list(Caller caller, String streetCode, Long teamId, LocalDate from, LocalDate to,
                            ShiftStatus status) {
        Access.require(Permissions.READ, caller, streetCode);
        LocalDate first = from != null ? from : (to != null ? to.minusDays(30) : LocalDate.now(clock));
        LocalDate last = to != null ? to : first.plusDays(30);
        Problems p = new Problems();
        if (last.isBefore(first)) {
            p.add("to", "RANGE_REVERSED");
        } else if (first.plusDays(MAX_LIST_DAYS - 1).isBefore(last)) {  // both ends count
            p.add("to", "RANGE_TOO_LONG", MAX_LIST_DAYS);
        }
        p.throwIfAny();
        return tx.inTransaction(em -> {
            String filter = " WHERE s.streetCode = :street AND s.shiftDate BETWEEN :from AND :to"
                    + (teamId == null ? "" : " AND s.team.id = :team")
                    + (status == null ? "" : " AND s.status = :status");
            TypedQuery<ShiftEntity> shifts = em.createQuery("SELECT s FROM ShiftEntity s" + filter
                    + " ORDER BY s.shiftDate, s.startTime, s.id", ShiftEntity.class);
            TypedQuery<SignupEntity> signups = em.createQuery("SELECT x FROM SignupEntity x JOIN x.shift s"
                    + filter + " ORDER BY x.id", SignupEntity.class);
            for (TypedQuery<?> q : List.of(shifts, signups)) {
                q.setParameter("street", streetCode).setParameter("from", first).setParameter("to", last);
                if (teamId != null) {
                    q.setParameter("team", teamId);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<SignupEntity> allSignups = signups.getResultList();
            return shifts.getResultList().stream().map(s -> Dtos.shift(s, allSignups)).toList();
        });
    }

    public Shift get(Caller caller, String streetCode, long id) {
        Access.require(Permissions.READ, caller, streetCode);
        return tx.inTransaction(em -> dto(em, Store.shift(em, streetCode, id)));
    }

    /**
     * Plans one shift or, with {@code repeatWeeks} N &gt; 1, N shifts on the same weekday of N consecutive weeks
     * sharing a series id. All or none are created.
     */
    public List<Shift> create(Caller caller, String streetCode, ShiftInput in) {
        Access.require(Permissions.SHIFTS_MANAGE, caller, streetCode);
        ShiftRules.check(in, LocalDateTime.now(clock)).throwIfAny();
        return tx.inTransaction(em -> {
            TeamEntity team = em.find(TeamEntity.class, in.teamId());
            if (team == null || !team.getStreetCode().equals(streetCode)) {
                throw ServiceException.invalid(new Problems().add("teamId", "UNKNOWN_TEAM", in.teamId()).list());
            }
            Access.requireTeamScope(caller, team.getBranchId());
            if (team.getStatus() != TeamStatus.ACTIVE) {
                throw ServiceException.conflict("TEAM_INACTIVE", team.getName());
            }
            List<LocalDate> dates = ShiftRules.weeklyDates(in.date(), in.repeatWeeks());
            String seriesId = dates.size() > 1 ? UUID.randomUUID().toString() : null;
            Instant now = clock.instant();
            List<ShiftEntity> created = new ArrayList<>();
            for (LocalDate date : dates) {
                ShiftEntity s = new ShiftEntity();
                s.setTeam(team);
                s.setStreetCode(streetCode);
                s.setSeriesId(seriesId);
                s.setShiftDate(date);
                s.setStartTime(ShiftRules.minute(in.startTime()));
                s.setEndTime(ShiftRules.minute(in.endTime()));
                s.setPlace(in.place().strip());
                s.setCapacity(in.capacity());
                s.setSignupMode(in.signupMode() == null ? SignupMode.OPEN : in.signupMode());
                s.setNote(blankToNull(in.note()));
                s.setStatus(ShiftStatus.SCHEDULED);
                s.setCreatedAt(now);
                s.setUpdatedAt(now);
                em.persist(s);
                created.add(s);
            }
            em.flush();
            return created.stream().map(s -> Dtos.shift(s, List.of())).toList();
        });
    }

    /** Changes place, capacity, sign-up mode or note; the capacity never below the places already taken. */
    public Shift update(Caller caller, String streetCode, long id, ShiftUpdate in) {
        Access.require(Permissions.SHIFTS_MANAGE, caller, streetCode);
        ShiftRules.check(in).throwIfAny();
        return tx.inTransaction(em -> {
            ShiftEntity shift = Store.lockedShift(em, streetCode, id);
            Access.requireTeamScope(caller, shift.getTeam().getBranchId());
            OptimisticLocking.requireVersion(in.version(), shift.getVersion());
            if (shift.getStatus() == ShiftStatus.CANCELLED) {
                throw ServiceException.conflict("SHIFT_CANCELLED");
            }
            int taken = Store.placesTaken(em, id);
            if (in.capacity() < taken) {
                throw ServiceException.conflict("CAPACITY_BELOW_SIGNUPS",
                        new FieldProblem("capacity", "CAPACITY_BELOW_SIGNUPS", List.of(String.valueOf(taken))));
            }
            shift.setPlace(in.place().strip());
            shift.setCapacity(in.capacity());
            shift.setSignupMode(in.signupMode());
            shift.setNote(blankToNull(in.note()));
            shift.setUpdatedAt(clock.instant());
            em.flush();
            return dto(em, shift);
        });
    }

    /** Cancels a shift nobody attended yet; its open sign-ups are cancelled and free their volunteers' time. */
    public Shift cancel(Caller caller, String streetCode, long id, Long version) {
        Access.require(Permissions.SHIFTS_MANAGE, caller, streetCode);
        return tx.inTransaction(em -> {
            ShiftEntity shift = Store.lockedShift(em, streetCode, id);
            Access.requireTeamScope(caller, shift.getTeam().getBranchId());
            OptimisticLocking.requireVersion(version, shift.getVersion());
            if (shift.getStatus() == ShiftStatus.CANCELLED) {
                throw ServiceException.conflict("SHIFT_CANCELLED");
            }
            List<SignupEntity> signups = signups(em, id);
            if (signups.stream().anyMatch(s -> s.getStatus() == SignupStatus.ATTENDED)) {
                throw ServiceException.conflict("SHIFT_HAS_ATTENDANCE");
            }
            Instant now = clock.instant();
            for (SignupEntity s : signups) {
                if (s.getStatus() == SignupStatus.REQUESTED || s.getStatus() == SignupStatus.CONFIRMED) {
                    s.decide(SignupStatus.CANCELLED, caller.username(), now);
                }
            }
            shift.setStatus(ShiftStatus.CANCELLED);
            shift.setUpdatedAt(now);
            em.flush();
            return dto(em, shift);
        });
    }

    static Shift dto(EntityManager em, ShiftEntity shift) {
        return Dtos.shift(shift, signups(em, shift.getId()));
    }

    private static List<SignupEntity> signups(EntityManager em, long shiftId) {
        return em.createQuery("SELECT s FROM SignupEntity s WHERE s.shift.id = :shift ORDER BY s.id",
                SignupEntity.class).setParameter("shift", shiftId).getResultList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
