package org.gaoxin.policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gaoxin.filing.ReportField;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Money;
import org.gaoxin.shared.Unit;

/**
 * The names a policy's conditions and formulas may use. For an enterprise: every figure
 * of the annual report by its key ({@code rd_expense}), the previous year's
 * ({@code rd_expense_prev}) and the increase over it ({@code rd_expense_increase}) —
 * amounts in 万元 — and the qualifications and facts of the year, each 1 or 0. A talent
 * article also reads the talent's own facts and its employer's figures.
 */
public final class PolicyInputs {

	/** Suffix of the previous year's figure. */
	public static final String PREVIOUS = "_prev";

	/** Suffix of the increase over the previous year. */
	public static final String INCREASE = "_increase";

	/**
	 * Qualifications and facts of the year: the high-tech certificate first issued this
	 * year, renewed this year, or valid; tech-SME registered; on a chain; incubated;
	 * above designated size.
	 */
	public static final List<String> ENTERPRISE_FACTS = List.of("hte_first", "hte_renewal", "hte_valid", "tech_sme",
			"on_chain", "incubated", "above_size");

	/** A talent's level (one of them is 1) and whether recognised in the matched year. */
	public static final List<String> TALENT_FACTS = List.of("talent_national", "talent_provincial", "talent_municipal",
			"talent_district", "talent_new");

	private static final Map<String, ReportField> FIELDS = new LinkedHashMap<>();

	static {
		for (ReportField field : ReportField.values()) {
			FIELDS.put(field.column(), field);
			FIELDS.put(field.column() + PREVIOUS, field);
			FIELDS.put(field.column() + INCREASE, field);
		}
	}

	private PolicyInputs() {
	}

	/** Whether an article paying this subject may read the input. */
	public static boolean known(Subject subject, String input) {
		return FIELDS.containsKey(input) || ENTERPRISE_FACTS.contains(input)
				|| (subject == Subject.TALENT && TALENT_FACTS.contains(input));
	}

	public static boolean fact(String input) {
		return ENTERPRISE_FACTS.contains(input) || TALENT_FACTS.contains(input);
	}

	/** Every input an article for the subject may read, for a refusal's list. */
	public static Set<String> names(Subject subject) {
		Set<String> names = new java.util.LinkedHashSet<>(FIELDS.keySet());
		names.addAll(ENTERPRISE_FACTS);
		if (subject == Subject.TALENT) {
			names.addAll(TALENT_FACTS);
		}
		return names;
	}

	public static Optional<ReportField> field(String input) {
		return Optional.ofNullable(FIELDS.get(input));
	}

	/** Reported amounts are in thousand yuan; a policy reads them in 万元. */
	public static BigDecimal policyValue(ReportField field, Number reported) {
		BigDecimal value = (reported instanceof BigDecimal decimal) ? decimal : new BigDecimal(reported.toString());
		return (field.unit() == Unit.THOUSAND_YUAN) ? value.movePointLeft(1) : value;
	}

	public static boolean money(String input) {
		return field(input).map((f) -> f.unit() == Unit.THOUSAND_YUAN).orElse(false);
	}

	/** The input's name in the reader's language. */
	public static Message name(String input) {
		ReportField field = FIELDS.get(input);
		if (field == null) {
			return Message.of("policy.input." + input);
		}
		if (input.endsWith(INCREASE)) {
			return Message.of("policy.input.increase", field.label());
		}
		if (input.endsWith(PREVIOUS)) {
			return Message.of("policy.input.previous", field.label());
		}
		return Message.of("policy.input.field", field.label());
	}

	/**
	 * A value as a message argument: 万元 as money, a fact as yes or no, else the number.
	 */
	public static Object shown(String input, BigDecimal value) {
		if (value == null) {
			return Message.of("policy.input.none");
		}
		if (fact(input)) {
			return Message.of((value.signum() != 0) ? "policy.input.yes" : "policy.input.no");
		}
		if (money(input)) {
			return wan(value);
		}
		return value.stripTrailingZeros().toPlainString();
	}

	/** An amount in 万元 as the project's money argument (held in thousand yuan). */
	public static Money wan(BigDecimal wanYuan) {
		return Money.thousandYuan(wanYuan.movePointRight(1));
	}

}
