package org.gaoxin.target.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The budget mode against brute force: on small pools every subset is tried, and the plan
 * must qualify as many candidates as the best subset does, at the lowest cost any such
 * subset has.
 */
class BudgetPlannerTest {

	@RepeatedTest(200)
	void qualifiesAsManyAsTheBestSubsetAndNoMoreCheaply(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		int n = 1 + random.nextInt(12);
		List<BigDecimal> costs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			// zero costs (ready candidates) and ties are part of real pools
			costs.add(BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : random.nextInt(50) * 10_000L));
		}
		costs.sort(Comparator.naturalOrder());
		BigDecimal budget = BigDecimal.valueOf(random.nextInt(200) * 10_000L);

		List<BigDecimal> chosen = BudgetPlanner.choose(costs, (c) -> c, budget);

		int bestCount = -1;
		BigDecimal bestCost = null;
		for (int mask = 0; mask < (1 << n); mask++) {
			BigDecimal total = BigDecimal.ZERO;
			for (int i = 0; i < n; i++) {
				if ((mask & (1 << i)) != 0) {
					total = total.add(costs.get(i));
				}
			}
			if (total.compareTo(budget) <= 0) {
				int count = Integer.bitCount(mask);
				if (count > bestCount || (count == bestCount && total.compareTo(bestCost) < 0)) {
					bestCount = count;
					bestCost = total;
				}
			}
		}
		BigDecimal spent = chosen.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(chosen).hasSize(bestCount);
		assertThat(spent).isEqualByComparingTo(bestCost);
		assertThat(spent).isLessThanOrEqualTo(budget);
	}

	@Test
	void aBudgetBelowTheCheapestBuysOnlyWhatIsFree() {
		List<BigDecimal> costs = List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50000"));
		assertThat(BudgetPlanner.choose(costs, (c) -> c, new BigDecimal("49999"))).hasSize(2);
		assertThat(BudgetPlanner.choose(costs, (c) -> c, new BigDecimal("50000"))).hasSize(3);
	}

	@Test
	void theItemsMustComeCheapestFirst() {
		assertThatThrownBy(
				() -> BudgetPlanner.choose(List.of(BigDecimal.TEN, BigDecimal.ONE), (c) -> c, BigDecimal.valueOf(100)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
