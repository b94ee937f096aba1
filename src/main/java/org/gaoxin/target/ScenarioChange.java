package org.gaoxin.target;

import java.math.BigDecimal;
import java.util.Objects;

import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;

/**
 * One change of a what-if scenario as saved.
 *
 * @param reference the figure's code (FIGURE), the report field's column (REPORT), the
 * platform kind (PLATFORM); null otherwise
 * @param enterpriseId the chosen enterprise (REPORT, and HIGH_TECH or TECH_SME for one
 * enterprise); null otherwise
 * @param amount the number set, added or the percentage; for counts (HIGH_TECH, TECH_SME
 * without an enterprise, PLATFORM) how many
 * @param level the platforms' level (PLATFORM); null otherwise
 */
public record ScenarioChange(ScenarioChangeKind kind, String reference, Long enterpriseId, Mode mode, BigDecimal amount,
		PlatformLevel level) {

	public ScenarioChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(amount, "amount");
	}

	public static ScenarioChange figure(String code, Mode mode, BigDecimal amount) {
		return new ScenarioChange(ScenarioChangeKind.FIGURE, code, null, mode, amount, null);
	}

	public static ScenarioChange highTech(int count) {
		return new ScenarioChange(ScenarioChangeKind.HIGH_TECH, null, null, Mode.ADD, BigDecimal.valueOf(count), null);
	}

	public static ScenarioChange highTechFor(long enterpriseId) {
		return new ScenarioChange(ScenarioChangeKind.HIGH_TECH, null, enterpriseId, Mode.ADD, BigDecimal.ONE, null);
	}

	public static ScenarioChange techSme(int count) {
		return new ScenarioChange(ScenarioChangeKind.TECH_SME, null, null, Mode.ADD, BigDecimal.valueOf(count), null);
	}

	public static ScenarioChange platforms(org.gaoxin.platform.PlatformKind kind, PlatformLevel level, int count) {
		return new ScenarioChange(ScenarioChangeKind.PLATFORM, kind.name(), null, Mode.ADD, BigDecimal.valueOf(count),
				level);
	}

	public static ScenarioChange report(long enterpriseId, org.gaoxin.filing.ReportField field, Mode mode,
			BigDecimal amount) {
		return new ScenarioChange(ScenarioChangeKind.REPORT, field.column(), enterpriseId, mode, amount, null);
	}

	/**
	 * A refusal of the {@code number}th change (from 1): told by its number and the
	 * property's label ("change 2: 'amount' must …"), named for programs by its path
	 * ({@code changes[1].amount}) and the rule.
	 */
	public static InputRefused refused(int number, String property, InputRefused refused) {
		return new InputRefused(
				Message.of("target.scenario.error.row", number,
						refused.textFor(Message.of("target.scenario." + property))),
				path(number, property), refused.rule());
	}

	/** The JSON path of the {@code number}th change (from 1), or of its property. */
	public static String path(int number, String property) {
		return "changes[" + (number - 1) + "]" + ((property != null) ? "." + property : "");
	}

	/** A count this change adds (whole and at least one), for the kinds that count. */
	public int count() {
		return this.amount.intValue();
	}

}
