package org.gaoxin.qualification.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shares are compared exactly and shown rounded down. */
class RatioTest {

	@Test
	void aShareJustBelowTheThresholdNeverReachesItAfterRounding() {
		// rounded to two decimals 4.999999 % would read, and pass, as 5.00 %
		Ratio justBelow = Ratio.of(new BigDecimal("4999999"), new BigDecimal("100000000"));

		assertThat(justBelow.atLeast(new BigDecimal("0.05"))).isFalse();
		assertThat(justBelow.percent()).isEqualTo("4.99%");
		assertThat(Ratio.of(5, 100).atLeast(new BigDecimal("0.05"))).isTrue();
	}

	@Test
	void aRepeatingDecimalIsComparedExactly() {
		assertThat(Ratio.of(2, 3).atLeast(new BigDecimal("0.6666666666666667"))).isFalse();
		assertThat(Ratio.of(2, 3).atLeast(new BigDecimal("0.6666666666666666"))).isTrue();
	}

	@Test
	void aNegativeDenominatorDoesNotFlipComparisons() {
		Ratio ratio = Ratio.of(-1, -2);

		assertThat(ratio.atLeast(new BigDecimal("0.5"))).isTrue();
		assertThat(ratio.above(new BigDecimal("0.5"))).isFalse();
		assertThat(Ratio.of(1, -2).above(BigDecimal.ZERO)).isFalse();
	}

	@Test
	void shortfallAtAFixedDenominator() {
		assertThat(Ratio.of(32, 1000).shortfall(new BigDecimal("0.04"))).isEqualByComparingTo("8");
		assertThat(Ratio.of(50, 1000).shortfall(new BigDecimal("0.04"))).isEqualByComparingTo("0");
	}

	@Test
	void shortfallAddedToBothRoundsUpToWhatIsEnough() {
		assertThat(Ratio.of(8, 100).shortfallAddedToBoth(new BigDecimal("0.10"), 0)).isEqualByComparingTo("3");
		assertThat(Ratio.of(52, 100).shortfallAddedToBoth(new BigDecimal("0.60"), 2)).isEqualByComparingTo("20");
		assertThat(Ratio.of(60, 100).shortfallAddedToBoth(new BigDecimal("0.60"), 2)).isEqualByComparingTo("0");
	}

	@Test
	void aZeroDenominatorIsRejected() {
		assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
