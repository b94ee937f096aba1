package org.gaoxin.industry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.gaoxin.industry.internal.ChainRulesFile;
import org.gaoxin.support.TestTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The link-strength rule at its boundaries, as the shipped rules file states it: no
 * enterprise is 补链; fewer than 3 or less than 50,000 万元 of output is 强链; otherwise a link
 * with nothing downstream is 延链.
 */
class ChainRulesTest {

	private static ChainRules shipped() throws Exception {
		try (InputStream in = ChainRulesTest.class.getResourceAsStream("/chains/chain-rules.yaml")) {
			return ChainRulesFile.parse(in);
		}
	}

	private static final BigDecimal ENOUGH = new BigDecimal("50000");

	@Test
	void aLinkWithoutEnterprisesIsToFill() throws Exception {
		ChainRules rules = shipped();
		assertThat(rules.judge(0, null, true).strength()).isEqualTo(Strength.FILL);
		assertThat(rules.judge(0, BigDecimal.ZERO, false).strength()).isEqualTo(Strength.FILL);
		assertThat(rules.judge(1, ENOUGH, true).strength()).isNotEqualTo(Strength.FILL);
	}

	@Test
	void tooFewEnterprisesOrTooLittleOutputIsToStrengthen() throws Exception {
		ChainRules rules = shipped();
		assertThat(rules.judge(2, ENOUGH, true).strength()).isEqualTo(Strength.STRENGTHEN);
		assertThat(rules.judge(3, ENOUGH, true).strength()).isEqualTo(Strength.SOUND);
		assertThat(rules.judge(3, new BigDecimal("49999.99"), true).strength()).isEqualTo(Strength.STRENGTHEN);
		// no approved report: no output, weak
		assertThat(rules.judge(10, null, true).strength()).isEqualTo(Strength.STRENGTHEN);
		// both reasons are told
		LinkStrength both = rules.judge(1, BigDecimal.TEN, true);
		assertThat(both.reasons()).extracting((m) -> m.code())
			.containsExactly("chain.reason.fewEnterprises", "chain.reason.weakOutput");
	}

	@Test
	void aSoundLinkWithNothingDownstreamIsToExtend() throws Exception {
		ChainRules rules = shipped();
		assertThat(rules.judge(3, ENOUGH, false).strength()).isEqualTo(Strength.EXTEND);
		assertThat(rules.judge(3, ENOUGH, true).strength()).isEqualTo(Strength.SOUND);
		// a weak end of the chain is to strengthen first
		assertThat(rules.judge(2, ENOUGH, false).strength()).isEqualTo(Strength.STRENGTHEN);
	}

	@Test
	void theReasonIsToldInTheReadersLanguage() throws Exception {
		LinkStrength weak = shipped().judge(2, new BigDecimal("1200.5"), true);
		assertThat(TestTexts.zh(weak.reasons().get(0))).contains("2", "3");
		assertThat(TestTexts.en(weak.reasons().get(1))).contains("below the strengthening threshold");
	}

	@Test
	void theThresholdsAreData() throws Exception {
		ChainRules stricter = ChainRulesFile.parse(yaml("""
				strength: {fill_max_enterprises: 1, strengthen_min_enterprises: 5, strengthen_min_output_wan_yuan: 0,
				           extend_when_no_downstream: false}
				stage_weights: {LEAD: 0, NEGOTIATING: 0.2, SIGNED: 0.5, STARTED: 0.9, IN_PRODUCTION: 1}
				"""));
		assertThat(stricter.judge(1, ENOUGH, true).strength()).isEqualTo(Strength.FILL);
		assertThat(stricter.judge(4, ENOUGH, true).strength()).isEqualTo(Strength.STRENGTHEN);
		assertThat(stricter.judge(5, BigDecimal.ZERO, false).strength()).isEqualTo(Strength.SOUND);
		assertThat(stricter.weight(ProjectStage.SIGNED)).isEqualByComparingTo("0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> ChainRulesFile.parse(yaml("""
				strength: {fill_max_enterprises: 3, strengthen_min_enterprises: 3, strengthen_min_output_wan_yuan: 0}
				stage_weights: {LEAD: 0, NEGOTIATING: 0.2, SIGNED: 0.5, STARTED: 0.9, IN_PRODUCTION: 1}
				""")));
		assertThatIllegalArgumentException().isThrownBy(() -> ChainRulesFile.parse(yaml("""
				strength: {fill_max_enterprises: 0, strengthen_min_enterprises: 3, strengthen_min_output_wan_yuan: 0}
				stage_weights: {LEAD: 0, NEGOTIATING: 0.2, SIGNED: 1.5, STARTED: 0.9, IN_PRODUCTION: 1}
				""")));
	}

	private static InputStream yaml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
