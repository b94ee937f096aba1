package org.gaoxin.intake;

/** The data-quality check run after an import, for one zone-year it touched. */
public record QualityCheck(String zone, int year, int findings, int errors) {
}
