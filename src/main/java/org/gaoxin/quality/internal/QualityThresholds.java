package org.gaoxin.quality.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data-quality checks draw their lines ({@code gaoxin.quality.*}). Shares are
 * fractions (0.5 = 50 %); revenue per employee is in yuan, as people say it.
 *
 * @param jumpFactor a figure is a jump when above last year's × this or below last year's
 * ÷ this
 * @param minJumpBaseThousandYuan amounts that stay below this on both sides (100 thousand
 * yuan) are too small for a jump to mean anything
 * @param minJumpBasePersons the same for head counts
 * @param severeJumpFactor a jump this large is an error (tenfold is the 元/千元/万元 slip)
 */
@ConfigurationProperties("gaoxin.quality")
public record QualityThresholds(@DefaultValue("3") BigDecimal jumpFactor,
		@DefaultValue("10") BigDecimal severeJumpFactor, @DefaultValue("0.5") BigDecimal maxRdShareOfRevenue,
		@DefaultValue("50000") BigDecimal minRevenuePerEmployeeYuan,
		@DefaultValue("20000000") BigDecimal maxRevenuePerEmployeeYuan,
		@DefaultValue("0.3") BigDecimal maxTaxShareOfRevenue, @DefaultValue("100") BigDecimal minJumpBaseThousandYuan,
		@DefaultValue("10") BigDecimal minJumpBasePersons) {

	public QualityThresholds {
		if (jumpFactor.compareTo(BigDecimal.ONE) <= 0 || severeJumpFactor.compareTo(jumpFactor) < 0) {
			throw new IllegalArgumentException(
					"gaoxin.quality: jump-factor must exceed 1 and severe-jump-factor must not be below it");
		}
		if (minRevenuePerEmployeeYuan.compareTo(maxRevenuePerEmployeeYuan) >= 0) {
			throw new IllegalArgumentException(
					"gaoxin.quality: min-revenue-per-employee-yuan must be below max-revenue-per-employee-yuan");
		}
	}

}
