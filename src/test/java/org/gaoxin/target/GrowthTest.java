package org.gaoxin.target;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Compound annual growth, checked against hand calculations. */
class GrowthTest {

	/**
	 * (70 ÷ 37)^(1/3) = 1.891892^(1/3) = 1.236798 (1.236798³ = 1.891892): 23.7 % a year.
	 */
	@Test
	void thirtySevenToSeventyInThreeYearsNeedsTwentyThreePointSevenPercentAYear() {
		Growth growth = Growth.between(2021, new BigDecimal("37"), 2024, new BigDecimal("70")).orElseThrow();
		assertThat(growth.percent()).isEqualTo("23.7");
		assertThat(growth.rate()).isEqualByComparingTo("0.236798");
		assertThat(growth.after(3)).isCloseTo(70, org.assertj.core.api.Assertions.within(1e-3));
	}

	@Test
	void noGrowthFromZeroOrBackwardsInTime() {
		assertThat(Growth.between(2021, BigDecimal.ZERO, 2024, BigDecimal.TEN)).isEmpty();
		assertThat(Growth.between(2021, BigDecimal.ONE, 2021, BigDecimal.TEN)).isEmpty();
	}

	@Test
	void aDeclineIsANegativeRate() {
		assertThat(Growth.between(2021, new BigDecimal("0.76"), 2024, new BigDecimal("0.7")).orElseThrow().percent())
			.isEqualTo("-2.7");
	}

}
