/**
 * Party dues (党费) of retired members: the monthly due from the declared pension, payments, arrears, the collection
 * rate, dues returned to a branch (返还) and the branch's spending of them.
 *
 * <p>Rules (中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》, 中组发〔2008〕3号, on retirees): the base is the
 * member's monthly pension; up to 5,000 yuan pays 0.5 %, above 5,000 yuan 1 %; a member may pay more; paying a quarter
 * or half a year in advance is allowed with the branch's consent. Rates, threshold, the month the platform's records
 * start and how far ahead a member may pay are district settings (PID {@code org.silverbranch.orglife.dues}).
 *
 * <p>Money is in fen (1 yuan = 100 fen), {@code long}, never floating point. Months are {@link java.time.YearMonth}
 * ({@code "2026-01"} in JSON). Every service takes the {@link org.silverbranch.core.api.Caller} first and applies the
 * branch scope of {@code org.silverbranch.orglife.api.BranchScope}: a record outside the caller's scope is not found
 * (404), a visible one the caller may not change is forbidden (403).
 */
@Version("1.0.0")
@Export
package org.silverbranch.orglife.dues;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
