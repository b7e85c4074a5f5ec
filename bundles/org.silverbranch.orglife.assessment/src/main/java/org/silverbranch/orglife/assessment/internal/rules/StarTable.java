package org.silverbranch.orglife.assessment.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.silverbranch.orglife.assessment.CriterionKind;
import org.silverbranch.orglife.assessment.StarCriterion;

/**
 * The district's star table, checked: criteria with unique keys and positive points, four ascending star
 * thresholds within 0..100, class criteria naming criteria of the table, class thresholds first ≥ second.
 *
 * @param starThresholds the least score for 2, 3, 4 and 5 stars
 * @param classCriteria  the criteria the class is computed from; empty: all
 */
public record StarTable(List<StarCriterion> criteria, List<Integer> starThresholds, List<String> classCriteria,
                        int firstClassThreshold, int secondClassThreshold) {

    public static final int MAX_POINTS = 1000;
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public StarTable {
        criteria = List.copyOf(criteria);
        starThresholds = List.copyOf(starThresholds);
        classCriteria = List.copyOf(classCriteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("the star table needs at least one criterion");
        }
        Set<String> keys = new HashSet<>();
        for (StarCriterion c : criteria) {
            if (c.key() == null || !KEY.matcher(c.key()).matches()) {
                throw new IllegalArgumentException("criterion key must be A-Z, 0-9, _ (2-40): " + c.key());
            }
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("criterion listed twice: " + c.key());
            }
            if (c.points() < 1 || c.points() > MAX_POINTS) {
                throw new IllegalArgumentException("points of " + c.key() + " must be 1.." + MAX_POINTS);
            }
            if (c.kind() == null || c.name() == null || c.name().isBlank() || c.name().length() > 100) {
                throw new IllegalArgumentException("criterion " + c.key() + " needs a kind and a name (at most 100)");
            }
        }
        if (starThresholds.size() != 4) {
            throw new IllegalArgumentException("four star thresholds expected (2, 3, 4, 5 stars): " + starThresholds);
        }
        int previous = 0;
        for (int t : starThresholds) {
            if (t <= previous || t > 100) {
                throw new IllegalArgumentException("star thresholds must ascend within 1..100: " + starThresholds);
            }
            previous = t;
        }
        for (String key : classCriteria) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("class criterion not in the table: " + key);
            }
        }
        if (secondClassThreshold < 0 || firstClassThreshold > 100 || secondClassThreshold > firstClassThreshold) {
            throw new IllegalArgumentException("class thresholds must be 0 <= second <= first <= 100");
        }
    }

    /**
     * @param entries        {@code KEY;COMPUTED|SCORED;points;中文名称;English name} (the English name optional), one
     *                       per entry or several separated by commas or line ends (a .cfg file gives one text)
     * @param starThresholds e.g. {@code 60,70,80,90}
     * @param classCriteria  e.g. {@code MEETING_COMPLIANCE,DUES_COLLECTION}; blank: all criteria
     * @throws IllegalArgumentException naming the first wrong entry
     */
    public static StarTable parse(String[] entries, String starThresholds, String classCriteria, int firstClass,
                                  int secondClass) {
        List<String> lines = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            lines.addAll(split(entry));
        }
        List<StarCriterion> criteria = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(";", -1);
            if (parts.length < 4 || parts.length > 5) {
                throw new IllegalArgumentException("star criterion: KEY;KIND;points;名称;name expected: " + line);
            }
            CriterionKind kind;
            int points;
            try {
                kind = CriterionKind.valueOf(parts[1].strip());
                points = Integer.parseInt(parts[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("star criterion: kind COMPUTED or SCORED and whole points: " + line);
            }
            String english = parts.length == 5 && !parts[4].isBlank() ? parts[4].strip() : parts[3].strip();
            criteria.add(new StarCriterion(parts[0].strip(), parts[3].strip(), english, kind, points));
        }
        List<Integer> thresholds = new ArrayList<>();
        for (String t : split(starThresholds)) {
            try {
                thresholds.add(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("star thresholds: whole numbers expected: " + starThresholds);
            }
        }
        return new StarTable(criteria, thresholds, split(classCriteria), firstClass, secondClass);
    }

    /** The non-blank parts of a text separated by commas or line ends, stripped. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,\\r\\n]")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    public Optional<StarCriterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public int totalPoints() {
        return criteria.stream().mapToInt(StarCriterion::points).sum();
    }

    /** Whether a criterion counts for the class. */
    public boolean countsForClass(String key) {
        return classCriteria.isEmpty() || classCriteria.contains(key);
    }
}
