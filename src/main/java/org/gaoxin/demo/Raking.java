package org.gaoxin.demo;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Iterative proportional fitting: scales positive weights so that several overlapping
 * groups each reach a target total, keeping the relative sizes within every cell. The
 * demo uses it to make random enterprise outputs add up to the zone's published shares.
 */
final class Raking {

	/**
	 * A group of items (by predicate on the index) and the total its weights must reach.
	 */
	record Margin(IntPredicate member, double target) {
	}

	private Raking() {
	}

	static void fit(double[] weights, List<List<Margin>> partitions, int rounds) {
		for (int round = 0; round < rounds; round++) {
			for (List<Margin> partition : partitions) {
				for (Margin margin : partition) {
					double sum = 0;
					for (int i = 0; i < weights.length; i++) {
						if (margin.member().test(i)) {
							sum += weights[i];
						}
					}
					if (sum <= 0) {
						continue;
					}
					double factor = margin.target() / sum;
					for (int i = 0; i < weights.length; i++) {
						if (margin.member().test(i)) {
							weights[i] *= factor;
						}
					}
				}
			}
		}
	}

	/**
	 * Splits a whole-number total across items in proportion to their weights (largest
	 * remainder), giving each at least its minimum.
	 */
	static int[] allocate(int total, double[] weights, int[] minimums) {
		int n = weights.length;
		int[] result = minimums.clone();
		int remaining = total;
		for (int minimum : minimums) {
			remaining -= minimum;
		}
		if (remaining <= 0) {
			return result;
		}
		double weightSum = 0;
		for (double weight : weights) {
			weightSum += weight;
		}
		double[] remainders = new double[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			double share = (weightSum > 0) ? remaining * weights[i] / weightSum : 0;
			int whole = (int) Math.floor(share);
			result[i] += whole;
			given += whole;
			remainders[i] = share - whole;
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		// positive weights first, then by remainder, so nothing goes to an item with no
		// weight
		java.util.Arrays.sort(order, (a, b) -> (weights[a] > 0) != (weights[b] > 0) ? ((weights[a] > 0) ? -1 : 1)
				: Double.compare(remainders[b], remainders[a]));
		int positive = 0;
		for (double weight : weights) {
			positive += (weight > 0) ? 1 : 0;
		}
		for (int k = 0; k < remaining - given && positive > 0; k++) {
			result[order[k % positive]]++;
		}
		return result;
	}

}
