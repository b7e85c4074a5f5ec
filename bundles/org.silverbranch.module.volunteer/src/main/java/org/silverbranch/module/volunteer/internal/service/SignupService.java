package org.silverbranch.module.volunteer.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.module.ModulePermission;
import org.silverbranch.module.volunteer.internal.Access;
import org.silverbranch.module.volunteer.internal.Permissions;
import org.silverbranch.module.volunteer.internal.model.HoursInput;
import org.silverbranch.module.volunteer.internal.model.HoursStatus;
import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.Signup;
import org.silverbranch.module.volunteer.internal.model.SignupMode;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.model.TeamStatus;
import org.silverbranch.module.volunteer.internal.persistence.ShiftEntity;
import org.silverbranch.module.volunteer.internal.persistence.SignupEntity;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerEntity;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerSchema;
import org.silverbranch.module.volunteer.internal.rules.Hours;
import org.silverbranch.module.volunteer.internal.rules.TimeSlot;

/**
 * Sign-up, approval, withdrawal, check-in and hours.
 * <p>
 * Who may sign up: a member on the roster of the shift's team who is still an active member of the street (the
 * roster is the team's register of volunteers; someone helping another team joins its roster first).
 * <p>
 * Concurrency: a sign-up locks, in this order and until it commits, the volunteer's row ({@code vol_volunteer})
 * and the shift's row ({@code vol_shift}), both with {@code SELECT ... FOR UPDATE}. The first lock makes two
 * sign-ups of one volunteer run one after the other, so the second sees the first when it looks for an overlap,
 * whichever teams the shifts belong to; the second makes every change to a shift's places (sign-up, approval,
 * capacity change, cancel) run one after the other, so the count of places taken is exact. Locks are always taken
 * volunteer first, then shift, so two transactions never wait on each other in a circle. The unique key
 * (shift, member) of {@code vol_signup} stops a double sign-up even without the locks.
 */
@Component(service = SignupService.class)
public class SignupService {

    private final Transactions tx;
    private final CoreRecords core;
    private final Clock clock;

    @Activate
    public SignupService(@Reference(name = "jpa", target = VolunteerSchema.UNIT_FILTER) JpaTemplate jpa,
                         @Reference(name = "schema") VolunteerSchema schema,
                         @Reference(name = "streets") StreetService streets,
                         @Reference(name = "organizations") OrganizationService organizations,
                         @Reference(name = "members") MemberService members) {
        this(jpa, streets, organizations, members, Clock.systemDefaultZone());
    }

    SignupService(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                         MemberService members, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreRecords(streets, organizations, members);
        this.clock = clock;
    }

    public Signup get(Caller caller, String streetCode, long signupId) {
        Access.require(Permissions.READ, caller, streetCode);
        return tx.inTransaction(em -> Dtos.signup(Store.signup(em, streetCode, signupId)));
    }

