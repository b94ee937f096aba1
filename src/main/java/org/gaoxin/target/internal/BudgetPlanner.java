package org.gaoxin.target.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The most items a budget buys when each item counts one: 0/1 knapsack with unit values.
 * Exact by an exchange argument: the k cheapest items are the cheapest k-set, so if any k
 * items fit, the k cheapest do; taking items cheapest first until the next does not fit
 * reaches the largest k, and that plan is also the cheapest of the largest plans.
 */
public final class BudgetPlanner {

	private BudgetPlanner() {
	}

	/**
	 * The chosen items, in the given order; {@code items} must already be ordered
	 * cheapest first (ties in the order the caller prefers).
	 */
	public static <T> List<T> choose(List<T> items, Function<T, BigDecimal> cost, BigDecimal budget) {
		List<T> chosen = new ArrayList<>();
		BigDecimal left = budget;
		BigDecimal previous = null;
		for (T item : items) {
			BigDecimal price = cost.apply(item);
			if (previous != null && price.compareTo(previous) < 0) {
				throw new IllegalArgumentException("items must be ordered cheapest first");
			}
			previous = price;
			if (price.compareTo(left) > 0) {
				break;
			}
			chosen.add(item);
			left = left.subtract(price);
		}
		return chosen;
	}

}
