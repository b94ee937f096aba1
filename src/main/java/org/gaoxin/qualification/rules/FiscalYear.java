package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the three fiscal years a high-tech accreditation looks back on; amounts in
 * thousand yuan. Net assets may be negative.
 */
public record FiscalYear(int year, BigDecimal salesRevenue, BigDecimal rdExpense, BigDecimal rdExpenseDomestic,
		BigDecimal netAssets, int conversions) {

	public FiscalYear {
		Objects.requireNonNull(netAssets, "netAssets");
		for (BigDecimal amount : new BigDecimal[] { salesRevenue, rdExpense, rdExpenseDomestic }) {
			if (Objects.requireNonNull(amount, "amounts are required").signum() < 0) {
				throw new IllegalArgumentException(year + ": revenue and R&D must not be negative");
			}
		}
		if (rdExpenseDomestic.compareTo(rdExpense) > 0) {
			throw new IllegalArgumentException(year + ": domestic R&D exceeds R&D");
		}
		if (conversions < 0) {
			throw new IllegalArgumentException(year + ": conversions must not be negative");
		}
	}

}
