package org.silverbranch.orglife.assessment.internal.persistence;

import java.time.Instant;
import java.util.ArrayList;
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

import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.RatingStatus;

/**
 * A branch's star rating of a year with its criteria. {@code starsSet}/{@code classSet} are the rater's own choice
 * (null: the computed one); {@code stars}/{@code branchClass} the rating's, kept in step on every save.
 */
@Entity
@Table(name = "ol_star_rating")
public class StarRatingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "organization_name")
    private String organizationName;
    @Column(name = "street_code")
    private String streetCode;
    @Column(name = "rating_year")
    private int ratingYear;
    @Enumerated(EnumType.STRING)
    private RatingStatus status;
    @Column(name = "earned_points")
    private int earnedPoints;
    @Column(name = "available_points")
    private int availablePoints;
    @Column(name = "max_points")
    private int maxPoints;
    private Integer score;
    @Column(name = "computed_stars")
    private Integer computedStars;
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_class")
    private BranchClass computedClass;
    @Column(name = "stars_set")
    private Integer starsSet;
    @Enumerated(EnumType.STRING)
    @Column(name = "class_set")
    private BranchClass classSet;
    private Integer stars;
    @Enumerated(EnumType.STRING)
    @Column(name = "branch_class")
    private BranchClass branchClass;
    private String evidence;
    private String note;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @OneToMany(mappedBy = "rating", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<StarRatingItemEntity> items = new ArrayList<>();

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getOrganizationId() { return organizationId; }
    public void setOrganizationId(long organizationId) { this.organizationId = organizationId; }
    public String getOrganizationName() { return organizationName; }
    public void setOrganizationName(String organizationName) { this.organizationName = organizationName; }
    public String getStreetCode() { return streetCode; }
    public void setStreetCode(String streetCode) { this.streetCode = streetCode; }
    public int getRatingYear() { return ratingYear; }
    public void setRatingYear(int ratingYear) { this.ratingYear = ratingYear; }
    public RatingStatus getStatus() { return status; }
    public void setStatus(RatingStatus status) { this.status = status; }
    public int getEarnedPoints() { return earnedPoints; }
    public void setEarnedPoints(int earnedPoints) { this.earnedPoints = earnedPoints; }
    public int getAvailablePoints() { return availablePoints; }
    public void setAvailablePoints(int availablePoints) { this.availablePoints = availablePoints; }
    public int getMaxPoints() { return maxPoints; }
    public void setMaxPoints(int maxPoints) { this.maxPoints = maxPoints; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
    public Integer getComputedStars() { return computedStars; }
    public void setComputedStars(Integer computedStars) { this.computedStars = computedStars; }
    public BranchClass getComputedClass() { return computedClass; }
    public void setComputedClass(BranchClass computedClass) { this.computedClass = computedClass; }
    public Integer getStarsSet() { return starsSet; }
    public void setStarsSet(Integer starsSet) { this.starsSet = starsSet; }
    public BranchClass getClassSet() { return classSet; }
    public void setClassSet(BranchClass classSet) { this.classSet = classSet; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public BranchClass getBranchClass() { return branchClass; }
    public void setBranchClass(BranchClass branchClass) { this.branchClass = branchClass; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public void setConfirmedBy(String confirmedBy) { this.confirmedBy = confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public void setConfirmedAt(Instant confirmedAt) { this.confirmedAt = confirmedAt; }
    public List<StarRatingItemEntity> getItems() { return items; }
}
