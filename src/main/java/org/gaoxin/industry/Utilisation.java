package org.gaoxin.industry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Capital a project actually brought in a year: {@code amount} in 万 of the project's
 * currency and the rate to US dollars used for that year (1 unit = {@code usdRate} USD).
 */
public record Utilisation(int year, BigDecimal amount, BigDecimal usdRate) {

	/** The amount in 万美元, as the foreign-capital figure counts it. */
	public BigDecimal wanUsd() {
		return this.amount.multiply(this.usdRate).setScale(2, RoundingMode.HALF_UP);
	}

}
