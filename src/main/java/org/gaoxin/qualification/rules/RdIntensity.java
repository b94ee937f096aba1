package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.Message;

/**
 * R&D expense ÷ sales revenue over the three years, with the required share set by the
 * last year's revenue, and at least 60 % of the R&D incurred in China.
 */
record RdIntensity(List<FiscalYear> years) {

	/** 5000 万元 and 2 亿元 in thousand yuan; each belongs to the tier below it (含). */
	static final BigDecimal SMALL = new BigDecimal("50000");

	static final BigDecimal MEDIUM = new BigDecimal("200000");

	static final BigDecimal DOMESTIC_SHARE = new BigDecimal("0.60");

	private static final Tier SMALL_TIER = new Tier(new BigDecimal("0.05"),
			Message.of("qualification.highTech.rd.tier.small"));

	private static final Tier MEDIUM_TIER = new Tier(new BigDecimal("0.04"),
			Message.of("qualification.highTech.rd.tier.medium"));

	private static final Tier LARGE_TIER = new Tier(new BigDecimal("0.03"),
			Message.of("qualification.highTech.rd.tier.large"));

	private record Tier(BigDecimal share, Message lastYearSales) {
	}

	private Tier tier() {
		BigDecimal last = this.years.get(this.years.size() - 1).salesRevenue();
		if (last.compareTo(SMALL) <= 0) {
			return SMALL_TIER;
		}
		return (last.compareTo(MEDIUM) <= 0) ? MEDIUM_TIER : LARGE_TIER;
	}

	BigDecimal requiredShare() {
		return tier().share();
	}

	BigDecimal rd() {
		return this.years.stream().map(FiscalYear::rdExpense).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal revenue() {
		return this.years.stream().map(FiscalYear::salesRevenue).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal domestic() {
		return this.years.stream().map(FiscalYear::rdExpenseDomestic).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	boolean shareMet() {
		return revenue().signum() > 0 && Ratio.of(rd(), revenue()).atLeast(requiredShare());
	}

	boolean domesticMet() {
		return rd().signum() > 0 && Ratio.of(domestic(), rd()).atLeast(DOMESTIC_SHARE);
	}

	Condition condition() {
		String share = (revenue().signum() > 0) ? Ratio.of(rd(), revenue()).percent() : "—";
		String domesticShare = (rd().signum() > 0) ? Ratio.of(domestic(), rd()).percent() : "—";
		Message value = Message.of("qualification.highTech.rd.value", share, domesticShare);
		Message requirement = Message.of("qualification.highTech.rd.requirement", Format.percent(requiredShare()),
				tier().lastYearSales(), Format.percent(DOMESTIC_SHARE));
		boolean met = shareMet() && domesticMet();
		return new Condition(Message.of("qualification.highTech.rd.name"), value, requirement, Outcome.of(met), gaps());
	}

	private List<Message> gaps() {
		List<Message> gaps = new ArrayList<>();
		if (revenue().signum() == 0) {
			gaps.add(Message.of("qualification.highTech.rd.noRevenue"));
		}
		else if (!shareMet()) {
			Ratio share = Ratio.of(rd(), revenue());
			gaps.add(Message.of("qualification.highTech.rd.gap", share.percent(), Format.percent(requiredShare()),
					Format.pointsShort(share, requiredShare()), Format.moneyNeeded(share.shortfall(requiredShare()))));
		}
		if (rd().signum() > 0 && !domesticMet()) {
			Ratio share = Ratio.of(domestic(), rd());
			gaps.add(Message.of("qualification.highTech.rd.domesticGap", share.percent(),
					Format.percent(DOMESTIC_SHARE), Format.moneyNeeded(share.shortfall(DOMESTIC_SHARE))));
		}
		return gaps;
	}

}
