package org.silverbranch.core.api.model;

/**
 * A search of a street's members. Every criterion is optional.
 *
 * @param q         part of the name, or a whole resident ID number
 * @param branchId  only members of this branch
 * @param communityCode only members living in this community
 * @param residency only members with this residency status
 * @param status    only members with this status (default: all)
 * @param page      zero-based page
 * @param size      rows per page, 1 to 200
 * @param sort      {@code name}, {@code birthDate}, {@code joinedPartyOn} or {@code id}; a leading {@code -} sorts descending
 */
public record MemberQuery(String q, Long branchId, String communityCode, ResidencyStatus residency,
                          MemberStatus status, int page, int size, String sort) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;
}
