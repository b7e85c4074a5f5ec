package org.silverbranch.orglife.meetings.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.api.Period;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.ParticipationRate;
import org.silverbranch.orglife.meetings.ParticipationService;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingsSchema;
import org.silverbranch.orglife.meetings.internal.rules.ComplianceCalculator;

/**
 * Participation facts as aggregate queries: last participation per member from the roll rows alone (each carries
 * its meeting's street, branch and, when the member took part in it as held, its date: see {@code V001}), through
 * covering indexes by member and by street; rates as sums of the counts kept on each meeting row, so a street's
 * or the district's figure is one query whatever the number of members.
 */
@Component(service = ParticipationService.class)
public class ParticipationServiceImpl implements ParticipationService {

    /** Member ids per IN list: well below the parameter limits of Derby and PostgreSQL. */
    static final int CHUNK = 500;
    private static final String SUMS = "SELECT COUNT(m), SUM(m.expectedAttendees), SUM(m.presentCount),"
            + " SUM(m.remoteCount), SUM(m.absentCount)";

    private final Transactions tx;
    private final OrganizationService organizations;

    @Activate
    public ParticipationServiceImpl(@Reference(name = "jpa", target = MeetingsSchema.UNIT_FILTER) JpaTemplate jpa,
                                    @Reference(name = "schema") MeetingsSchema schema,
                                    @Reference(name = "organizations") OrganizationService organizations) {
        this(jpa, organizations);
    }

    public ParticipationServiceImpl(JpaTemplate jpa, OrganizationService organizations) {
        this.tx = new Transactions(jpa);
        this.organizations = organizations;
    }

