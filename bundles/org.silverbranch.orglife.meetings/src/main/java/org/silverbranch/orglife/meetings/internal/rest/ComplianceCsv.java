package org.silverbranch.orglife.meetings.internal.rest;

import java.util.ArrayList;
import java.util.List;

import org.silverbranch.core.rest.Csv;
import org.silverbranch.orglife.meetings.BranchCompliance;
import org.silverbranch.orglife.meetings.ComplianceTotals;
import org.silverbranch.orglife.meetings.MeetingType;
import org.silverbranch.orglife.meetings.RequirementCompliance;
import org.silverbranch.orglife.meetings.StreetCompliance;
import org.silverbranch.orglife.meetings.internal.rules.Labels;

/**
 * A street's compliance list for Excel: one line per retiree branch and a total line; for each kind of meeting the
 * slots required and met in two columns (a cell like "1/3" would be read by Excel as a date). Empty cells for kinds
 * that do not apply to a branch.
 */
final class ComplianceCsv {

    private ComplianceCsv() {
    }

    static byte[] of(StreetCompliance street) {
        Csv csv = new Csv();
        List<Object> header = new ArrayList<>(List.of("街道代码", "街道", "期间", "支部编号", "支部名称", "社区代码", "状态",
                "达标率(%)", "应开(次)", "已开(次)", "未开(次)", "进行中(次)"));
        for (MeetingType type : MeetingType.values()) {
            header.add(Labels.of(type) + " 应开");
            header.add(Labels.of(type) + " 已开");
        }
        csv.row(header.toArray());
        for (BranchCompliance b : street.branches()) {
            List<Object> row = new ArrayList<>(List.of(street.streetCode(), street.streetName(), street.period(),
                    b.organizationId(), b.name(), nullToEmpty(b.communityCode()), Labels.of(b.status())));
            row.add(b.compliancePercent() == null ? "" : b.compliancePercent());
            row.addAll(List.of(b.required(), b.met(), b.missed(), b.due()));
            for (MeetingType type : MeetingType.values()) {
                RequirementCompliance r = b.requirements().stream().filter(x -> x.type() == type).findFirst()
                        .orElse(null);
                row.add(r == null ? "" : r.required());
                row.add(r == null ? "" : r.met());
            }
            csv.row(row.toArray());
        }
        ComplianceTotals t = street.totals();
        csv.row(street.streetCode(), street.streetName(), street.period(), "", "合计 " + t.branches() + " 个支部", "",
                "达标 " + t.branchesMet() + "，未达标 " + t.branchesMissed() + "，进行中 " + t.branchesDue(),
                t.compliancePercent() == null ? "" : t.compliancePercent(), t.required(), t.met(), t.missed(), t.due());
        return csv.toBytes();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
