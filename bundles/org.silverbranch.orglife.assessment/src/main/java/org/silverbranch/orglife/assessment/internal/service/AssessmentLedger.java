package org.silverbranch.orglife.assessment.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.module.LedgerContributor;
import org.silverbranch.core.api.module.LedgerEntry;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.assessment.AppraisalResult;
import org.silverbranch.orglife.assessment.SecretaryGrade;
import org.silverbranch.orglife.assessment.internal.persistence.AppraisalEntity;
import org.silverbranch.orglife.assessment.internal.persistence.AssessmentSchema;
import org.silverbranch.orglife.assessment.internal.persistence.SecretaryAssessmentEntity;

/**
 * The member's ledger (台账) lines of assessment, source {@code core} (organizational life is part of the core):
 * the appraisal of the year ({@code APPRAISAL}, e.g. "2026年度民主评议党员：优秀") and, for a branch secretary, the
 * assessment of the year ({@code SECRETARY_ASSESSMENT}), each on the day it was made. The report asks for "接受评议
 * 情况" in the ledger. The core's ledger service decides who may read a member's ledger.
 */
@Component(service = LedgerContributor.class)
public class AssessmentLedger implements LedgerContributor {

    public static final String SOURCE = "core";
    public static final String APPRAISAL = "APPRAISAL";
    public static final String SECRETARY_ASSESSMENT = "SECRETARY_ASSESSMENT";

    static final Map<AppraisalResult, String> RESULT_NAMES = Map.of(AppraisalResult.EXCELLENT, "优秀",
            AppraisalResult.QUALIFIED, "合格", AppraisalResult.BASICALLY_QUALIFIED, "基本合格",
            AppraisalResult.UNQUALIFIED, "不合格");
    static final Map<SecretaryGrade, String> GRADE_NAMES = Map.of(SecretaryGrade.EXCELLENT, "优秀",
            SecretaryGrade.GOOD, "良好", SecretaryGrade.PASS, "合格", SecretaryGrade.FAIL, "不合格");

    private final Transactions tx;

    @Activate
    public AssessmentLedger(@Reference(name = "jpa", target = AssessmentSchema.UNIT_FILTER) JpaTemplate jpa,
                            @Reference(name = "schema") AssessmentSchema schema) {
        this(jpa);
    }

    public AssessmentLedger(JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<LedgerEntry> entries(Caller caller, long memberId, int year) {
        return tx.inTransaction(em -> {
            List<LedgerEntry> entries = new ArrayList<>();
            for (AppraisalEntity a : em.createQuery("SELECT a FROM AppraisalEntity a WHERE a.memberId = :member"
                            + " AND a.appraisalYear = :year", AppraisalEntity.class)
                    .setParameter("member", memberId).setParameter("year", year).getResultList()) {
                entries.add(new LedgerEntry(SOURCE, a.getAppraisedOn(), APPRAISAL,
                        a.getAppraisalYear() + "年度民主评议党员：" + RESULT_NAMES.get(a.getResult()), null, null));
            }
            for (SecretaryAssessmentEntity s : em.createQuery("SELECT s FROM SecretaryAssessmentEntity s"
                            + " WHERE s.memberId = :member AND s.assessmentYear = :year ORDER BY s.id",
                            SecretaryAssessmentEntity.class)
                    .setParameter("member", memberId).setParameter("year", year).getResultList()) {
                entries.add(new LedgerEntry(SOURCE, s.getAssessedOn(), SECRETARY_ASSESSMENT,
                        s.getAssessmentYear() + "年度" + s.getOrganizationName() + "书记考核："
                                + GRADE_NAMES.get(s.getGrade()), null, null));
            }
            return entries;
        });
    }
}
