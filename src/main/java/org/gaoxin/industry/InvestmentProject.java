package org.gaoxin.industry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * An investment attraction project (招商引资项目) on a chain and, when known, a link: who
 * invests (domestic or foreign, and from where), its stage since when, the planned
 * investment (万 of its currency, with the rate to US dollars used) and what it actually
 * brought year by year. {@code version} counts its saves.
 */
public record InvestmentProject(long id, String zoneCode, String name, String chainCode, String linkCode,
		String investor, boolean foreignInvestor, String investorCountry, ProjectStage stage, String currency,
		BigDecimal plannedAmount, BigDecimal plannedUsdRate, String responsible, LocalDate openedOn,
		LocalDate stageSince, int version, List<Utilisation> utilisations) {

	/** The planned investment in 万美元. */
	public BigDecimal plannedWanUsd() {
		return this.plannedAmount.multiply(this.plannedUsdRate).setScale(2, RoundingMode.HALF_UP);
	}

	/** Everything it has actually brought, in 万美元. */
	public BigDecimal utilisedWanUsd() {
		return this.utilisations.stream().map(Utilisation::wanUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
