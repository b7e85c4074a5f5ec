package org.silverbranch.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberFacts;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.SensitiveField;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;

/**
 * Party members. Members are never deleted: they are transferred out or recorded as deceased. Every answer is
 * limited to the caller's scope (another street's member is not found) and carries sensitive personal information
 * masked ({@link SensitiveField}); writes outside the caller's scope are forbidden (403).
 */
@ProviderType
public interface MemberService {

    /** @throws ServiceException {@code STREET_NOT_FOUND} (404), {@code VALIDATION_FAILED} for a bad query */
    Page<Member> search(Caller caller, String streetCode, MemberQuery query);

    /**
     * The facts of every member of a street (of the district when {@code streetCode} is null) in the caller's scope,
     * whatever their status, ordered by id, in one query: for figures over whole streets, where paging through
     * {@link #search} would cost one call per 200 members. A branch secretary gets their branch, a specialist nothing.
     *
     * @throws ServiceException {@code STREET_NOT_FOUND} (404) for a street outside the caller's scope;
     *                          {@code FORBIDDEN} (403) for the district and a caller who is not district-wide
     */
    default List<MemberFacts> facts(Caller caller, String streetCode) {
        // Correct for any implementation, a page at a time; the core's own implementation answers in one query.
        if (streetCode == null) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
        List<MemberFacts> facts = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Member> members = search(caller, streetCode, new MemberQuery(null, null, null, null, null, page,
                    MemberQuery.MAX_PAGE_SIZE, null));
            members.items().forEach(m -> facts.add(new MemberFacts(m.id(), m.name(), m.streetCode(),
                    m.communityCode(), m.branchId(), m.category(), m.membership(), m.status(),
                    m.residency() == null ? null : m.residency().status(),
                    m.residency() == null ? null : m.residency().expectedReturn(), m.joinedPartyOn(),
                    m.monthlyPensionFen())));
            if (members.items().size() < MemberQuery.MAX_PAGE_SIZE) {
                return facts;
            }
        }
    }

    /** @throws ServiceException {@code MEMBER_NOT_FOUND} (404) */
    Member get(Caller caller, long id);

    /**
     * The member with the named sensitive fields in full; each unmask is audited.
     *
     * @throws ServiceException {@code FORBIDDEN} (403) when the caller may not see one of the fields in full
     */
    Member get(Caller caller, long id, Set<SensitiveField> unmask);

    /**
     * Every member with this ID number in any street, whatever their status: a district admin's power.
     *
     * @throws ServiceException {@code FORBIDDEN} (403) for other roles
     */
    List<Member> findByIdNumber(Caller caller, String idNumber);

    /**
     * @throws ServiceException {@code VALIDATION_FAILED} (400), {@code DUPLICATE_ID_NUMBER} (409) when an active
     *                          member already has the ID number
     */
    Member create(Caller caller, String streetCode, Member member);

    /** @throws ServiceException {@code STALE_VERSION} (409) when {@code member.version} is not the stored one */
    Member update(Caller caller, long id, Member member);

    /** Moves the member to another branch, or out of the district; the history is kept. */
    Transfer transfer(Caller caller, long memberId, TransferRequest request);

    /** The member's transfers, oldest first. */
    List<Transfer> transfers(Caller caller, long memberId);
}
