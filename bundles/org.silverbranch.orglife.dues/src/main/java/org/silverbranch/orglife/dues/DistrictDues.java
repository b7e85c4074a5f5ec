package org.silverbranch.orglife.dues;

import java.util.List;

/** The district's dues over a period: totals and per street. */
public record DistrictDues(DuesTotals totals, List<StreetFigures> streets) {
}
