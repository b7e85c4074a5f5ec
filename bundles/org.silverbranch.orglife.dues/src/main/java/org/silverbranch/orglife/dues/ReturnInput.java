package org.silverbranch.orglife.dues;

import java.time.LocalDate;

/**
 * Dues returned to a branch (党费返还) by the street or district.
 *
 * @param amountFen  more than 0
 * @param returnedOn not in the future
 * @param note       up to 200 characters, optional
 */
public record ReturnInput(Long amountFen, LocalDate returnedOn, ReturnSource source, String note) {
}
