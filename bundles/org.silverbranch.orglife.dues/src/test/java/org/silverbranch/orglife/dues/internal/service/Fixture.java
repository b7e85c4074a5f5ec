package org.silverbranch.orglife.dues.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;

import org.silverbranch.orglife.dues.AdvanceConsent;
import org.silverbranch.orglife.dues.PaidBy;
import org.silverbranch.orglife.dues.PaymentInput;
import org.silverbranch.orglife.dues.PaymentMethod;
import org.silverbranch.orglife.dues.internal.DuesRules;
import org.silverbranch.orglife.dues.internal.FakeCore;
import org.silverbranch.orglife.dues.internal.TestClock;
import org.silverbranch.orglife.dues.internal.TestDatabase;
import org.silverbranch.orglife.dues.internal.TestRules;
import org.silverbranch.orglife.dues.internal.rules.DuesSettings;

/** The bundle's services on a fresh real database with the fake core; today is 2026-11-20. */
public final class Fixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    public final TestDatabase db = new TestDatabase();
    public final FakeCore core = new FakeCore();
    public final TestClock clock = new TestClock(TODAY.atTime(10, 0));
    public final DuesRules rules = TestRules.of(DuesSettings.DEFAULTS);
    public final DuesServiceImpl dues = new DuesServiceImpl(db, core.members, rules, core.audit, clock);
    public final DuesReportsImpl reports = new DuesReportsImpl(db, core.streets, core.organizations, core.members,
            rules, clock);
    public final BranchFundServiceImpl funds = new BranchFundServiceImpl(db, core.organizations, core.audit, clock);
    public final DuesLedger ledger = new DuesLedger(dues);

    public void setNow(LocalDateTime now) {
        clock.set(now);
    }

    /** A payment of the months by the member, in cash, today. */
    public static PaymentInput pay(long amountFen, String... months) {
        return new PaymentInput(Arrays.stream(months).map(YearMonth::parse).toList(), amountFen, PaymentMethod.CASH,
                TODAY, PaidBy.SELF, null, null, null);
    }

    public static PaymentInput payInAdvance(long amountFen, String... months) {
        return new PaymentInput(Arrays.stream(months).map(YearMonth::parse).toList(), amountFen,
                PaymentMethod.WECHAT, TODAY, PaidBy.SELF, null, new AdvanceConsent("张书记", TODAY.minusDays(2)), null);
    }

    @Override
    public void close() {
        db.close();
    }
}
