package org.silverbranch.core.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.silverbranch.core.api.model.Member;
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
