package org.silverbranch.orglife.dues.internal.rules;

import java.time.LocalDate;

import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;

/**
 * A member as the dues figures need them, nothing sensitive: read in bulk from the core's
 * {@link org.silverbranch.core.api.model.MemberFacts} (one call per street or for the district), or taken from a core
 * {@link Member} a caller already holds. The exported API keeps the core's {@code Member}; only this record travels
 * inside the bundle.
 */
public record DuesMember(long id, String name, String streetCode, Long branchId, MemberStatus status,
                         LocalDate joinedPartyOn, Long monthlyPensionFen) {

    public static DuesMember of(Member m) {
        return new DuesMember(m.id(), m.name(), m.streetCode(), m.branchId(), m.status(), m.joinedPartyOn(),
                m.monthlyPensionFen());
    }

    public static DuesMember of(org.silverbranch.core.api.model.MemberFacts f) {
        return new DuesMember(f.id(), f.name(), f.streetCode(), f.branchId(), f.status(), f.joinedPartyOn(),
                f.monthlyPensionFen());
    }

    /** Only an active member owes dues (see {@link Obligation}). */
    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }
}