    /**
     * Signs a team member up: CONFIRMED at once for an OPEN shift, REQUESTED for an APPROVAL shift.
     *
     * @throws ServiceException 409 {@code SHIFT_FULL}, {@code SHIFT_OVERLAP} (field memberId),
     *                          {@code ALREADY_SIGNED_UP}, {@code SHIFT_CANCELLED}, {@code TEAM_INACTIVE}; 400
     *                          {@code NOT_TEAM_MEMBER}, {@code MEMBER_NOT_IN_STREET}, {@code MEMBER_NOT_ACTIVE}
     */
    public Signup signUp(Caller caller, String streetCode, long shiftId, Long memberId) {
        Access.require(Permissions.SIGNUPS_MANAGE, caller, streetCode);
        tx.inTransaction(em -> {
            ShiftEntity shift = Store.shift(em, streetCode, shiftId);  // 404 before anything else is asked
            Access.requireTeamScope(caller, shift.getTeam().getBranchId());
            return null;
        });
        Problems p = new Problems();
        Member member = null;
        if (p.require("memberId", memberId)) {
            member = core.activeMember(caller, streetCode, "memberId", memberId, p);
        }
        p.throwIfAny();
        String name = member.name();
        return tx.inTransaction(em -> {
            VolunteerEntity volunteer = Store.lockedVolunteer(em, memberId);
            ShiftEntity shift = Store.lockedShift(em, streetCode, shiftId);
            if (volunteer == null || !shift.getTeam().hasMember(memberId)) {
                throw ServiceException.invalid(
                        new Problems().add("memberId", "NOT_TEAM_MEMBER", memberId, shift.getTeam().getName()).list());
            }
            if (shift.getStatus() == ShiftStatus.CANCELLED) {
                throw ServiceException.conflict("SHIFT_CANCELLED");
            }
            if (shift.getTeam().getStatus() != TeamStatus.ACTIVE) {
                throw ServiceException.conflict("TEAM_INACTIVE", shift.getTeam().getName());
            }
            SignupEntity signup = Store.signupOf(em, shiftId, memberId);
            if (signup != null && SignupStatus.TAKING_TIME.contains(signup.getStatus())) {
                throw ServiceException.conflict("ALREADY_SIGNED_UP",
                        new FieldProblem("memberId", "ALREADY_SIGNED_UP", List.of()));
            }
            TimeSlot slot = shift.slot();
            List<SignupEntity> overlaps = Store.overlapping(em, memberId, slot, shiftId);
            if (!overlaps.isEmpty()) {
                ShiftEntity other = overlaps.get(0).getShift();
                // a shift of another street (a member transferred out) is named by its time only
                String team = streetCode.equals(other.getStreetCode()) ? other.getTeam().getName() : "";
                throw ServiceException.conflict("SHIFT_OVERLAP", new FieldProblem("memberId", "SHIFT_OVERLAP",
                        List.of(team, other.getShiftDate().toString(),
                                other.getStartTime().toString(), other.getEndTime().toString())));
            }
            requireFreePlace(em, shift);
            Instant now = clock.instant();
            if (!name.equals(volunteer.getMemberName())) {
                volunteer.setMemberName(name);
                volunteer.setUpdatedAt(now);
            }
            SignupStatus initial = shift.getSignupMode() == SignupMode.OPEN
                    ? SignupStatus.CONFIRMED : SignupStatus.REQUESTED;
            if (signup == null) {
                signup = new SignupEntity(shift, volunteer);
                signup.request(initial, caller.username(), now);
                em.persist(signup);
            } else {
                signup.request(initial, caller.username(), now);  // again, after a withdrawal or rejection
            }
            em.flush();
            return Dtos.signup(signup);
        });
    }

    /** Withdraws a sign-up that is requested or confirmed; one already ended is answered as it is. */
    public Signup withdraw(Caller caller, String streetCode, long shiftId, long memberId) {
        Access.require(Permissions.SIGNUPS_MANAGE, caller, streetCode);
        return tx.inTransaction(em -> {
            ShiftEntity shift = Store.lockedShift(em, streetCode, shiftId);
            Access.requireTeamScope(caller, shift.getTeam().getBranchId());
            SignupEntity signup = Store.signupOf(em, shiftId, memberId);
            if (signup == null) {
                throw ServiceException.notFound("SIGNUP_NOT_FOUND", memberId);
            }
            if (signup.getStatus() == SignupStatus.ATTENDED) {
                throw ServiceException.conflict("ALREADY_CHECKED_IN");
            }
            if (signup.getStatus() == SignupStatus.REQUESTED || signup.getStatus() == SignupStatus.CONFIRMED) {
                signup.decide(SignupStatus.WITHDRAWN, caller.username(), clock.instant());
                em.flush();
            }
            return Dtos.signup(signup);
        });
    }

    /** The captain (through staff) accepts a requested sign-up, if a place is free. */
    public Signup approve(Caller caller, String streetCode, long signupId, Long version) {
        return onShift(Permissions.SHIFTS_MANAGE, caller, streetCode, signupId, version, (em, signup) -> {
            requireStatus(signup, SignupStatus.REQUESTED, "SIGNUP_NOT_REQUESTED");
            requireFreePlace(em, signup.getShift());
            signup.decide(SignupStatus.CONFIRMED, caller.username(), clock.instant());
        });
    }

    public Signup reject(Caller caller, String streetCode, long signupId, Long version) {
        return onShift(Permissions.SHIFTS_MANAGE, caller, streetCode, signupId, version, (em, signup) -> {
            requireStatus(signup, SignupStatus.REQUESTED, "SIGNUP_NOT_REQUESTED");
            signup.decide(SignupStatus.REJECTED, caller.username(), clock.instant());
        });
    }

