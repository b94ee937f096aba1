package org.gaoxin.chain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A structured measure of a chain's policy (一链一策): what is done, its budget line in 万元
 * and when it runs.
 */
public record ChainMeasure(long id, String chainCode, String title, BigDecimal budget, LocalDate startsOn,
		LocalDate endsOn) {
}
