package org.gaoxin.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring standard as the engine needs it: the normalisation method, the weighted
 * groups and the weighted indicators with their direction. Weights need not sum to 1:
 * each level is divided by its own sum.
 */
public record ScoringModel(Method method, List<Group> groups, List<Item> indicators) {

	public ScoringModel {
		groups = List.copyOf(groups);
		indicators = List.copyOf(indicators);
	}

	/** The normalisation methods; their formulas are on {@link ScoreEngine}. */
	public enum Method {

		MIN_MAX, RATIO_TO_MEAN, Z_SCORE

	}

	/** A first-level group and its weight. */
	public record Group(String code, BigDecimal weight) {
	}

	/** A second-level indicator: its group, weight within the group and direction. */
	public record Item(String code, String group, BigDecimal weight, boolean higherIsBetter) {
	}

	List<Item> indicatorsOf(String group) {
		return this.indicators.stream().filter((item) -> item.group().equals(group)).toList();
	}

}
