package org.gaoxin.industry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a new investment project is registered with; amounts in 万 of {@code currency},
 * {@code plannedUsdRate} the rate used to count the plan in US dollars.
 */
public record ProjectDraft(String name, String chainCode, String linkCode, String investor, boolean foreignInvestor,
		String investorCountry, String currency, BigDecimal plannedAmount, BigDecimal plannedUsdRate,
		String responsible, LocalDate openedOn) {
}
