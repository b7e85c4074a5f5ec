package org.silverbranch.orglife.assessment;

/**
 * How many members of a street (or of the district, {@code streetCode} null) got each result in a year, counted by
 * the street of the branch they were appraised in.
 */
public record AppraisalCounts(String streetCode, int year, long excellent, long qualified, long basicallyQualified,
                              long unqualified) {

    public long total() {
        return excellent + qualified + basicallyQualified + unqualified;
    }

    public long count(AppraisalResult result) {
        return switch (result) {
            case EXCELLENT -> excellent;
            case QUALIFIED -> qualified;
            case BASICALLY_QUALIFIED -> basicallyQualified;
            case UNQUALIFIED -> unqualified;
        };
    }
}
