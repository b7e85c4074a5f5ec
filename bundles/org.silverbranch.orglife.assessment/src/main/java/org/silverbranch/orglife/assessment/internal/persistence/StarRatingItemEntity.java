package org.silverbranch.orglife.assessment.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Version;

import org.silverbranch.orglife.assessment.CriterionKind;
import org.silverbranch.orglife.assessment.CriterionStatus;

/** One criterion of a rating, as the district table had it when the rating was created, with figure or score. */
@Entity
@Table(name = "ol_star_rating_item")
public class StarRatingItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(optional = false)
    @JoinColumn(name = "rating_id")
    private StarRatingEntity rating;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "criterion_key")
    private String criterionKey;
    @Column(name = "criterion_name")
    private String criterionName;
    @Enumerated(EnumType.STRING)
    private CriterionKind kind;
    private int points;
    @Enumerated(EnumType.STRING)
    private CriterionStatus status;
    @Column(name = "figure_percent")
    private Integer figurePercent;
    @Column(name = "figure_met")
    private Boolean figureMet;
    private Integer earned;
    private String evidence;

    protected StarRatingItemEntity() {
    }

    public StarRatingItemEntity(StarRatingEntity rating, int lineNo, String criterionKey, String criterionName,
                                CriterionKind kind, int points) {
        this.rating = rating;
        this.lineNo = lineNo;
        this.criterionKey = criterionKey;
        this.criterionName = criterionName;
        this.kind = kind;
        this.points = points;
        this.status = kind == CriterionKind.SCORED ? CriterionStatus.NOT_SCORED : CriterionStatus.NOT_AVAILABLE;
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public String getCriterionKey() { return criterionKey; }
    public String getCriterionName() { return criterionName; }
    public CriterionKind getKind() { return kind; }
    public int getPoints() { return points; }
    public CriterionStatus getStatus() { return status; }
    public void setStatus(CriterionStatus status) { this.status = status; }
    public Integer getFigurePercent() { return figurePercent; }
    public void setFigurePercent(Integer figurePercent) { this.figurePercent = figurePercent; }
    public Boolean getFigureMet() { return figureMet; }
    public void setFigureMet(Boolean figureMet) { this.figureMet = figureMet; }
    public Integer getEarned() { return earned; }
    public void setEarned(Integer earned) { this.earned = earned; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