    @Override
    public Map<Long, LocalDate> lastParticipation(Caller caller, Collection<Long> memberIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        Scope scope = Scope.of(caller);
        if (scope == null || memberIds.isEmpty()) {
            return last;
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(memberIds));
        tx.inTransaction(em -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                TypedQuery<Object[]> q = em.createQuery("SELECT a.memberId, MAX(a.participationDate)"
                        + " FROM AttendeeEntity a WHERE a.memberId IN :ids AND a.participationDate IS NOT NULL"
                        + scope.where + " GROUP BY a.memberId", Object[].class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                collect(scope.bind(q), last);
            }
            return null;
        });
        return last;
    }

    @Override
    public Map<Long, LocalDate> lastParticipationInStreet(Caller caller, String streetCode) {
        requireArea(caller, streetCode);
        Map<Long, LocalDate> last = new HashMap<>();
        tx.inTransaction(em -> {
            TypedQuery<Object[]> q = em.createQuery("SELECT a.memberId, MAX(a.participationDate)"
                    + " FROM AttendeeEntity a WHERE a.participationDate IS NOT NULL"
                    + (streetCode == null ? "" : " AND a.streetCode = :street") + " GROUP BY a.memberId",
                    Object[].class);
            if (streetCode != null) {
                q.setParameter("street", streetCode);
            }
            collect(q, last);
            return null;
        });
        return last;
    }

    @Override
    public ParticipationRate branch(Caller caller, long organizationId, Period period) {
        Organization org = organizations.get(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), organizationId);
        return tx.inTransaction(em -> rate(String.valueOf(organizationId), period, held(em, SUMS
                + " FROM MeetingEntity m WHERE m.branchId = :branch" + HELD_IN_PERIOD, period)
                .setParameter("branch", organizationId).getSingleResult()));
    }

    @Override
    public ParticipationRate street(Caller caller, String streetCode, Period period) {
        requireArea(caller, streetCode);
        return tx.inTransaction(em -> {
            TypedQuery<Object[]> q = held(em, SUMS + " FROM MeetingEntity m WHERE "
                    + (streetCode == null ? "1 = 1" : "m.streetCode = :street") + HELD_IN_PERIOD, period);
            if (streetCode != null) {
                q.setParameter("street", streetCode);
            }
            return rate(streetCode == null ? "district" : streetCode, period, q.getSingleResult());
        });
    }

    @Override
    public List<ParticipationRate> byBranch(Caller caller, String streetCode, Period period) {
        BranchScope.requireStreetRead(caller, streetCode);
        return tx.inTransaction(em -> held(em, "SELECT m.branchId, COUNT(m), SUM(m.expectedAttendees),"
                + " SUM(m.presentCount), SUM(m.remoteCount), SUM(m.absentCount) FROM MeetingEntity m"
                + " WHERE m.streetCode = :street" + HELD_IN_PERIOD + " GROUP BY m.branchId ORDER BY m.branchId",
                period).setParameter("street", streetCode).getResultList().stream()
                .map(r -> rate(String.valueOf(r[0]), period, tail(r))).toList());
    }

    @Override
    public List<ParticipationRate> byStreet(Caller caller, Period period) {
        BranchScope.requireDistrictRead(caller);
        return tx.inTransaction(em -> held(em, "SELECT m.streetCode, COUNT(m), SUM(m.expectedAttendees),"
                + " SUM(m.presentCount), SUM(m.remoteCount), SUM(m.absentCount) FROM MeetingEntity m"
                + " WHERE 1 = 1" + HELD_IN_PERIOD + " GROUP BY m.streetCode ORDER BY m.streetCode", period)
                .getResultList().stream().map(r -> rate((String) r[0], period, tail(r))).toList());
    }

    private static final String HELD_IN_PERIOD = " AND m.status = :held AND m.date BETWEEN :from AND :to";

    private static TypedQuery<Object[]> held(EntityManager em, String jpql, Period period) {
        return em.createQuery(jpql, Object[].class).setParameter("held", MeetingStatus.HELD)
                .setParameter("from", period.start()).setParameter("to", period.end());
    }

    private static void collect(TypedQuery<Object[]> q, Map<Long, LocalDate> into) {
        for (Object[] row : q.getResultList()) {
            into.put((Long) row[0], (LocalDate) row[1]);
        }
    }

    private static Object[] tail(Object[] row) {
        Object[] rest = new Object[row.length - 1];
        System.arraycopy(row, 1, rest, 0, rest.length);
        return rest;
    }

    /** COUNT, SUM(expected), SUM(present), SUM(remote), SUM(absent); sums are null over no rows. */
    static ParticipationRate rate(String key, Period period, Object[] sums) {
        long meetings = number(sums[0]);
        long expected = number(sums[1]);
        long present = number(sums[2]);
        long remote = number(sums[3]);
        long absent = number(sums[4]);
        return new ParticipationRate(key, period.toString(), meetings, expected, present, remote, absent,
                ComplianceCalculator.ratio(present + remote, expected));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A street's figures for its readers, the district's (null street) for district roles. */
    private static void requireArea(Caller caller, String streetCode) {
        if (streetCode == null) {
            BranchScope.requireDistrictRead(caller);
        } else {
            BranchScope.requireStreetRead(caller, streetCode);
        }
    }

    /** The meetings a caller may read (BranchScope), as a JPQL condition on the roll row {@code a}; null for none. */
    private record Scope(String where, String street, Long branch) {

        static Scope of(Caller caller) {
            if (BranchScope.isDistrictWide(caller)) {
                return new Scope("", null, null);
            }
            return switch (caller.role()) {
                case STREET_ADMIN, VIEWER -> caller.streetCode() == null ? null
                        : new Scope(" AND a.streetCode = :scopeStreet", caller.streetCode(), null);
                case BRANCH_SECRETARY -> caller.branchId() == null || caller.streetCode() == null ? null
                        : new Scope(" AND a.streetCode = :scopeStreet AND a.branchId = :scopeBranch",
                        caller.streetCode(), caller.branchId());
                default -> null;
            };
        }

        TypedQuery<Object[]> bind(TypedQuery<Object[]> q) {
            if (street != null) {
                q.setParameter("scopeStreet", street);
            }
            if (branch != null) {
                q.setParameter("scopeBranch", branch);
            }
            return q;
        }
    }
}
