package org.silverbranch.module.venue.internal.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModulePermission;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.venue.internal.Access;
import org.silverbranch.module.venue.internal.Permissions;
import org.silverbranch.module.venue.internal.model.ActionInput;
import org.silverbranch.module.venue.internal.model.BookerType;
import org.silverbranch.module.venue.internal.model.Booking;
import org.silverbranch.module.venue.internal.model.BookingInput;
import org.silverbranch.module.venue.internal.model.BookingStatus;
import org.silverbranch.module.venue.internal.model.SeriesInput;
import org.silverbranch.module.venue.internal.model.SeriesResult;
import org.silverbranch.module.venue.internal.model.SkippedDate;
import org.silverbranch.module.venue.internal.model.VenueStatus;
import org.silverbranch.module.venue.internal.persistence.BookingEntity;
import org.silverbranch.module.venue.internal.persistence.SlotClaims;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;
import org.silverbranch.module.venue.internal.persistence.VenueSchema;
import org.silverbranch.module.venue.internal.rules.BookingRules;
import org.silverbranch.module.venue.internal.rules.Recurrence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bookings: making them (one, or a series), approval, cancellation, check-in and the release of no-shows.
 * <p>
 * No double booking: every active booking claims each quarter hour it covers in {@code ven_slot_claim}, whose
 * primary key (venue, quarter start) admits one claim only. The overlap query before the claims gives a clear
 * answer in the usual case; the claims decide when two requests race, on Derby and PostgreSQL alike: the second
 * insert waits for the first transaction and fails on the key once it commits, and its whole booking is rolled
 * back (409 {@code BOOKING_CONFLICT}). Rejecting, cancelling and releasing delete the claims in the same
 * transaction as the status change. Claims are always inserted in time order, so two racing bookings never wait on
 * each other in a circle.
 */
@Component(service = BookingService.class)
public class BookingService {

    /** The longest period a booking list covers. */
    public static final int MAX_LIST_DAYS = 366;
    /** How long before its start a booking may be checked in. */
    public static final int CHECK_IN_EARLY_MINUTES = 30;
    /** The booker's name a branch secretary sees on a booking that is not theirs. */
    public static final String MASKED_BOOKER = "******";
    private static final Caller RELEASER = Caller.system("venue-no-show");
    private static final Logger LOG = LoggerFactory.getLogger(BookingService.class);

    private final Transactions tx;
    private final CoreRecords core;
    private final Audit audit;
    private final Clock clock;

    @Activate
    public BookingService(@Reference(name = "jpa", target = VenueSchema.UNIT_FILTER) JpaTemplate jpa,
                          @Reference(name = "schema") VenueSchema schema,
                          @Reference(name = "streets") StreetService streets,
                          @Reference(name = "organizations") OrganizationService organizations,
                          @Reference(name = "members") MemberService members,
                          @Reference(name = "audit") AuditTrail audit) {
        this(jpa, streets, organizations, members, audit, Clock.systemDefaultZone());
    }

    BookingService(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                          MemberService members, AuditTrail audit, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreRecords(streets, organizations, members);
        this.audit = new Audit(audit);
        this.clock = clock;
    }

