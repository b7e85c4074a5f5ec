package org.silverbranch.module.volunteer.internal.service;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.silverbranch.core.api.ServiceException;
import org.silverbranch.module.volunteer.internal.model.ShiftStatus;
import org.silverbranch.module.volunteer.internal.model.SignupStatus;
import org.silverbranch.module.volunteer.internal.persistence.ShiftEntity;
import org.silverbranch.module.volunteer.internal.persistence.SignupEntity;
import org.silverbranch.module.volunteer.internal.persistence.TeamEntity;
import org.silverbranch.module.volunteer.internal.persistence.VolunteerEntity;
import org.silverbranch.module.volunteer.internal.rules.TimeSlot;

/**
 * Finding the module's records within one street: a record of another street is answered exactly like one that
 * does not exist (404), so ids cannot be probed across streets.
 */
final class Store {

    private Store() {
    }

    static TeamEntity team(EntityManager em, String streetCode, long id) {
        TeamEntity team = em.find(TeamEntity.class, id);
        if (team == null || !team.getStreetCode().equals(streetCode)) {
            throw ServiceException.notFound("TEAM_NOT_FOUND", id);
        }
        return team;
    }

    static ShiftEntity shift(EntityManager em, String streetCode, long id) {
        return shift(em, streetCode, id, LockModeType.NONE);
    }

    /**
     * The shift, locked until the transaction ends ({@code SELECT ... FOR UPDATE}): every change to the places of a
     * shift (sign-up, approval, capacity, cancel) takes this lock first, so they run one after the other and each
     * counts what the one before it wrote.
     */
    static ShiftEntity lockedShift(EntityManager em, String streetCode, long id) {
        return shift(em, streetCode, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static ShiftEntity shift(EntityManager em, String streetCode, long id, LockModeType lock) {
        ShiftEntity shift = em.find(ShiftEntity.class, id, lock);
        if (shift == null || !shift.getStreetCode().equals(streetCode)) {
            throw ServiceException.notFound("SHIFT_NOT_FOUND", id);
        }
        return shift;
    }

    static SignupEntity signup(EntityManager em, String streetCode, long id) {
        SignupEntity signup = em.find(SignupEntity.class, id);
        if (signup == null || !signup.getShift().getStreetCode().equals(streetCode)) {
            throw ServiceException.notFound("SIGNUP_NOT_FOUND", id);
        }
        return signup;
    }

    /** The volunteer's row, locked until the transaction ends; null when the member was never on a roster. */
    static VolunteerEntity lockedVolunteer(EntityManager em, long memberId) {
        return em.find(VolunteerEntity.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    static SignupEntity signupOf(EntityManager em, long shiftId, long memberId) {
        List<SignupEntity> found = em.createQuery("SELECT s FROM SignupEntity s"
                        + " WHERE s.shift.id = :shift AND s.volunteer.memberId = :member", SignupEntity.class)
                .setParameter("shift", shiftId).setParameter("member", memberId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Sign-ups holding one of the shift's places. */
    static int placesTaken(EntityManager em, long shiftId) {
        return em.createQuery("SELECT COUNT(s) FROM SignupEntity s WHERE s.shift.id = :shift"
                        + " AND s.status IN :holding", Long.class)
                .setParameter("shift", shiftId).setParameter("holding", SignupStatus.HOLDING_A_PLACE)
                .getSingleResult().intValue();
    }

    /**
     * The volunteer's other sign-ups, in any team and street, that take time on the slot's day and intersect it.
     * The candidates are narrowed by day in SQL and the intersection decided by {@link TimeSlot#overlaps}, the one
     * definition of an overlap.
     */
    static List<SignupEntity> overlapping(EntityManager em, long memberId, TimeSlot slot, long exceptShiftId) {
        return em.createQuery("SELECT s FROM SignupEntity s WHERE s.volunteer.memberId = :member"
                        + " AND s.status IN :taking AND s.shift.status = :scheduled AND s.shift.shiftDate = :date"
                        + " AND s.shift.id <> :except ORDER BY s.shift.startTime", SignupEntity.class)
                .setParameter("member", memberId).setParameter("taking", SignupStatus.TAKING_TIME)
                .setParameter("scheduled", ShiftStatus.SCHEDULED).setParameter("date", slot.date())
                .setParameter("except", exceptShiftId)
                .getResultList().stream()
                .filter(s -> s.getShift().slot().overlaps(slot))
                .toList();
    }
}
