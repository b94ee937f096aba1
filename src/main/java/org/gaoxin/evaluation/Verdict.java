package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.LocalizedText;
import org.gaoxin.standard.VerdictRule;

/**
 * The overall verdict and why: every core indicator met → accredited; at least the rule's
 * share of core indicators met and every unmet one within the largest allowed relative
 * gap (inclusive) → pilot, with a deadline; otherwise not qualified. Missing core data
 * gives no verdict.
 */
public record Verdict(VerdictOutcome outcome, int coreTotal, int coreMet, BigDecimal coreShareMet,
		BigDecimal largestRelativeGap, Integer deadlineYear, List<LocalizedText> reasons) {

	public static Verdict decide(VerdictRule rule, List<IndicatorResult> results, int year) {
		List<IndicatorResult> core = results.stream().filter(IndicatorResult::core).toList();
		int total = core.size();
		int met = (int) core.stream().filter(IndicatorResult::met).count();
		BigDecimal share = (total == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(met).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
		List<IndicatorResult> unmet = core.stream().filter((r) -> r.status() == IndicatorStatus.UNMET).toList();
		BigDecimal largest = unmet.stream()
			.map(IndicatorResult::relativeGap)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		List<LocalizedText> reasons = new ArrayList<>();
		List<IndicatorResult> missing = core.stream().filter((r) -> r.status() == IndicatorStatus.MISSING).toList();
		if (!missing.isEmpty()) {
			for (IndicatorResult r : missing) {
				reasons.add(new LocalizedText(
						"缺少数据:" + r.code() + " " + r.name().zh() + "(" + String.join(";", r.missing()) + ")",
						"missing data: " + r.code() + " " + r.name().en() + " (" + String.join("; ", r.missing())
								+ ")"));
			}
			return new Verdict(VerdictOutcome.INCOMPLETE, total, met, share, largest, null, reasons);
		}
		String shareText = percent(share);
		if (met == total) {
			reasons.add(new LocalizedText("核心指标" + total + "项全部达标", "all " + total + " core indicators met"));
			return new Verdict(VerdictOutcome.ACCREDITED, total, met, share, largest, null, reasons);
		}
		boolean shareOk = share.compareTo(rule.minCoreShareMet()) >= 0;
		boolean gapsOk = largest.compareTo(rule.maxRelativeGap()) <= 0;
		String minShare = percent(rule.minCoreShareMet());
		String maxGap = percent(rule.maxRelativeGap());
		reasons.add(new LocalizedText(
				"核心指标" + total + "项达标" + met + "项(" + shareText + "%," + (shareOk ? "不低于" : "低于") + minShare + "%)",
				met + " of " + total + " core indicators met (" + shareText + "%, " + (shareOk ? "at least " : "below ")
						+ minShare + "%)"));
		for (IndicatorResult r : unmet) {
			boolean small = r.relativeGap().compareTo(rule.maxRelativeGap()) <= 0;
			reasons.add(new LocalizedText(
					"未达标:" + r.code() + " " + r.name().zh() + ",差距" + r.displayRelativeGap() + "%"
							+ (small ? "(不超过" : "(超过") + maxGap + "%)",
					"unmet: " + r.code() + " " + r.name().en() + ", gap " + r.displayRelativeGap() + "% ("
							+ (small ? "within " : "over ") + maxGap + "%)"));
		}
		if (shareOk && gapsOk) {
			int deadline = year + rule.pilotDeadlineYears();
			reasons.add(new LocalizedText("符合“以认促建”试点条件,须于" + deadline + "年全面达标",
					"fits the pilot (以认促建) conditions: every indicator to be met by " + deadline));
			return new Verdict(VerdictOutcome.PILOT, total, met, share, largest, deadline, reasons);
		}
		return new Verdict(VerdictOutcome.NOT_QUALIFIED, total, met, share, largest, null, reasons);
	}

	private static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