    /**
     * Bookings the street made or of the street's venues, by start; without dates from today for 31 days. A branch
     * secretary sees every booking (the time it takes), but the booker only of their own ones (see
     * {@link #isTheirs}); of the others the booker's name is {@code ******} and the id null.
     */
    public List<Booking> list(Caller caller, String streetCode, Long venueId, LocalDate from, LocalDate to,
                              BookingStatus status, String seriesId) {
        Access.require(Permissions.READ, caller, streetCode);
        Problems bounds = new Problems();
        BookingRules.checkDateBounds(bounds, "from", from);
        BookingRules.checkDateBounds(bounds, "to", to);
        bounds.throwIfAny();
        LocalDate first = from != null ? from : (to != null ? to.minusDays(30) : LocalDate.now(clock));
        LocalDate last = to != null ? to : first.plusDays(30);
        Problems p = new Problems();
        if (last.isBefore(first)) {
            p.add("to", "RANGE_REVERSED");
        } else if (first.plusDays(MAX_LIST_DAYS - 1).isBefore(last)) {
            p.add("to", "RANGE_TOO_LONG", MAX_LIST_DAYS);
        }
        p.throwIfAny();
        List<Booking> bookings = tx.inTransaction(em -> {
            TypedQuery<BookingEntity> q = em.createQuery("SELECT b FROM BookingEntity b"
                    + " WHERE (b.bookerStreetCode = :street OR b.venueStreetCode = :street)"
                    + " AND b.bookingDate BETWEEN :from AND :to"
                    + (venueId == null ? "" : " AND b.venue.id = :venue")
                    + (status == null ? "" : " AND b.status = :status")
                    + (seriesId == null ? "" : " AND b.seriesId = :series")
                    + " ORDER BY b.startsAt, b.id", BookingEntity.class)
                    .setParameter("street", streetCode).setParameter("from", first).setParameter("to", last);
            if (venueId != null) {
                q.setParameter("venue", venueId);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (seriesId != null) {
                q.setParameter("series", seriesId);
            }
            return q.getResultList().stream().map(Dtos::booking).toList();
        });
        return masked(caller, bookings);
    }

    /** One booking; to a branch secretary with the booker masked unless it is theirs, as in {@link #list}. */
    public Booking get(Caller caller, String streetCode, long id) {
        Access.require(Permissions.READ, caller, streetCode);
        Booking booking = tx.inTransaction(em -> Dtos.booking(Store.booking(em, streetCode, id)));
        return masked(caller, List.of(booking)).get(0);
    }

    /** The bookings as the caller may see them: a branch secretary sees the booker of their own ones only. */
    private List<Booking> masked(Caller caller, List<Booking> bookings) {
        if (caller.role() != Role.BRANCH_SECRETARY) {
            return bookings;
        }
        Map<Long, Long> memberBranches = new HashMap<>();
        return bookings.stream().map(b -> isTheirs(caller, b, memberBranches) ? b
                : new Booking(b.id(), b.version(), b.venueId(), b.venueName(), b.venueStreetCode(),
                        b.bookerStreetCode(), b.bookerType(), null, MASKED_BOOKER, b.purpose(), b.headcount(),
                        b.date(), b.startTime(), b.endTime(), b.status(), b.seriesId(), b.requestedAt(),
                        b.requestedBy(), b.decidedAt(), b.decidedBy(), b.note(), b.checkedInAt(), b.checkedInBy(),
                        b.releasedAt())).toList();
    }

    /**
     * Whether the booking is the caller's to see and change in full: always, but for a branch secretary, who has
     * their own branch's bookings and those of its members (the member as the core shows it to them; a member they
     * cannot see is not theirs). Asks the core: call outside the module's transactions.
     *
     * @param memberBranches the members' branches looked up so far, filled in
     */
    private boolean isTheirs(Caller caller, Booking b, Map<Long, Long> memberBranches) {
        if (caller.role() != Role.BRANCH_SECRETARY) {
            return true;
        }
        Long branch = caller.branchId();
        if (branch == null || b.bookerId() == null) {
            return false;
        }
        long bookerId = b.bookerId();
        if (b.bookerType() == BookerType.BRANCH) {
            return bookerId == branch;
        }
        if (b.bookerType() == BookerType.MEMBER) {
            if (!memberBranches.containsKey(bookerId)) {
                memberBranches.put(bookerId, core.memberBranch(caller, bookerId));
            }
            return branch.equals(memberBranches.get(bookerId));
        }
        return false;
    }

    /**
     * Books a venue of the street, or one shared with it: CONFIRMED, or REQUESTED when the venue wants approval.
     *
     * @throws ServiceException 400 {@code VALIDATION_FAILED} naming the broken rule per field; 409
     *                          {@code BOOKING_CONFLICT} (the time taken, naming the other booking's time),
     *                          {@code OVER_QUOTA}, {@code VENUE_NOT_SHARED}, {@code VENUE_INACTIVE}
     */
    public Booking book(Caller caller, String streetCode, BookingInput in) {
        Access.require(Permissions.BOOKINGS_MANAGE, caller, streetCode);
        Checked checked = check(caller, streetCode, in.venueId(), in, new Problems());
        List<FieldProblem> dateProblems = BookingRules.checkDate(in.date(), in.startTime(), in.endTime(),
                checked.venue.policy(), checked.venue.hours(), checked.venue.blackouts(), LocalDateTime.now(clock));
        if (!dateProblems.isEmpty()) {
            throw ServiceException.invalid(dateProblems);
        }
        Booking booked = place(caller, streetCode, checked, List.of(in.date()), null).get(0);
        audit.record(caller, "BOOKING_CREATE", "booking", booked.id(), null, booked);
        return booked;
    }

    /**
     * Books a weekly or monthly series. Without {@code skipConflicts} all dates are booked in one transaction or none
     * (400/409 naming the first date that fails); with it, each date is booked in its own transaction, and a date
     * that cannot be booked is skipped and reported with the rule's code, the others stay booked.
     */
    public SeriesResult bookSeries(Caller caller, String streetCode, SeriesInput in) {
        Access.require(Permissions.BOOKINGS_MANAGE, caller, streetCode);
        Problems recurrence = Recurrence.check(in.frequency(), in.occurrences(), in.date(), in.until());
        Checked checked = check(caller, streetCode, in.venueId(), in.booking(), recurrence);
        String seriesId = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        List<SkippedDate> skipped = new ArrayList<>();
        List<LocalDate> bookable = new ArrayList<>();
        List<FieldProblem> failures = new ArrayList<>();
        for (Recurrence.Occurrence o : Recurrence.dates(in.frequency(), in.occurrences(), in.date(), in.until())) {
            if (!o.exists()) {
                skipped.add(new SkippedDate(o.date(), "NO_SUCH_DAY",
                        List.of(String.valueOf(in.date().getDayOfMonth()), o.date().toString()), null));
                continue;
            }
            List<FieldProblem> problems = BookingRules.checkDate(o.date(), in.startTime(), in.endTime(),
                    checked.venue.policy(), checked.venue.hours(), checked.venue.blackouts(), now);
            if (problems.isEmpty()) {
                bookable.add(o.date());
            } else if (Boolean.TRUE.equals(in.skipConflicts())) {
                skipped.add(new SkippedDate(o.date(), problems.get(0).code(), problems.get(0).args(), null));
            } else {
                problems.forEach(f -> failures.add(new FieldProblem("occurrences[" + o.date() + "]." + f.field(),
                        f.code(), f.args())));
            }
        }
        if (!failures.isEmpty()) {
            throw ServiceException.invalid(failures);
        }
        List<Booking> booked = new ArrayList<>();
        if (!Boolean.TRUE.equals(in.skipConflicts())) {
            booked.addAll(place(caller, streetCode, checked, bookable, seriesId));
        } else {
            for (LocalDate date : bookable) {
                try {
                    booked.addAll(place(caller, streetCode, checked, List.of(date), seriesId));
                } catch (ServiceException e) {
                    if (e.kind() != ErrorKind.CONFLICT) {
                        throw e;
                    }
                    FieldProblem why = e.fields().isEmpty() ? null : e.fields().get(0);
                    skipped.add(new SkippedDate(date, e.code(), why == null ? e.args() : why.args(), null));
                }
            }
        }
        booked.forEach(b -> audit.record(caller, "BOOKING_CREATE", "booking", b.id(), null, b));
        skipped.sort((a, b) -> a.date().compareTo(b.date()));
        return new SeriesResult(booked.isEmpty() ? null : seriesId, booked, skipped);
    }

    /**
     * The venue's street approves a requested booking (its time is held already) until its end: 409
     * {@code BOOKING_ENDED} afterwards, where approving would only make it a no-show.
     */
    public Booking approve(Caller caller, String streetCode, long id, ActionInput in) {
        return change(Permissions.BOOKINGS_APPROVE, caller, streetCode, id, in, "BOOKING_APPROVE", true,
                (em, b) -> {
                    requireStatus(b, BookingStatus.REQUESTED, "BOOKING_NOT_REQUESTED");
                    if (!LocalDateTime.now(clock).isBefore(b.getEndsAt())) {
                        throw ServiceException.conflict("BOOKING_ENDED");
                    }
                    b.decide(BookingStatus.CONFIRMED, caller.username(), note(in), clock.instant());
                });
    }

    /** The venue's street rejects a requested booking; its time is free again. */
    public Booking reject(Caller caller, String streetCode, long id, ActionInput in) {
        return change(Permissions.BOOKINGS_APPROVE, caller, streetCode, id, in, "BOOKING_REJECT", true,
                (em, b) -> {
                    requireStatus(b, BookingStatus.REQUESTED, "BOOKING_NOT_REQUESTED");
                    b.decide(BookingStatus.REJECTED, caller.username(), note(in), clock.instant());
                    SlotClaims.release(em, b.getId());
                });
    }

    /**
     * Either street cancels a requested or confirmed booking, until the venue's cancellation deadline before its
     * start; its time is free again.
     */
    public Booking cancel(Caller caller, String streetCode, long id, ActionInput in) {
        return change(Permissions.BOOKINGS_MANAGE, caller, streetCode, id, in, "BOOKING_CANCEL", false,
                (em, b) -> {
                    if (b.getStatus() != BookingStatus.REQUESTED && b.getStatus() != BookingStatus.CONFIRMED) {
                        throw ServiceException.conflict("BOOKING_NOT_CANCELLABLE", b.getStatus());
                    }
                    int deadline = b.getVenue().policy().cancelDeadlineMinutes();
                    if (LocalDateTime.now(clock).isAfter(b.getStartsAt().minusMinutes(deadline))) {
                        throw ServiceException.conflict("CANCELLATION_DEADLINE_PASSED", new FieldProblem("startTime",
                                "CANCELLATION_DEADLINE_PASSED", List.of(String.valueOf(deadline))));
                    }
                    b.decide(BookingStatus.CANCELLED, caller.username(), note(in), clock.instant());
                    SlotClaims.release(em, b.getId());
                });
    }

    /** The venue's street records that the booker came: from 30 minutes before the start until the end. */
    public Booking checkIn(Caller caller, String streetCode, long id, ActionInput in) {
        return change(Permissions.BOOKINGS_MANAGE, caller, streetCode, id, in, "BOOKING_CHECK_IN", true,
                (em, b) -> {
                    if (b.getStatus() == BookingStatus.CHECKED_IN) {
                        throw ServiceException.conflict("ALREADY_CHECKED_IN");
                    }
                    requireStatus(b, BookingStatus.CONFIRMED, "BOOKING_NOT_CONFIRMED");
                    LocalDateTime now = LocalDateTime.now(clock);
                    if (now.isBefore(b.getStartsAt().minusMinutes(CHECK_IN_EARLY_MINUTES))) {
                        throw ServiceException.conflict("CHECK_IN_TOO_EARLY", CHECK_IN_EARLY_MINUTES);
                    }
                    if (!now.isBefore(b.getEndsAt())) {
                        throw ServiceException.conflict("BOOKING_ENDED");
                    }
                    b.checkIn(caller.username(), clock.instant());
                });
    }

    /**
     * Marks NO_SHOW every confirmed booking nobody checked in within {@code grace} of its start (or of its
     * confirmation, for one confirmed after it started), and frees its time. Each booking is released in its own
     * transaction; one checked in at the same moment keeps its check-in (the release loses on the version). A booking
     * that fails otherwise is logged (warn, with its id) and skipped; the others are released.
     *
     * @return the bookings released
     */
    public List<Booking> releaseNoShows(Duration grace) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> candidates = tx.inTransaction(em -> em.createQuery("SELECT b.id FROM BookingEntity b"
                        + " WHERE b.status = :confirmed AND b.startsAt <= :cutoff ORDER BY b.startsAt", Long.class)
                .setParameter("confirmed", BookingStatus.CONFIRMED).setParameter("cutoff", now.minus(grace))
                .getResultList());
        List<Booking> released = new ArrayList<>();
        for (long id : candidates) {
            try {
                Booking[] before = new Booking[1];
                Booking after = tx.inTransaction(em -> {
                    BookingEntity b = em.find(BookingEntity.class, id);
                    if (b == null || b.getStatus() != BookingStatus.CONFIRMED || now.isBefore(dueBy(b).plus(grace))) {
                        return null;
                    }
                    before[0] = Dtos.booking(b);
                    b.release(clock.instant());
                    SlotClaims.release(em, id);
                    em.flush();
                    return Dtos.booking(b);
                });
                if (after != null) {
                    released.add(after);
                    audit.record(RELEASER, "BOOKING_NO_SHOW", "booking", id, before[0], after);
                }
            } catch (ServiceException e) {
                if (e.kind() != ErrorKind.CONFLICT) {
                    LOG.warn("Releasing no-show venue booking {} failed; the others go on", id, e);
                }
                // a conflict: checked in or cancelled at the same moment, and that change stands
            } catch (RuntimeException e) {
                // one broken booking must not keep the others' time taken
                LOG.warn("Releasing no-show venue booking {} failed; the others go on", id, e);
            }
        }
        return released;
    }

