package org.silverbranch.module.venue.internal.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.module.venue.internal.Access;
import org.silverbranch.module.venue.internal.Permissions;
import org.silverbranch.module.venue.internal.model.Blackout;
import org.silverbranch.module.venue.internal.model.OpeningHours;
import org.silverbranch.module.venue.internal.model.Venue;
import org.silverbranch.module.venue.internal.model.VenueInput;
import org.silverbranch.module.venue.internal.model.VenuePolicy;
import org.silverbranch.module.venue.internal.model.VenueStatus;
import org.silverbranch.module.venue.internal.model.VenueType;
import org.silverbranch.module.venue.internal.persistence.VenueDetails;
import org.silverbranch.module.venue.internal.persistence.VenueEntity;
import org.silverbranch.module.venue.internal.persistence.VenueSchema;
import org.silverbranch.module.venue.internal.rules.VenueRules;

/**
 * A street's venues: what they are, when they open, who else may book them and by which rules. Venues are never
 * deleted (INACTIVE takes no new bookings). Changing the hours or rules does not touch bookings already made.
 */
@Component(service = VenueService.class)
public class VenueService {

    private final Transactions tx;
    private final CoreRecords core;
    private final Audit audit;
    private final Clock clock;

    @Activate
    public VenueService(@Reference(name = "jpa", target = VenueSchema.UNIT_FILTER) JpaTemplate jpa,
                        @Reference(name = "schema") VenueSchema schema,
                        @Reference(name = "streets") StreetService streets,
                        @Reference(name = "organizations") OrganizationService organizations,
                        @Reference(name = "members") MemberService members,
                        @Reference(name = "audit") AuditTrail audit) {
        this(jpa, streets, organizations, members, audit, Clock.systemDefaultZone());
    }

    VenueService(JpaTemplate jpa, StreetService streets, OrganizationService organizations,
                        MemberService members, AuditTrail audit, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreRecords(streets, organizations, members);
        this.audit = new Audit(audit);
        this.clock = clock;
    }

    /**
     * The street's venues by name; with {@code includeShared} also other streets' active venues shared with it.
     */
    public List<Venue> list(Caller caller, String streetCode, VenueType type, VenueStatus status,
                            boolean includeShared) {
        Access.require(Permissions.READ, caller, streetCode);
        return tx.inTransaction(em -> {
            List<VenueEntity> venues = visible(em, streetCode, includeShared).stream()
                    .filter(v -> type == null || v.getType() == type)
                    .filter(v -> status == null || v.getStatus() == status).toList();
            Map<Long, VenueDetails> details = VenueDetails.of(em, venues.stream().map(VenueEntity::getId).toList());
            return venues.stream().map(v -> Dtos.venue(v, details.get(v.getId()), streetCode)).toList();
        });
    }

    /** The street's venues and, with {@code includeShared}, the active ones shared with it, by name and id. */
    static List<VenueEntity> visible(EntityManager em, String streetCode, boolean includeShared) {
        List<VenueEntity> venues = new ArrayList<>(em.createQuery(
                        "SELECT v FROM VenueEntity v WHERE v.streetCode = :street", VenueEntity.class)
                .setParameter("street", streetCode).getResultList());
        List<Long> shared = includeShared ? VenueDetails.sharedWith(em, streetCode) : List.of();
        if (!shared.isEmpty()) {
            venues.addAll(em.createQuery("SELECT v FROM VenueEntity v WHERE v.id IN :ids AND v.status = :active",
                            VenueEntity.class)
                    .setParameter("ids", shared).setParameter("active", VenueStatus.ACTIVE).getResultList());
        }
        venues.sort((a, b) -> a.getName().equals(b.getName()) ? a.getId().compareTo(b.getId())
                : a.getName().compareTo(b.getName()));
        return venues;
    }

