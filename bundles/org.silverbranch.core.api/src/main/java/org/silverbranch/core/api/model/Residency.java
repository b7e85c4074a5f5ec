package org.silverbranch.core.api.model;

import java.time.LocalDate;

/**
 * Where a member is. {@code place} is sensitive personal information (whereabouts).
 *
 * @param place          where an away member stays, e.g. 海南省三亚市
 * @param since          when they left
 * @param expectedReturn when they are expected back (seasonal members)
 */
public record Residency(ResidencyStatus status, String place, LocalDate since, LocalDate expectedReturn) {

    public static Residency resident() {
        return new Residency(ResidencyStatus.RESIDENT, null, null, null);
    }
}