    /** When the booker is expected: the start, or the confirmation when it came later (a walk-in, a late approval). */
    private LocalDateTime dueBy(BookingEntity b) {
        LocalDateTime confirmed = b.getConfirmedAt() == null ? b.getStartsAt()
                : LocalDateTime.ofInstant(b.getConfirmedAt(), clock.getZone());
        return confirmed.isAfter(b.getStartsAt()) ? confirmed : b.getStartsAt();
    }

    /** A request whose venue, booker and shape were checked. */
    private record Checked(VenueSnapshot venue, BookingInput in, String bookerName) {
    }

    /** The venue, the request's own fields and the booker, every problem reported at once. */
    private Checked check(Caller caller, String streetCode, Long venueId, BookingInput in, Problems p) {
        if (venueId == null) {
            p.add("venueId", "REQUIRED");
            p.throwIfAny();
        }
        VenueSnapshot venue = tx.inTransaction(em -> {
            VenueEntity v = Store.bookableVenue(em, streetCode, venueId);
            return VenueSnapshot.of(v, VenueDetails.of(em, venueId));
        });
        Problems shape = BookingRules.checkRequest(in, venue.capacity(), venue.policy());
        shape.list().forEach(f -> p.add(f.field(), f.code(), f.args().toArray()));
        String name = null;
        if (!p.has("bookerType") && !p.has("bookerId") && !p.has("bookerName")) {
            name = core.bookerName(caller, streetCode, in.bookerType(), in.bookerId(), in.bookerName(), p);
        }
        p.throwIfAny();
        if (venue.status() != VenueStatus.ACTIVE) {
            throw ServiceException.conflict("VENUE_INACTIVE", venue.name());
        }
        return new Checked(venue, in, name);
    }

