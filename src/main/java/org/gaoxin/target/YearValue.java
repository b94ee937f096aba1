package org.gaoxin.target;

import java.math.BigDecimal;

/** A metric's actual value in a year. */
public record YearValue(int year, BigDecimal value) {
}
