package org.gaoxin.industry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gaoxin.shared.LocalizedText;

/**
 * The investment pipeline of a zone: projects per stage and per chain, the foreign
 * capital the projects not yet started would add at their stages' weights, and the
 * foreign-capital indicators it is measured against.
 *
 * @param byChain chain code → projects per stage
 * @param expectedAddition the weighted planned foreign capital of projects not yet
 * utilising (万美元)
 */
public record Pipeline(String zoneCode, int year, List<StageRow> stages,
		Map<String, Map<ProjectStage, Integer>> byChain, BigDecimal expectedAddition, List<FdiIndicator> indicators) {

	/**
	 * An indicator of the zone's standard that reads foreign capital: its value,
	 * threshold and the gap left after the pipeline's expected addition (zero when it
	 * would close).
	 */
	public record FdiIndicator(String code, LocalizedText name, String formula, BigDecimal value, BigDecimal threshold,
			BigDecimal gap, boolean met, BigDecimal gapAfterPipeline) {
	}

}