    /** Records that a confirmed volunteer came: on the shift's day or later; minutes default to its length. */
    public Signup checkIn(Caller caller, String streetCode, long signupId, Long version) {
        return onShift(Permissions.SHIFTS_MANAGE, caller, streetCode, signupId, version, (em, signup) -> {
            if (signup.getStatus() == SignupStatus.ATTENDED) {
                throw ServiceException.conflict("ALREADY_CHECKED_IN");
            }
            requireStatus(signup, SignupStatus.CONFIRMED, "SIGNUP_NOT_CONFIRMED");
            if (signup.getShift().getShiftDate().isAfter(LocalDate.now(clock))) {
                throw ServiceException.conflict("SHIFT_NOT_STARTED", signup.getShift().getShiftDate());
            }
            signup.checkIn(signup.getShift().slot().minutes(), caller.username(), clock.instant());
        });
    }

    /** Corrects the minutes of an attendance before they are approved. */
    public Signup recordMinutes(Caller caller, String streetCode, long signupId, HoursInput in) {
        Access.require(Permissions.SHIFTS_MANAGE, caller, streetCode);
        Problems p = new Problems();
        if (p.require("minutes", in.minutes()) && !Hours.isValidMinutes(in.minutes())) {
            p.add("minutes", "OUT_OF_RANGE", 1, Hours.MAX_MINUTES);
        }
        p.require("version", in.version());
        p.throwIfAny();
        return onSignup(Permissions.SHIFTS_MANAGE, caller, streetCode, signupId, in.version(), (em, signup) -> {
            requireUnapprovedAttendance(signup);
            signup.setMinutes(in.minutes());
        });
    }

    /** The captain (through staff) approves the minutes; only approved minutes count anywhere. */
    public Signup approveHours(Caller caller, String streetCode, long signupId, Long version) {
        return onSignup(Permissions.HOURS_APPROVE, caller, streetCode, signupId, version, (em, signup) -> {
            requireUnapprovedAttendance(signup);
            signup.approveHours(caller.username(), clock.instant());
        });
    }

    private interface Change {
        void apply(EntityManager em, SignupEntity signup);
    }

    /** A change of a sign-up that touches the shift's places: the shift is locked first. */
    private Signup onShift(ModulePermission permission, Caller caller, String streetCode, long signupId,
                           Long version, Change change) {
        return change(permission, caller, streetCode, signupId, version, true, change);
    }

    private Signup onSignup(ModulePermission permission, Caller caller, String streetCode, long signupId,
                            Long version, Change change) {
        return change(permission, caller, streetCode, signupId, version, false, change);
    }

    private Signup change(ModulePermission permission, Caller caller, String streetCode, long signupId,
                          Long version, boolean lockShift, Change change) {
        Access.require(permission, caller, streetCode);
        if (version == null) {
            throw ServiceException.invalid(new Problems().add("version", "REQUIRED").list());
        }
        return tx.inTransaction(em -> {
            SignupEntity signup = Store.signup(em, streetCode, signupId);
            if (lockShift) {
                Store.lockedShift(em, streetCode, signup.getShift().getId());
                em.refresh(signup);  // what the sign-up is now that nobody else can change the shift's places
            }
            Access.requireTeamScope(caller, signup.getShift().getTeam().getBranchId());
            OptimisticLocking.requireVersion(version, signup.getVersion());
            change.apply(em, signup);
            em.flush();
            return Dtos.signup(signup);
        });
    }

    private static void requireFreePlace(EntityManager em, ShiftEntity shift) {
        if (Store.placesTaken(em, shift.getId()) >= shift.getCapacity()) {
            throw ServiceException.conflict("SHIFT_FULL", shift.getCapacity());
        }
    }

    private static void requireStatus(SignupEntity signup, SignupStatus wanted, String code) {
        if (signup.getStatus() != wanted) {
            throw ServiceException.conflict(code);
        }
    }

    private static void requireUnapprovedAttendance(SignupEntity signup) {
        if (signup.getStatus() != SignupStatus.ATTENDED) {
            throw ServiceException.conflict("NOT_CHECKED_IN");
        }
        if (signup.getHoursStatus() == HoursStatus.APPROVED) {
            throw ServiceException.conflict("HOURS_ALREADY_APPROVED");
        }
    }
}
