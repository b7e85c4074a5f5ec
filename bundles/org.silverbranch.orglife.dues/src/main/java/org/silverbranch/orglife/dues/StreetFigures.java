package org.silverbranch.orglife.dues;

/** A street's totals in the district's roll-up. */
public record StreetFigures(String streetCode, String name, DuesTotals totals) {
}
