package org.silverbranch.orglife.dues.internal.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.silverbranch.orglife.dues.AdvanceConsent;
import org.silverbranch.orglife.dues.Payment;
import org.silverbranch.orglife.dues.internal.persistence.PaidMonthEntity;
import org.silverbranch.orglife.dues.internal.persistence.PaymentEntity;
import org.silverbranch.orglife.dues.internal.rules.Months;

/** Entities to the API's records. */
final class Dtos {

    private Dtos() {
    }

    static Payment payment(PaymentEntity p, List<PaidMonthEntity> months) {
        List<PaidMonthEntity> sorted = months.stream().sorted(Comparator.comparingInt(PaidMonthEntity::getMonth))
                .toList();
        List<YearMonth> ms = sorted.stream().map(m -> Months.of(m.getMonth())).toList();
        List<Long> amounts = sorted.stream().map(PaidMonthEntity::getAmountFen).toList();
        AdvanceConsent consent = p.getConsentBy() == null ? null : new AdvanceConsent(p.getConsentBy(), p.getConsentOn());
        return new Payment(p.getId(), p.getMemberId(), p.getBranchId(), p.getStreetCode(), ms, amounts,
                p.getAmountFen(), p.getMethod(), p.getPaidOn(), p.getPaidBy(), p.getProxyName(), consent, p.getNote(),
                p.getRecordedBy(), p.getRecordedAt());
    }

    /** The payments with their months, read in one query. */
    static List<Payment> payments(EntityManager em, List<PaymentEntity> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PaidMonthEntity>> months = new HashMap<>();
        List<Long> ids = payments.stream().map(PaymentEntity::getId).toList();
        for (int i = 0; i < ids.size(); i += PaidMonths.CHUNK) {
            em.createQuery("SELECT pm FROM PaidMonthEntity pm WHERE pm.paymentId IN :ids", PaidMonthEntity.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + PaidMonths.CHUNK)))
                    .getResultList()
                    .forEach(pm -> months.computeIfAbsent(pm.getPaymentId(), k -> new ArrayList<>()).add(pm));
        }
        return payments.stream().map(p -> payment(p, months.getOrDefault(p.getId(), List.of()))).toList();
    }
}
