package org.silverbranch.orglife.dues.internal.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.orglife.dues.DuesService;
import org.silverbranch.orglife.dues.MemberDues;
import org.silverbranch.orglife.dues.MonthDues;
import org.silverbranch.orglife.dues.MonthStatus;
import org.silverbranch.orglife.dues.PaidBy;
import org.silverbranch.orglife.dues.Payment;
import org.silverbranch.orglife.dues.PaymentMethod;
import org.silverbranch.orglife.dues.internal.rules.Months;
import org.silverbranch.orglife.dues.internal.rules.Yuan;

/**
 * The member's ledger (台账) lines of dues, source {@code core} (organizational life is part of the core): one line
 * per payment made in the year (dated the day paid, amount in yuan), and one per month of the year owed (dated the
 * month's first day; amount unknown without a declared pension).
 */
@Component(service = LedgerContributor.class)
public class DuesLedger implements LedgerContributor {

    public static final String PAYMENT = "DUES_PAYMENT";
    public static final String OWED = "DUES_OWED";
    static final String YUAN = "元";

    private static final Map<PaymentMethod, String> METHODS = Map.of(PaymentMethod.CASH, "现金",
            PaymentMethod.WECHAT, "微信", PaymentMethod.ALIPAY, "支付宝", PaymentMethod.BANK_TRANSFER, "银行转账",
            PaymentMethod.OTHER, "其他方式");
    private static final Map<PaidBy, String> PROXIES = Map.of(PaidBy.FAMILY, "家属代缴",
            PaidBy.SPECIALIST, "服务专员代缴");

    private final DuesService dues;

    @Activate
    public DuesLedger(@Reference DuesService dues) {
        this.dues = dues;
    }

    @Override
    public String source() {
        return "core";
    }

    @Override
    public List<LedgerEntry> entries(Caller caller, long memberId, int year) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (Payment p : dues.payments(caller, memberId, year)) {
            entries.add(new LedgerEntry("core", p.paidOn(), PAYMENT, title(p), Yuan.of(p.amountFen()), YUAN));
        }
        MemberDues ofYear = dues.memberDues(caller, memberId, year);
        for (MonthDues m : ofYear.months()) {
            if (m.status() == MonthStatus.OWED) {
                entries.add(new LedgerEntry("core", m.month().atDay(1), OWED, "党费未缴 " + Months.chinese(m.month()),
                        Yuan.of(m.owedFen()), m.owedFen() == null ? null : YUAN));
            }
        }
        return entries;
    }

    /** e.g. 缴纳党费 2026年1月—2026年3月（3个月，微信，家属代缴：张三） */
    static String title(Payment p) {
        List<YearMonth> months = p.months();
        String span = months.size() == 1 ? Months.chinese(months.get(0))
                : Months.chinese(months.get(0)) + "—" + Months.chinese(months.get(months.size() - 1));
        StringBuilder s = new StringBuilder("缴纳党费 ").append(span).append("（").append(months.size()).append("个月，")
                .append(METHODS.get(p.method()));
        if (p.paidBy().isProxy()) {
            s.append("，").append(PROXIES.get(p.paidBy())).append("：").append(p.proxyName());
        }
        return s.append("）").toString();
    }
}
