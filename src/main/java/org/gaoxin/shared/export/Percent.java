package org.gaoxin.shared.export;

import java.math.BigDecimal;

/** A share to export as a percentage (0.285 → 28.5 %), stored as the fraction it is. */
public record Percent(BigDecimal fraction) {
}
