package org.silverbranch.orglife.assessment.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.assessment.BranchClass;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.silverbranch.orglife.assessment.CriterionKind;
import org.silverbranch.orglife.assessment.CriterionScore;
import org.silverbranch.orglife.assessment.CriterionStatus;
import org.silverbranch.orglife.assessment.RatingStatus;
import org.silverbranch.orglife.assessment.StarCriteria;
import org.silverbranch.orglife.assessment.StarCriterion;
import org.silverbranch.orglife.assessment.StarDistribution;
import org.silverbranch.orglife.assessment.StarRating;
import org.silverbranch.orglife.assessment.StarRatingInput;
import org.silverbranch.orglife.assessment.StarRatingService;
import org.silverbranch.orglife.assessment.StreetStarRatings;
import org.silverbranch.orglife.assessment.internal.AssessmentSettings;
import org.silverbranch.orglife.assessment.internal.persistence.AssessmentSchema;
import org.silverbranch.orglife.assessment.internal.persistence.StarRatingEntity;
import org.silverbranch.orglife.assessment.internal.persistence.StarRatingItemEntity;
import org.silverbranch.orglife.assessment.internal.rules.InputRules;
import org.silverbranch.orglife.assessment.internal.rules.StarScoring;
import org.silverbranch.orglife.assessment.internal.rules.StarTable;

/**
 * Star rating of branches (星级管理; the report's "五星级管理 ... 分类定级", e.g. 三星二类, with 晋位升级). A rating is
 * created as a draft with the criteria of the district table at that time and the computed figures filled in; each
 * change of the draft takes the figures anew; confirmation needs every scored criterion scored and freezes the
 * rating. Rated by the district admin or the admin of the branch's street.
 */
@Component(service = StarRatingService.class)
public class StarRatingServiceImpl implements StarRatingService {

    static final String ENTITY = "star-rating";
    private static final int MAX_FIGURE_DETAIL = InputRules.MAX_CRITERION_EVIDENCE;

    private final Transactions tx;
    private final CoreLookup core;
    private final AuditTrail audit;
    private final AssessmentSettings settings;
    private final Clock clock;
    private final FigureSources figureSources = new FigureSources(() -> this.sources);

