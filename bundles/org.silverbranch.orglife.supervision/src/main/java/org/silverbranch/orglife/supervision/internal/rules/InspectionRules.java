package org.silverbranch.orglife.supervision.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.silverbranch.core.api.Problems;
import org.silverbranch.orglife.supervision.FindingInput;
import org.silverbranch.orglife.supervision.InspectionInput;
import org.silverbranch.orglife.supervision.RectificationStatus;
import org.silverbranch.orglife.supervision.RectificationUpdate;

/**
 * The field rules of inspections and rectification tasks, collected as field problems so the user sees every wrong
 * field at once. Whether an owner is a member of the branch is asked of the core by the service.
 */
public final class InspectionRules {

    public static final int MAX_INSPECTORS = 20;
    public static final int MAX_NAME = 50;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_FINDINGS = 100;
    public static final int MAX_TEXT = 1000;

    private InspectionRules() {
    }

    /** Every field rule of a new inspection but the owners' branch membership. */
    public static void check(InspectionInput in, LocalDate today, Problems p) {
        if (p.require("inspectedOn", in.inspectedOn()) && in.inspectedOn().isAfter(today)) {
            p.add("inspectedOn", "DATE_IN_FUTURE");
        }
        p.require("kind", in.kind());
        List<String> inspectors = in.inspectors();
        if (p.require("inspectors", inspectors)) {
            if (inspectors.size() > MAX_INSPECTORS) {
                p.add("inspectors", "TOO_MANY_ITEMS", MAX_INSPECTORS);
            } else {
                for (int i = 0; i < inspectors.size(); i++) {
                    name(p, "inspectors[" + i + "]", inspectors.get(i));
                }
            }
        }
        p.maxLength("summary", in.summary(), MAX_SUMMARY);
        List<FindingInput> findings = in.findings() == null ? List.of() : in.findings();
        if (findings.size() > MAX_FINDINGS) {
            p.add("findings", "TOO_MANY_ITEMS", MAX_FINDINGS);
            return;
        }
        for (int i = 0; i < findings.size(); i++) {
            String at = "findings[" + i + "]";
            FindingInput f = findings.get(i);
            if (f == null) {
                p.add(at, "REQUIRED");
                continue;
            }
            p.requireText(at + ".description", f.description(), MAX_TEXT);
            if (p.require(at + ".deadline", f.deadline()) && in.inspectedOn() != null
                    && f.deadline().isBefore(in.inspectedOn())) {
                p.add(at + ".deadline", "DEADLINE_BEFORE_INSPECTION", in.inspectedOn());
            }
            if (f.ownerMemberId() == null) {
                if (f.ownerName() == null || f.ownerName().isBlank()) {
                    p.add(at + ".ownerName", "OWNER_REQUIRED");
                } else {
                    name(p, at + ".ownerName", f.ownerName());
                }
            }
        }
    }

    /**
     * A status change of a task that is OPEN (the service answers 409 otherwise).
     *
     * @param inspectedOn the inspection's date: nothing is done before it
     */
    public static void check(RectificationUpdate in, LocalDate inspectedOn, LocalDate today, Problems p) {
        p.require("version", in.version());
        if (!p.require("status", in.status())) {
            return;
        }
        switch (in.status()) {
            case OPEN -> p.add("status", "INVALID_VALUE", RectificationStatus.DONE + ", " + RectificationStatus.CANCELLED);
            case DONE -> {
                if (p.require("completedOn", in.completedOn())) {
                    if (in.completedOn().isAfter(today)) {
                        p.add("completedOn", "DATE_IN_FUTURE");
                    } else if (in.completedOn().isBefore(inspectedOn)) {
                        p.add("completedOn", "COMPLETED_BEFORE_INSPECTION", inspectedOn);
                    }
                }
                p.requireText("completionNote", in.completionNote(), MAX_TEXT);
            }
            case CANCELLED -> p.requireText("cancelReason", in.cancelReason(), MAX_TEXT);
        }
    }

    /** A person's name: required, one line, at most {@link #MAX_NAME} characters. */
    private static void name(Problems p, String field, String value) {
        if (p.require(field, value)) {
            p.maxLength(field, value.strip(), MAX_NAME);
            if (value.chars().anyMatch(Character::isISOControl)) {
                p.add(field, "INVALID_VALUE");
            }
        }
    }
}
