package org.silverbranch.orglife.supervision.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.orglife.supervision.InspectionKind;

/** An inspection of a branch. Street and branch are core codes and ids, not relationships. */
@Entity
@Table(name = "ol_inspection")
public class InspectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "organization_name")
    private String organizationName;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    @Enumerated(EnumType.STRING)
    private InspectionKind kind;
    private String inspectors;
    private String summary;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL)
    @OrderBy("findingNo")
    private List<RectificationEntity> findings = new ArrayList<>();

    public List<String> inspectorNames() {
        return inspectors == null || inspectors.isEmpty() ? List.of() : Arrays.asList(inspectors.split("\n"));
    }

    public void setInspectorNames(List<String> names) {
        this.inspectors = String.join("\n", names);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public String getOrganizationName() { return organizationName; }
    public void setOrganizationName(String organizationName) { this.organizationName = organizationName; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public InspectionKind getKind() { return kind; }
    public void setKind(InspectionKind kind) { this.kind = kind; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public void setRecordedAt(Instant recordedAt) { this.recordedAt = recordedAt; }
    public List<RectificationEntity> getFindings() { return findings; }
}
