package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;
import org.gaoxin.standard.VerdictRule;

/**
 * The overall verdict and why: every core indicator met → accredited; at least the rule's
 * share of core indicators met and every unmet one within the largest allowed relative
 * gap (inclusive) → pilot, with a deadline; otherwise not qualified. Missing core data
 * gives no verdict.
 *
 * @param reasons why, as messages ({@code evaluation.reason.*}) the reader's language
 * renders
 */
public record Verdict(VerdictOutcome outcome, int coreTotal, int coreMet, BigDecimal coreShareMet,
		BigDecimal largestRelativeGap, Integer deadlineYear, List<Message> reasons) {

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
		List<Message> reasons = new ArrayList<>();
		List<IndicatorResult> missing = core.stream().filter((r) -> r.status() == IndicatorStatus.MISSING).toList();
		if (!missing.isEmpty()) {
			for (IndicatorResult r : missing) {
				reasons.add(Message.of("evaluation.reason.missingData", r.code(), r.name(), r.missing()));
			}
			return new Verdict(VerdictOutcome.INCOMPLETE, total, met, share, largest, null, reasons);
		}
		if (met == total) {
			reasons.add(Message.of("evaluation.reason.allCoreMet", total));
			return new Verdict(VerdictOutcome.ACCREDITED, total, met, share, largest, null, reasons);
		}
		boolean shareOk = share.compareTo(rule.minCoreShareMet()) >= 0;
		boolean gapsOk = largest.compareTo(rule.maxRelativeGap()) <= 0;
		BigDecimal maxGap = percent(rule.maxRelativeGap());
		reasons.add(Message.of(shareOk ? "evaluation.reason.coreShare.atLeast" : "evaluation.reason.coreShare.below",
				total, met, percent(share), percent(rule.minCoreShareMet())));
		for (IndicatorResult r : unmet) {
			boolean small = r.relativeGap().compareTo(rule.maxRelativeGap()) <= 0;
			reasons.add(Message.of(small ? "evaluation.reason.unmet.within" : "evaluation.reason.unmet.over", r.code(),
					r.name(), r.displayRelativeGap(), maxGap));
		}
		if (shareOk && gapsOk) {
			int deadline = year + rule.pilotDeadlineYears();
			reasons.add(Message.of("evaluation.reason.pilot", deadline));
			return new Verdict(VerdictOutcome.PILOT, total, met, share, largest, deadline, reasons);
		}
		return new Verdict(VerdictOutcome.NOT_QUALIFIED, total, met, share, largest, null, reasons);
	}

	/** A fraction in percent with one decimal at most: 0.8696 → 87, 0.2 → 20. */
	private static BigDecimal percent(BigDecimal fraction) {
		return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
	}

}
