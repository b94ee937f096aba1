package org.gaoxin.industry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.gaoxin.industry.ChainRules;
import org.gaoxin.industry.ProjectStage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Reads the chain rules from their YAML file ({@code gaoxin.chains.rules}, by default the
 * one on the class path); a file that breaks a rule stops the start with the reason.
 */
@Configuration(proxyBeanMethods = false)
public class ChainRulesFile {

	@Bean
	ChainRules chainRules(@Value("${gaoxin.chains.rules:classpath:chains/chain-rules.yaml}") Resource file)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return parse(in);
		}
	}

	@SuppressWarnings("unchecked")
	public static ChainRules parse(InputStream in) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		Map<String, Object> strength = (Map<String, Object>) root.get("strength");
		Map<String, Object> weights = (Map<String, Object>) root.get("stage_weights");
		if (strength == null || weights == null) {
			throw new IllegalArgumentException("chain rules need 'strength' and 'stage_weights'");
		}
		Map<ProjectStage, BigDecimal> byStage = new EnumMap<>(ProjectStage.class);
		weights.forEach((stage, weight) -> byStage.put(ProjectStage.valueOf(stage), decimal(weight)));
		return new ChainRules(((Number) strength.get("fill_max_enterprises")).intValue(),
				((Number) strength.get("strengthen_min_enterprises")).intValue(),
				decimal(strength.get("strengthen_min_output_wan_yuan")),
				Boolean.TRUE.equals(strength.get("extend_when_no_downstream")), byStage);
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(String.valueOf(value));
	}

}
