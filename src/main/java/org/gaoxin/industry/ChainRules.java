package org.gaoxin.industry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.shared.Message;

/**
 * The chain pages' rules as data (resources/chains/chain-rules.yaml): when a link is to
 * be filled, strengthened or extended, and how much of its planned foreign capital a
 * project at each stage is expected to bring.
 */
public record ChainRules(int fillMaxEnterprises, int strengthenMinEnterprises, BigDecimal strengthenMinOutputWanYuan,
		boolean extendWhenNoDownstream, Map<ProjectStage, BigDecimal> stageWeights) {

	public ChainRules {
		if (fillMaxEnterprises < 0 || strengthenMinEnterprises <= fillMaxEnterprises) {
			throw new IllegalArgumentException("strengthen_min_enterprises must exceed fill_max_enterprises >= 0");
		}
		if (strengthenMinOutputWanYuan == null || strengthenMinOutputWanYuan.signum() < 0) {
			throw new IllegalArgumentException("strengthen_min_output_wan_yuan must be a number >= 0");
		}
		Map<ProjectStage, BigDecimal> weights = new EnumMap<>(ProjectStage.class);
		for (ProjectStage stage : ProjectStage.values()) {
			BigDecimal weight = stageWeights.get(stage);
			if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("stage_weights." + stage + " must be between 0 and 1");
			}
			weights.put(stage, weight);
		}
		stageWeights = Map.copyOf(weights);
	}

	/**
	 * Judges a link: 补链 when it has no more than the fill threshold's enterprises; 强链
	 * when it has fewer than the minimum or less output; 延链 when it is otherwise sound
	 * but nothing lies downstream of it.
	 * @param outputWanYuan the link's output in 万元, null when no report is approved
	 */
	public LinkStrength judge(int enterprises, BigDecimal outputWanYuan, boolean hasDownstream) {
		if (enterprises <= this.fillMaxEnterprises) {
			return new LinkStrength(Strength.FILL,
					List.of(Message.of("chain.reason.fill", enterprises, this.fillMaxEnterprises)));
		}
		List<Message> reasons = new ArrayList<>();
		if (enterprises < this.strengthenMinEnterprises) {
			reasons.add(Message.of("chain.reason.fewEnterprises", enterprises, this.strengthenMinEnterprises));
		}
		BigDecimal output = (outputWanYuan != null) ? outputWanYuan : BigDecimal.ZERO;
		// whole 万元 in the reasons: the comparison itself is exact
		BigDecimal shown = output.setScale(0, java.math.RoundingMode.HALF_UP);
		if (output.compareTo(this.strengthenMinOutputWanYuan) < 0) {
			reasons.add(Message.of("chain.reason.weakOutput", shown, this.strengthenMinOutputWanYuan));
		}
		if (!reasons.isEmpty()) {
			return new LinkStrength(Strength.STRENGTHEN, List.copyOf(reasons));
		}
		if (this.extendWhenNoDownstream && !hasDownstream) {
			return new LinkStrength(Strength.EXTEND, List.of(Message.of("chain.reason.noDownstream")));
		}
		return new LinkStrength(Strength.SOUND, List.of(Message.of("chain.reason.sound", enterprises, shown)));
	}

	public BigDecimal weight(ProjectStage stage) {
		return this.stageWeights.get(stage);
	}

}