    /** A venue of the street, or one shared with it. */
    public Venue get(Caller caller, String streetCode, long id) {
        Access.require(Permissions.READ, caller, streetCode);
        return tx.inTransaction(em -> Dtos.venue(Store.visibleVenue(em, streetCode, id), VenueDetails.of(em, id),
                streetCode));
    }

    public Venue create(Caller caller, String streetCode, VenueInput in) {
        Access.require(Permissions.VENUES_MANAGE, caller, streetCode);
        check(caller, streetCode, in);
        Venue created = tx.inTransaction(em -> {
            VenueEntity v = new VenueEntity();
            v.setStreetCode(streetCode);
            v.setCreatedAt(clock.instant());
            apply(v, in);
            em.persist(v);
            em.flush();
            replaceDetails(em, v.getId(), in);
            return Dtos.venue(v, VenueDetails.of(em, v.getId()), streetCode);
        });
        audit.record(caller, "VENUE_CREATE", "venue", created.id(), null, created);
        return created;
    }

    /** Replaces every field of the venue; needs the version read. */
    public Venue update(Caller caller, String streetCode, long id, VenueInput in) {
        Access.require(Permissions.VENUES_MANAGE, caller, streetCode);
        check(caller, streetCode, in);
        Venue[] before = new Venue[1];
        Venue updated = tx.inTransaction(em -> {
            VenueEntity v = Store.ownVenue(em, streetCode, id);
            OptimisticLocking.requireVersion(in.version(), v.getVersion());
            before[0] = Dtos.venue(v, VenueDetails.of(em, id), streetCode);
            apply(v, in);
            em.flush();
            replaceDetails(em, id, in);
            return Dtos.venue(v, VenueDetails.of(em, id), streetCode);
        });
        audit.record(caller, "VENUE_UPDATE", "venue", id, before[0], updated);
        return updated;
    }

    private void check(Caller caller, String streetCode, VenueInput in) {
        Problems p = VenueRules.check(in);
        if (in.communityCode() != null && !in.communityCode().isBlank()) {
            core.requireCommunity(caller, streetCode, in.communityCode().strip(), p);
        }
        List<String> shares = in.sharedWithStreets() == null ? List.of() : in.sharedWithStreets();
        if (!shares.isEmpty()) {
            Set<String> known = core.streetCodes();
            for (int i = 0; i < shares.size(); i++) {
                String code = shares.get(i);
                if (code == null || code.isBlank()) {
                    continue;  // REQUIRED already
                }
                if (code.strip().equals(streetCode)) {
                    p.add("sharedWithStreets[" + i + "]", "SHARED_WITH_OWN_STREET");
                } else if (!known.contains(code.strip())) {
                    p.add("sharedWithStreets[" + i + "]", "UNKNOWN_STREET", code);
                }
            }
        }
        p.throwIfAny();
    }

    private void apply(VenueEntity v, VenueInput in) {
        v.setName(in.name().strip());
        v.setType(in.type());
        v.setCommunityCode(blankToNull(in.communityCode()));
        v.setCapacity(in.capacity());
        v.setAccessibilityNotes(blankToNull(in.accessibilityNotes()));
        v.setStatus(in.status() == null ? VenueStatus.ACTIVE : in.status());
        v.setPolicy((in.policy() == null ? VenuePolicy.DEFAULTS : in.policy()).withDefaults());
        // every change touches the venue's row, so its version moves even when only the hours changed
        v.setUpdatedAt(clock.instant());
    }

    private static void replaceDetails(EntityManager em, long venueId, VenueInput in) {
        Set<String> shares = new LinkedHashSet<>();
        (in.sharedWithStreets() == null ? List.<String>of() : in.sharedWithStreets()).forEach(s -> shares.add(s.strip()));
        VenueDetails.replace(em, venueId, in.openingHours() == null ? List.<OpeningHours>of() : in.openingHours(),
                in.blackoutDates() == null ? List.<Blackout>of() : in.blackoutDates(), shares);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