    /**
     * Writes the bookings of the dates in one transaction: checks overlap and quota, inserts each booking and its
     * claims. A claim refused by the key is answered like an overlap found by the query, naming the other booking.
     */
    private List<Booking> place(Caller caller, String streetCode, Checked c, List<LocalDate> dates,
                                String seriesId) {
        // Racing requests for one slot can make the database end a lock wait or pick a deadlock victim (a generic
        // 409 CONFLICT). That request was not wrong: run it again, and it meets the winner's booking and is told
        // which booking holds the time, like every other loser.
        for (int attempt = 1; ; attempt++) {
            try {
                return placeOnce(caller, streetCode, c, dates, seriesId);
            } catch (ServiceException e) {
                if (!"CONFLICT".equals(e.code()) || attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static final int LOCK_ATTEMPTS = 5;

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceException.conflict("CONFLICT");
        }
    }

    private List<Booking> placeOnce(Caller caller, String streetCode, Checked c, List<LocalDate> dates,
                                    String seriesId) {
        LocalDate[] current = new LocalDate[1];
        try {
            return tx.inTransaction(em -> {
                VenueEntity venue = Store.bookableVenue(em, streetCode, c.venue.id());
                if (venue.getStatus() != VenueStatus.ACTIVE) {
                    throw ServiceException.conflict("VENUE_INACTIVE", venue.getName());
                }
                List<Booking> made = new ArrayList<>();
                for (LocalDate date : dates) {
                    current[0] = date;
                    made.add(Dtos.booking(placeOne(em, caller, streetCode, venue, c, date, seriesId)));
                }
                return made;
            });
        } catch (RuntimeException e) {
            if (!isSlotTaken(e)) {
                throw e;
            }
            LocalDateTime start = current[0].atTime(c.in.startTime());
            LocalDateTime end = current[0].atTime(c.in.endTime());
            List<BookingEntity> others = tx.inTransaction(em -> Store.overlapping(em, c.venue.id(), start, end));
            throw others.isEmpty() ? conflict(start, end) : conflict(others.get(0).getStartsAt(),
                    others.get(0).getEndsAt());
        }
    }

    private BookingEntity placeOne(EntityManager em, Caller caller, String streetCode, VenueEntity venue,
                                   Checked c, LocalDate date, String seriesId) {
        LocalDateTime start = date.atTime(c.in.startTime());
        LocalDateTime end = date.atTime(c.in.endTime());
        List<BookingEntity> overlapping = Store.overlapping(em, venue.getId(), start, end);
        if (!overlapping.isEmpty()) {
            throw conflict(overlapping.get(0).getStartsAt(), overlapping.get(0).getEndsAt());
        }
        BookingEntity b = new BookingEntity();
        b.setVenue(venue);
        b.setBookerStreetCode(streetCode);
        b.setBookerType(c.in.bookerType());
        b.setBookerId(c.in.bookerId());
        b.setBookerName(c.bookerName);
        b.setPurpose(c.in.purpose().strip());
        b.setHeadcount(c.in.headcount());
        b.setTime(start, end);
        b.setSeriesId(seriesId);
        Integer quota = venue.policy().weeklyQuota();
        if (quota != null) {
            LocalDate monday = date.with(DayOfWeek.MONDAY);
            if (Store.activeBookingsOf(em, b, monday, monday.plusDays(6)) >= quota) {
                throw ServiceException.conflict("OVER_QUOTA", new FieldProblem("bookerId", "OVER_QUOTA",
                        List.of(String.valueOf(quota), monday.toString())));
            }
        }
        Instant now = clock.instant();
        b.request(venue.policy().approvalRequired() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED,
                caller.username(), now);
        em.persist(b);
        em.flush();  // the booking row (and its id) before the claims that refer to it
        try {
            SlotClaims.claim(em, b);
        } catch (RuntimeException e) {
            if (SlotClaims.isTaken(e)) {
                throw new SlotTaken();
            }
            throw e;
        }
        return b;
    }

    /**
     * A claim refused by the primary key. Carries no cause on purpose: the core's translation would make the
     * SQL error a generic CONSTRAINT_VIOLATION, where the user should be told which booking holds the time.
     */
    private static final class SlotTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SlotTaken() {
            super("slot already claimed", null, false, false);
        }
    }

    private static boolean isSlotTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SlotTaken) {
                return true;
            }
        }
        return false;
    }

    /** 409 {@code BOOKING_CONFLICT} naming the date and times of the booking that holds the time. */
    private static ServiceException conflict(LocalDateTime start, LocalDateTime end) {
        return ServiceException.conflict("BOOKING_CONFLICT", new FieldProblem("startTime", "BOOKING_CONFLICT",
                List.of(start.toLocalDate().toString(), start.toLocalTime().toString(),
                        end.toLocalTime().toString())));
    }

    private interface Change {
        void apply(EntityManager em, BookingEntity booking);
    }

    /**
     * One action on a booking in one transaction, with the version read; audited once committed.
     *
     * @param venueStreetOnly whether only the venue's street may act (approve, reject, check in); cancelling is
     *                        open to the booker's street too
     * @throws ServiceException 403 {@code FORBIDDEN} for a branch secretary and a booking not theirs (see
     *                          {@link #isTheirs})
     */
    private Booking change(ModulePermission permission, Caller caller,
                           String streetCode, long id, ActionInput in, String action, boolean venueStreetOnly,
                           Change change) {
        Access.require(permission, caller, streetCode);
        Problems p = new Problems();
        p.require("version", in.version());
        p.maxLength("note", in.note(), BookingRules.MAX_PURPOSE);
        p.throwIfAny();
        if (caller.role() == Role.BRANCH_SECRETARY) {
            // the booker never changes, so it may be read ahead; the core is asked outside the transaction
            Booking seen = tx.inTransaction(em -> Dtos.booking(Store.booking(em, streetCode, id)));
            if (!isTheirs(caller, seen, new HashMap<>())) {
                throw ServiceException.forbidden("FORBIDDEN");
            }
        }
        Booking[] before = new Booking[1];
        Booking after = tx.inTransaction(em -> {
            BookingEntity b = Store.booking(em, streetCode, id);
            if (venueStreetOnly) {
                Access.requireVenueStreet(b.getVenueStreetCode(), streetCode);
            }
            OptimisticLocking.requireVersion(in.version(), b.getVersion());
            before[0] = Dtos.booking(b);
            change.apply(em, b);
            em.flush();
            return Dtos.booking(b);
        });
        audit.record(caller, action, "booking", id, before[0], after);
        return after;
    }

    private static void requireStatus(BookingEntity b, BookingStatus wanted, String code) {
        if (b.getStatus() != wanted) {
            throw ServiceException.conflict(code, b.getStatus());
        }
    }

    private static String note(ActionInput in) {
        return in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }
}
