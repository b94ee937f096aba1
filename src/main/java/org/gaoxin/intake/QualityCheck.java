package org.gaoxin.intake;

import org.gaoxin.shared.Message;

/**
 * The data-quality check run after an import, for one zone-year it touched; the summary
 * names the zone as people know it.
 */
public record QualityCheck(String zone, int year, int findings, int errors, Message summary) {
}
