package org.gaoxin.qualification.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
			new Bilingual("≤ 5000万元", "≤ 50 million yuan"));

	private static final Tier MEDIUM_TIER = new Tier(new BigDecimal("0.04"),
			new Bilingual("5000万元以上至2亿元(含)", "over 50 up to 200 million yuan"));

	private static final Tier LARGE_TIER = new Tier(new BigDecimal("0.03"),
			new Bilingual("2亿元以上", "over 200 million yuan"));

	private record Tier(BigDecimal share, Bilingual lastYearSales) {
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
		String value = "研发费用占比" + share + ",境内占比" + domesticShare + " / R&D ratio " + share + ", domestic "
				+ domesticShare;
		String required = Format.percent(requiredShare());
		String requirement = "≥ " + required + "(最近一年销售收入" + tier().lastYearSales().zh() + "),境内 ≥ 60% / ≥ " + required
				+ " (last year's sales " + tier().lastYearSales().en() + "), domestic ≥ 60%";
		boolean met = shareMet() && domesticMet();
		return new Condition(new Bilingual("近三年研究开发费用占销售收入比例", "R&D expense ÷ sales revenue, last three years"), value,
				requirement, Outcome.of(met), gaps());
	}

	private List<Bilingual> gaps() {
		List<Bilingual> gaps = new ArrayList<>();
		String required = Format.percent(requiredShare());
		if (revenue().signum() == 0) {
			gaps.add(new Bilingual("近三年无销售收入", "no sales revenue in the three years"));
		}
		else if (!shareMet()) {
			Ratio share = Ratio.of(rd(), revenue());
			Bilingual more = Format.moneyNeeded(share.shortfall(requiredShare()));
			Bilingual points = Format.pointsShort(share, requiredShare());
			gaps.add(new Bilingual(
					"研发费用占比" + share.percent() + ",需达" + required + "(" + points.zh() + "):按当前收入还需增加研发投入" + more.zh(),
					"R&D ratio " + share.percent() + " of " + required + " required (" + points.en() + "): " + more.en()
							+ " more R&D at this revenue"));
		}
		if (rd().signum() > 0 && !domesticMet()) {
			Ratio share = Ratio.of(domestic(), rd());
			Bilingual moved = Format.moneyNeeded(share.shortfall(DOMESTIC_SHARE));
			gaps.add(new Bilingual("境内研发费用占比" + share.percent() + ",需达60%:需将" + moved.zh() + "研发费用改在境内发生",
					"domestic R&D share " + share.percent() + " of 60%: " + moved.en()
							+ " of R&D to be incurred in China instead of abroad"));
		}
		return gaps;
	}

}