    @Reference(service = BranchFigureSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<BranchFigureSource> sources = List.of();

    @Activate
    public StarRatingServiceImpl(@Reference(name = "jpa", target = AssessmentSchema.UNIT_FILTER) JpaTemplate jpa,
                                 @Reference(name = "schema") AssessmentSchema schema,
                                 @Reference(name = "organizations") OrganizationService organizations,
                                 @Reference(name = "members") MemberService members,
                                 @Reference(name = "audit") AuditTrail audit,
                                 @Reference(name = "settings") AssessmentSettings settings) {
        this(jpa, organizations, members, audit, settings, List.of(), Clock.systemDefaultZone());
    }

    public StarRatingServiceImpl(JpaTemplate jpa, OrganizationService organizations, MemberService members,
                                 AuditTrail audit, AssessmentSettings settings, List<BranchFigureSource> sources,
                                 Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreLookup(organizations, members);
        this.audit = audit;
        this.settings = settings;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** For tests: the sources registered now (DS sets the field itself). */
    public void setSources(List<BranchFigureSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public StarCriteria criteria(Caller caller) {
        StarTable t = settings.stars();
        return new StarCriteria(t.criteria(), t.totalPoints(), t.starThresholds(), t.classCriteria(),
                t.firstClassThreshold(), t.secondClassThreshold(), figureSources.keys());
    }

    @Override
    public StarRating create(Caller caller, long organizationId, StarRatingInput input) {
        Organization branch = core.administeredBranch(caller, organizationId);
        StarTable table = settings.stars();
        Map<String, StarCriterion> criteria = new LinkedHashMap<>();
        table.criteria().forEach(c -> criteria.put(c.key(), c));
        InputRules.starRating(input, true, criteria, LocalDate.now(clock)).throwIfAny();
        int year = input.year();
        FigureSources.Figures figures = figureSources.figures(caller, organizationId, year, computedKeys(criteria));
        StarRating saved = Duplicates.refused(() -> tx.inTransaction(em -> {
            if (find(em, organizationId, year) != null) {
                throw ServiceException.conflict("RATING_EXISTS", branch.name(), year);
            }
            Instant now = clock.instant();
            StarRatingEntity r = new StarRatingEntity();
            r.setOrganizationId(organizationId);
            r.setOrganizationName(branch.name());
            r.setStreetCode(branch.streetCode());
            r.setRatingYear(year);
            r.setStatus(RatingStatus.DRAFT);
            r.setCreatedBy(caller.username());
            r.setCreatedAt(now);
            int line = 0;
            for (StarCriterion c : table.criteria()) {
                r.getItems().add(new StarRatingItemEntity(r, line++, c.key(), c.name(), c.kind(), c.points()));
            }
            apply(r, input, figures, table, caller, now);
            em.persist(r);
            em.flush();
            return StarDtos.rating(r, previous(em, organizationId, year));
        }), () -> ServiceException.conflict("RATING_EXISTS", branch.name(), year));
        audit.record(caller, "STAR_RATING_CREATE", ENTITY, String.valueOf(saved.id()), new Changes()
                .put("organizationId", null, organizationId).put("year", null, year).put("stars", null, saved.stars())
                .put("branchClass", null, saved.branchClass()).map());
        return saved;
    }

    @Override
    public StarRating update(Caller caller, long ratingId, StarRatingInput input) {
        record Head(long organizationId, String streetCode, int year, RatingStatus status,
                    Map<String, StarCriterion> criteria) {
        }
        Head head = tx.inTransaction(em -> {
            StarRatingEntity r = readable(em, caller, ratingId);
            Map<String, StarCriterion> criteria = new LinkedHashMap<>();
            r.getItems().forEach(i -> criteria.put(i.getCriterionKey(), new StarCriterion(i.getCriterionKey(),
                    i.getCriterionName(), i.getCriterionName(), i.getKind(), i.getPoints())));
            return new Head(r.getOrganizationId(), r.getStreetCode(), r.getRatingYear(), r.getStatus(), criteria);
        });
        BranchScope.requireStreetWrite(caller, head.streetCode());
        if (head.status() == RatingStatus.CONFIRMED) {
            throw ServiceException.conflict("RATING_CONFIRMED", head.year());
        }
        InputRules.starRating(input, false, head.criteria(), LocalDate.now(clock)).throwIfAny();
        StarTable table = settings.stars();
        FigureSources.Figures figures = figureSources.figures(caller, head.organizationId(), head.year(),
                computedKeys(head.criteria()));
        boolean confirm = Boolean.TRUE.equals(input.confirm());
        Changes changes = new Changes();
        StarRating saved = tx.inTransaction(em -> {
            StarRatingEntity r = readable(em, caller, ratingId);
            OptimisticLocking.requireVersion(input.version(), r.getVersion());
            if (r.getStatus() == RatingStatus.CONFIRMED) {
                throw ServiceException.conflict("RATING_CONFIRMED", r.getRatingYear());
            }
            Integer starsBefore = r.getStars();
            Object classBefore = r.getBranchClass();
            Instant now = clock.instant();
            apply(r, input, figures, table, caller, now);
            if (confirm) {
                confirm(r, caller, now);
            }
            changes.put("stars", starsBefore, r.getStars()).put("branchClass", classBefore, r.getBranchClass())
                    .put("status", RatingStatus.DRAFT, r.getStatus());
            em.flush();
            return StarDtos.rating(r, previous(em, r.getOrganizationId(), r.getRatingYear()));
        });
        audit.record(caller, confirm ? "STAR_RATING_CONFIRM" : "STAR_RATING_UPDATE", ENTITY, String.valueOf(ratingId),
                changes.map());
        return saved;
    }

    /** Scores, figures, the rater's stars and class, evidence and note; then the score and stars anew. */
    private static void apply(StarRatingEntity r, StarRatingInput in, FigureSources.Figures figures,
                              StarTable table, Caller caller, Instant now) {
        Map<String, StarRatingItemEntity> items = new HashMap<>();
        r.getItems().forEach(i -> items.put(i.getCriterionKey(), i));
        if (in.scores() != null) {
            for (CriterionScore s : in.scores()) {
                StarRatingItemEntity item = items.get(s.criterion());
                item.setEarned(s.score());
                item.setStatus(s.score() == null ? CriterionStatus.NOT_SCORED : CriterionStatus.AVAILABLE);
                item.setEvidence(AppraisalServiceImpl.blankToNull(s.evidence()));
            }
        }
        for (StarRatingItemEntity item : r.getItems()) {
            if (item.getKind() == CriterionKind.COMPUTED) {
                figure(item, figures.figures().get(item.getCriterionKey()),
                        figures.failed().contains(item.getCriterionKey()));
            }
        }
        r.setStarsSet(in.stars());
        r.setClassSet(in.branchClass());
        r.setEvidence(AppraisalServiceImpl.blankToNull(in.evidence()));
        r.setNote(AppraisalServiceImpl.blankToNull(in.note()));
        List<StarScoring.Line> lines = r.getItems().stream().map(i -> new StarScoring.Line(i.getCriterionKey(),
                i.getPoints(), i.getStatus(), i.getEarned())).toList();
        StarScoring.Result result = StarScoring.score(table, lines);
        r.setEarnedPoints(result.earned());
        r.setAvailablePoints(result.available());
        r.setMaxPoints(result.max());
        r.setScore(result.score());
        r.setComputedStars(result.stars());
        r.setComputedClass(result.branchClass());
        r.setStars(r.getStarsSet() != null ? r.getStarsSet() : result.stars());
        r.setBranchClass(r.getClassSet() != null ? r.getClassSet() : result.branchClass());
        boolean starsDiffer = r.getStarsSet() != null && !r.getStarsSet().equals(result.stars());
        boolean classDiffers = r.getClassSet() != null && r.getClassSet() != result.branchClass();
        if ((starsDiffer || classDiffers) && r.getNote() == null) {
            throw ServiceException.invalid(new Problems().add("note", "OVERRIDE_REASON_REQUIRED").list());
        }
        r.setUpdatedBy(caller.username());
        r.setUpdatedAt(now);
    }

    private static void figure(StarRatingItemEntity item, BranchFigure figure, boolean sourceFailed) {
        if (figure == null) {
            item.setStatus(sourceFailed ? CriterionStatus.SOURCE_FAILED : CriterionStatus.NOT_AVAILABLE);
            item.setFigurePercent(null);
            item.setFigureMet(null);
            item.setEarned(null);
            item.setEvidence(null);
            return;
        }
        item.setStatus(CriterionStatus.AVAILABLE);
        item.setFigurePercent(figure.percent());
        item.setFigureMet(figure.met());
        item.setEarned(StarScoring.earned(item.getPoints(), figure));
        String detail = figure.detail();
        item.setEvidence(detail == null || detail.length() <= MAX_FIGURE_DETAIL ? detail
                : detail.substring(0, MAX_FIGURE_DETAIL));
    }

    /**
     * Every computed criterion's source answered (409 {@code FIGURE_SOURCE_FAILED} otherwise: not a mistake of the
     * input but of a source, so asking again later may succeed), every scored criterion scored, and stars and a
     * class to confirm.
     */
    private static void confirm(StarRatingEntity r, Caller caller, Instant now) {
        List<String> failed = r.getItems().stream().filter(i -> i.getStatus() == CriterionStatus.SOURCE_FAILED)
                .map(StarRatingItemEntity::getCriterionKey).toList();
        if (!failed.isEmpty()) {
            throw ServiceException.conflict("FIGURE_SOURCE_FAILED", String.join(", ", failed));
        }
        Problems p = new Problems();
        for (StarRatingItemEntity item : r.getItems()) {
            if (item.getStatus() == CriterionStatus.NOT_SCORED) {
                p.add("scores", "SCORE_REQUIRED", item.getCriterionKey());
            }
        }
        if (r.getStars() == null) {
            p.add("stars", "NO_STARS");
        }
        if (r.getBranchClass() == null) {
            p.add("branchClass", "NO_CLASS");
        }
        p.throwIfAny();
        r.setStatus(RatingStatus.CONFIRMED);
        r.setConfirmedBy(caller.username());
        r.setConfirmedAt(now);
    }

    @Override
    public StarRating get(Caller caller, long ratingId) {
        return tx.inTransaction(em -> {
            StarRatingEntity r = readable(em, caller, ratingId);
            return StarDtos.rating(r, previous(em, r.getOrganizationId(), r.getRatingYear()));
        });
    }

    @Override
    public List<StarRating> history(Caller caller, long organizationId) {
        core.readableBranch(caller, organizationId);
        return tx.inTransaction(em -> {
            List<StarRatingEntity> all = em.createQuery("SELECT DISTINCT r FROM StarRatingEntity r"
                            + " LEFT JOIN FETCH r.items WHERE r.organizationId = :org", StarRatingEntity.class)
                    .setParameter("org", organizationId).getResultList();
            Map<Integer, StarDtos.Previous> confirmedByYear = new HashMap<>();
            all.stream().filter(r -> r.getStatus() == RatingStatus.CONFIRMED).forEach(r -> confirmedByYear
                    .put(r.getRatingYear(), new StarDtos.Previous(r.getStars(), r.getBranchClass())));
            return all.stream().sorted((a, b) -> Integer.compare(b.getRatingYear(), a.getRatingYear()))
                    .map(r -> StarDtos.rating(r, confirmedByYear.get(r.getRatingYear() - 1))).toList();
        });
    }

    @Override
    public StreetStarRatings ofStreet(Caller caller, String streetCode, int year) {
        BranchScope.requireStreetRead(caller, streetCode);
        List<StarRating> ratings = ratings(streetCode, year);
        List<StarDtos.Counted> counted = ratings.stream().map(r -> new StarDtos.Counted(r.organizationId(),
                r.status(), r.stars(), r.branchClass())).toList();
        Map<Long, StarDtos.Previous> previous = new HashMap<>();
        ratings.stream().filter(r -> r.previousStars() != null).forEach(r -> previous.put(r.organizationId(),
                new StarDtos.Previous(r.previousStars(), r.previousClass())));
        Set<Long> rated = new HashSet<>();
        ratings.forEach(r -> rated.add(r.organizationId()));
        List<StreetStarRatings.Unrated> unrated = new ArrayList<>();
        // branches and general branches alike (CoreLookup.BRANCH_TYPES), in the core's order per type
        for (OrganizationType type : List.of(OrganizationType.GENERAL_BRANCH, OrganizationType.BRANCH)) {
            for (Organization o : core.organizations().list(caller, streetCode, type, null)) {
                if (o.status() == OrganizationStatus.ACTIVE && !rated.contains(o.id())) {
                    unrated.add(new StreetStarRatings.Unrated(o.id(), o.name()));
                }
            }
        }
        return new StreetStarRatings(streetCode, year, StarDtos.distribution(streetCode, year, counted, previous),
                ratings, unrated);
    }

    @Override
    public List<StarRating> ofDistrict(Caller caller, int year) {
        BranchScope.requireDistrictRead(caller);
        return ratings(null, year);
    }

    /** The year's ratings of a street (or the district), by street and branch name, with their movements. */
    private List<StarRating> ratings(String streetCode, int year) {
        return tx.inTransaction(em -> {
            TypedQuery<StarRatingEntity> q = em.createQuery("SELECT DISTINCT r FROM StarRatingEntity r"
                    + " LEFT JOIN FETCH r.items WHERE r.ratingYear = :year"
                    + (streetCode == null ? "" : " AND r.streetCode = :street"), StarRatingEntity.class)
                    .setParameter("year", year);
            if (streetCode != null) {
                q.setParameter("street", streetCode);
            }
            Map<Long, StarDtos.Previous> previous = previousYear(em, streetCode, year);
            return q.getResultList().stream()
                    .sorted((a, b) -> a.getStreetCode().equals(b.getStreetCode())
                            ? a.getOrganizationName().compareTo(b.getOrganizationName())
                            : a.getStreetCode().compareTo(b.getStreetCode()))
                    .map(r -> StarDtos.rating(r, previous.get(r.getOrganizationId()))).toList();
        });
    }

    @Override
    public StarDistribution distribution(Caller caller, String streetCode, int year) {
        if (streetCode == null) {
            BranchScope.requireDistrictRead(caller);
        } else {
            BranchScope.requireStreetRead(caller, streetCode);
        }
        return tx.inTransaction(em -> {
            List<StarDtos.Counted> counted = new ArrayList<>();
            countedByStreet(em, year, streetCode).values().forEach(counted::addAll);
            return StarDtos.distribution(streetCode, year, counted, previousYear(em, streetCode, year));
        });
    }

    @Override
    public List<StarDistribution> distributionByStreet(Caller caller, int year) {
        BranchScope.requireDistrictRead(caller);
        return tx.inTransaction(em -> {
            Map<Long, StarDtos.Previous> previous = previousYear(em, null, year);
            List<StarDistribution> list = new ArrayList<>();
            Map<String, List<StarDtos.Counted>> byStreet = new TreeMap<>(countedByStreet(em, year, null));
            byStreet.forEach((street, counted) -> list.add(StarDtos.distribution(street, year, counted, previous)));
            return list;
        });
    }

    /** One projection query: the year's ratings (of a street, when given) grouped by street. */
    private static Map<String, List<StarDtos.Counted>> countedByStreet(EntityManager em, int year, String streetCode) {
        TypedQuery<Object[]> q = em.createQuery("SELECT r.streetCode, r.organizationId, r.status, r.stars,"
                + " r.branchClass FROM StarRatingEntity r WHERE r.ratingYear = :year"
                + (streetCode == null ? "" : " AND r.streetCode = :street"), Object[].class).setParameter("year", year);
        if (streetCode != null) {
            q.setParameter("street", streetCode);
        }
        Map<String, List<StarDtos.Counted>> byStreet = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            byStreet.computeIfAbsent((String) row[0], s -> new ArrayList<>()).add(new StarDtos.Counted(
                    ((Number) row[1]).longValue(), (RatingStatus) row[2], (Integer) row[3],
                    (BranchClass) row[4]));
        }
        return byStreet;
    }

    /** Organization → its confirmed rating of the year before (of a street, when given); one projection query. */
    private static Map<Long, StarDtos.Previous> previousYear(EntityManager em, String streetCode, int year) {
        TypedQuery<Object[]> q = em.createQuery("SELECT r.organizationId, r.stars, r.branchClass"
                + " FROM StarRatingEntity r WHERE r.ratingYear = :year AND r.status = :confirmed"
                + (streetCode == null ? "" : " AND r.streetCode = :street"), Object[].class)
                .setParameter("year", year - 1).setParameter("confirmed", RatingStatus.CONFIRMED);
        if (streetCode != null) {
            q.setParameter("street", streetCode);
        }
        Map<Long, StarDtos.Previous> previous = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            previous.put(((Number) row[0]).longValue(), new StarDtos.Previous((Integer) row[1],
                    (BranchClass) row[2]));
        }
        return previous;
    }

    private static StarDtos.Previous previous(EntityManager em, long organizationId, int year) {
        StarRatingEntity p = find(em, organizationId, year - 1);
        return p == null || p.getStatus() != RatingStatus.CONFIRMED ? null
                : new StarDtos.Previous(p.getStars(), p.getBranchClass());
    }

    private static StarRatingEntity find(EntityManager em, long organizationId, int year) {
        List<StarRatingEntity> found = em.createQuery("SELECT r FROM StarRatingEntity r"
                        + " WHERE r.organizationId = :org AND r.ratingYear = :year", StarRatingEntity.class)
                .setParameter("org", organizationId).setParameter("year", year).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The rating when the caller may read its branch; another street's is not found, like one that is not. */
    private static StarRatingEntity readable(EntityManager em, Caller caller, long ratingId) {
        StarRatingEntity r = em.find(StarRatingEntity.class, ratingId);
        if (r == null || !BranchScope.reads(caller, r.getStreetCode(), r.getOrganizationId())) {
            throw ServiceException.notFound("STAR_RATING_NOT_FOUND", ratingId);
        }
        return r;
    }

    private static List<String> computedKeys(Map<String, StarCriterion> criteria) {
        return criteria.values().stream().filter(c -> c.kind() == CriterionKind.COMPUTED).map(StarCriterion::key)
                .toList();
    }
}
