package org.gaoxin.qualification.rules;

import java.util.List;
import java.util.Optional;

/** Conversion of S&T results, scored on the yearly average over the three years. */
final class ConversionScoring {

	static final int MAX = 30;

	static final BandTable AVERAGE = BandTable.of(Band.from("5", Points.between(25, 30)),
			Band.from("4", Points.between(19, 24)), Band.from("3", Points.between(13, 18)),
			Band.from("2", Points.between(7, 12)), Band.from("1", Points.between(1, 6)));

	private ConversionScoring() {
	}

	static ScoreItem of(List<FiscalYear> years) {
		int total = years.stream().mapToInt(FiscalYear::conversions).sum();
		Ratio average = Ratio.of(total, years.size());
		String value = "年均" + average.decimal() + "项(三年共" + total + "项) / " + average.decimal() + " a year (" + total
				+ " in three years)";
		return ScoreItem.leaf(new Bilingual("科技成果转化能力", "conversion of S&T results"), value, AVERAGE.pointsFor(average),
				MAX, gaps(average, total, years.size()));
	}

	private static List<Bilingual> gaps(Ratio average, int total, int years) {
		Optional<Band> next = AVERAGE.nextAbove(average);
		if (next.isEmpty()) {
			return List.of();
		}
		Band band = next.get();
		int more = band.lower().intValueExact() * years - total;
		String lower = Format.plain(band.lower());
		return List.of(new Bilingual("三年内还需增加" + more + "项科技成果转化(年均" + lower + "项,得" + band.points() + "分)",
				more + " more conversions in the three years (average " + lower + ", " + band.points() + " points)"));
	}

}
